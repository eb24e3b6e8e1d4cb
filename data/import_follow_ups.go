package data

import (
	"strings"
	"time"

	"tend/lifecycle"
)

// importedFollowUp is a follow-up's state as a row of a contacts file gives
// it, as tend's export writes it; state is "" where the row gives none,
// and the book then works it out from the contacts.
type importedFollowUp struct {
	state             string
	movedTo, closedAt time.Time
	closedBy          string
}

// followUpState reads the row's follow-up state, which must fit the
// follow-up: a state only with a follow-up, the day it moved to with a
// moved one and only then.
func (c *cells) followUpState(followUp time.Time) importedFollowUp {
	var s importedFollowUp
	setCell(c, fieldFollowUpState, &s.state, parseFollowUpState)
	setCell(c, fieldFollowUpMovedTo, &s.movedTo, c.future)
	setCell(c, fieldFollowUpClosedAt, &s.closedAt, c.happened)
	setCell(c, fieldFollowUpClosedBy, &s.closedBy, asText)
	v := lifecycle.Values{"State": s.state}
	switch {
	case s.state == "":
	case followUp.IsZero():
		c.fail(fieldFollowUpState, lifecycle.Problemf(CodeFollowUpAlone, nil, "a follow-up state without a follow-up"))
	case s.state == FollowUpMoved && s.movedTo.IsZero():
		c.fail(fieldFollowUpMovedTo, lifecycle.Problemf(CodeFollowUpNoDay, v, "a follow-up %s needs the day it moved to", s.state))
	case s.state != FollowUpMoved && !s.movedTo.IsZero():
		c.fail(fieldFollowUpMovedTo, lifecycle.Problemf(CodeFollowUpNoMove, v, "a follow-up %s has no day it moved to", s.state))
	}
	return s
}

// parseFollowUpState reads open, moved, answered or done, in any case.
func parseFollowUpState(s string) (string, error) {
	switch st := strings.ToLower(strings.TrimSpace(s)); st {
	case FollowUpOpen, FollowUpMoved, FollowUpAnswered, FollowUpDone:
		return st, nil
	}
	return "", lifecycle.Problemf(CodeFollowUpState, lifecycle.Values{"State": s},
		"unknown follow-up state %q (use open, moved, answered or done)", s)
}

// setFollowUpState stores the state a row gave contact id's follow-up;
// nothing where it gave none. An open one keeps no closing. The book
// settles it after the import: an open one a later contact answers is
// answered, an answered one without a later contact open again.
func (r *importRun) setFollowUpState(id int64, s importedFollowUp) error {
	if s.state == "" {
		return nil
	}
	closedAt, closedBy := unixOrNull(s.closedAt), any(s.closedBy)
	if s.state == FollowUpOpen || s.state == FollowUpMoved {
		closedAt, closedBy = nil, nil
	}
	_, err := r.st.ExecContext(r.ctx, `UPDATE contacts SET follow_up_state = ?, follow_up_moved_to = ?,
		follow_up_closed_at = ?, follow_up_closed_by = ? WHERE id = ?`, s.state, unixOrNull(s.movedTo), closedAt, closedBy, id)
	if err != nil {
		return lifecycle.Problemf(CodeStoreFollowUp, nil, "store the follow-up: %w", describe(err))
	}
	return nil
}
