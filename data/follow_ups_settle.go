package data

import (
	"context"
	"database/sql"
	"time"

	"tend/lifecycle"
)

// The states a follow-up is stored in (contacts.follow_up_state): open and
// moved are open, moved being due on its new day; answered and done are
// closed.
const (
	FollowUpOpen     = "open"
	FollowUpMoved    = "moved"
	FollowUpAnswered = "answered"
	FollowUpDone     = "done"
)

// followUpField names a follow-up's changes in the audit trail.
const followUpField = "follow-up"

// openFollowUp holds for a contact whose follow-up is still to be done.
const openFollowUp = `follow_up_state IN ('open', 'moved')`

// laterContact finds the contacts after the one being updated: the first
// of them answers its follow-up.
const laterContact = `FROM contacts n WHERE n.customer_id = contacts.customer_id AND (n.at, n.id) > (contacts.at, contacts.id)`

// followUpMismatch holds for a contact whose follow-up's state does not
// fit it: a state without a follow-up or none with one, a moved one
// without its new day, an open one with a later contact, an answered one
// without.
const followUpMismatch = `((follow_up_at IS NULL) <> (follow_up_state IS NULL)
	OR (follow_up_state = 'moved' AND follow_up_moved_to IS NULL)
	OR (` + openFollowUp + ` AND EXISTS (SELECT 1 ` + laterContact + `))
	OR (follow_up_state = 'answered' AND NOT EXISTS (SELECT 1 ` + laterContact + `)))`

// auditor records one change in the audit trail; nil records none.
type auditor func(ctx context.Context, ex execer, customerID int64, at time.Time, field, old, new string) error

// settleFollowUps brings the follow-ups of the customers (marks, ids) in
// line with their contacts: a follow-up set gets a state, one cleared
// loses it, an open one with a later contact is answered, and an answered
// one whose answer was taken back is open again. Answering and reopening
// go into the audit trail when record is given.
func settleFollowUps(ctx context.Context, tx *sql.Tx, marks string, ids []any, now time.Time, record auditor) error {
	st := settleStatements(marks)
	for _, s := range st[:2] {
		if _, err := tx.ExecContext(ctx, s, ids...); err != nil {
			return settleFailed(err)
		}
	}
	for _, s := range st[2:] {
		changes, err := settledChanges(ctx, tx, s, ids)
		if err != nil {
			return settleFailed(err)
		}
		for _, c := range changes {
			if record == nil {
				continue
			}
			if err := record(ctx, tx, c.customerID, now, followUpField, c.old, c.new); err != nil {
				return err
			}
		}
	}
	return nil
}

// settleStatements are the statements of settleFollowUps, in their
// order: the two that give a state and take it, then the answering and
// the reopening, which return what they changed.
func settleStatements(marks string) [4]string {
	in := ` AND customer_id IN (` + marks + `)`
	return [4]string{
		`UPDATE contacts SET follow_up_state = 'open' WHERE follow_up_at IS NOT NULL AND follow_up_state IS NULL` + in,
		`UPDATE contacts SET follow_up_state = NULL, follow_up_moved_to = NULL, follow_up_closed_at = NULL, follow_up_closed_by = NULL
			WHERE follow_up_at IS NULL AND follow_up_state IS NOT NULL` + in,
		`UPDATE contacts SET follow_up_state = 'answered',
		follow_up_closed_at = (SELECT n.at ` + laterContact + ` ORDER BY n.at, n.id LIMIT 1),
		follow_up_closed_by = (SELECT n.who ` + laterContact + ` ORDER BY n.at, n.id LIMIT 1)
		WHERE ` + openFollowUp + ` AND EXISTS (SELECT 1 ` + laterContact + `)` + in + `
		RETURNING customer_id, CASE WHEN follow_up_moved_to IS NULL THEN 'open' ELSE 'moved' END,
			coalesce(follow_up_moved_to, follow_up_at), 'answered', 0`,
		`UPDATE contacts SET follow_up_state = CASE WHEN follow_up_moved_to IS NULL THEN 'open' ELSE 'moved' END,
		follow_up_closed_at = NULL, follow_up_closed_by = NULL
		WHERE follow_up_state = 'answered' AND NOT EXISTS (SELECT 1 ` + laterContact + `)` + in + `
		RETURNING customer_id, 'answered', 0, follow_up_state, coalesce(follow_up_moved_to, follow_up_at)`,
	}
}

// settledChange is a follow-up's change as the audit trail says it.
type settledChange struct {
	customerID int64
	old, new   string
}

// settledChanges runs an update that returns the customer, the old state
// and day, and the new state and day of each follow-up it changed.
func settledChanges(ctx context.Context, tx *sql.Tx, statement string, ids []any) ([]settledChange, error) {
	rows, err := tx.QueryContext(ctx, statement, ids...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []settledChange
	for rows.Next() {
		var c settledChange
		var oldState, newState string
		var oldDue, newDue int64
		if err := rows.Scan(&c.customerID, &oldState, &oldDue, &newState, &newDue); err != nil {
			return nil, err
		}
		c.old, c.new = followUpText(oldState, oldDue), followUpText(newState, newDue)
		out = append(out, c)
	}
	return out, rows.Err()
}

// followUpText is a follow-up's state as the audit trail holds it: the
// state, and for an open one the day it is due.
func followUpText(state string, due int64) string {
	if state != FollowUpOpen && state != FollowUpMoved {
		return state
	}
	return state + " " + dueText(time.Unix(due, 0))
}

// dueText is a due day, with its time where it has one.
func dueText(t time.Time) string {
	if h, m, _ := t.Clock(); h == 0 && m == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format("2006-01-02 15:04")
}

func settleFailed(err error) error {
	return lifecycle.Problemf(CodeSettleFollowUps, nil, "bring the follow-ups up to date: %w", describe(err))
}
