package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"tend/lifecycle"
)

// Merged is what merging one customer (Other) into another (Keep) does or
// did: the history that moves, what the kept one takes from the other, and
// the phase it is in after.
type Merged struct {
	// ID is the merge's, kept for its undo; 0 in a plan.
	ID int64
	// Keep and Other are the two customers as they were before.
	Keep, Other lifecycle.Customer
	// After is Keep's profile after the merge.
	After lifecycle.Customer
	// Contacts, Purchases and PhaseChanges count the entries that move,
	// FollowUps the contacts among them that set a follow-up.
	Contacts, Purchases, PhaseChanges, FollowUps int
	// Filled names the fields Keep takes from Other, as the audit trail
	// names them; TagsAdded the tags it gains.
	Filled, TagsAdded []string
	// Reach are the e-mails and phones After holds beside Keep's own that
	// Keep did not (mergeReach).
	Reach []Reach
}

// Reach is a way to reach a customer that a merge keeps beside the kept
// customer's own: Kind "e-mail" or "phone", as the audit trail names them.
type Reach struct {
	Kind  string `json:"kind"`
	Value string `json:"value"`
}

// PlanMerge says what merging other into keep would do, writing nothing.
func (b *Book) PlanMerge(ctx context.Context, keep, other int64) (Merged, error) {
	return planMerge(ctx, b.reader, keep, other)
}

// planMerge reads the two customers and what would move, in q.
func planMerge(ctx context.Context, q querier, keepID, otherID int64) (Merged, error) {
	var m Merged
	var err error
	if m.Keep, err = customerByID(ctx, q, keepID); err != nil {
		return m, err
	}
	if m.Other, err = customerByID(ctx, q, otherID); err != nil {
		return m, err
	}
	switch {
	case keepID == otherID:
		return m, lifecycle.Problemf(CodeMergeSame, lifecycle.Values{"Customer": m.Keep.Name},
			"%s cannot be merged with itself", m.Keep.Name)
	case m.Keep.Archived():
		return m, lifecycle.Problemf(CodeMergeArchived, lifecycle.Values{"Customer": m.Keep.Name},
			"%s is archived: restore it before merging into it, or keep the other", m.Keep.Name)
	}
	lc, err := readLifecycle(ctx, q)
	if err != nil {
		return m, err
	}
	m.After = lifecycle.MergeProfiles(m.Keep, m.Other)
	m.After.Normalize()
	m.After.Phase = lifecycle.MergedPhase(lc, m.Keep.Phase, m.Other.Phase)
	m.Filled, m.TagsAdded = filledFields(m.Keep, m.After)
	m.Reach = mergeReach(m.Keep, m.After)
	m.Contacts, m.Purchases = m.Other.Contacts, m.Other.Purchases
	err = q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM phase_changes WHERE customer_id = ?),
		(SELECT count(*) FROM contacts WHERE customer_id = ? AND follow_up_at IS NOT NULL)`, otherID, otherID).
		Scan(&m.PhaseChanges, &m.FollowUps)
	if err != nil {
		return m, lifecycle.Problemf(CodeReadHistory, lifecycle.Values{"Customer": m.Other.Name},
			"read the history of %s: %w", m.Other.Name, describe(err))
	}
	return m, nil
}

// filledFields names the fields of the profile that differ between before
// and after, by the audit trail's names, and the tags after adds.
func filledFields(before, after lifecycle.Customer) (fields, tags []string) {
	for _, c := range profileChanges(before, after) {
		if c.Field != "tags" {
			fields = append(fields, c.Field)
		}
	}
	for _, t := range after.Tags {
		if !containsFold(before.Tags, t) {
			tags = append(tags, t)
		}
	}
	return fields, tags
}

// containsFold tells whether list holds s in any case.
func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// Merge merges customer other into keep in one transaction: other's
// contacts (and with them its notes and follow-ups), purchases, phase
// changes, tags and audit entries move to keep; keep takes the details it
// lacks from other, and other's phase where it owns and keep does not
// (lifecycle.MergedPhase); other's e-mail and phone, where keep holds
// others, are kept (mergeReach). Other leaves the book; what it was is
// kept with the merge, so that UndoMerge brings it back exactly. The audit
// trail of keep says who merged whom, and what keep took.
func (b *Book) Merge(ctx context.Context, keep, other int64) (Merged, error) {
	var m Merged
	err := b.write(ctx, func(tx *sql.Tx) error {
		var err error
		if m, err = planMerge(ctx, tx, keep, other); err != nil {
			return err
		}
		rec, err := b.mergeRows(ctx, tx, m)
		if err != nil {
			return err
		}
		if err := b.mergeProfile(ctx, tx, m, &rec); err != nil {
			return err
		}
		if m.ID, err = b.keepMerge(ctx, tx, m, rec); err != nil {
			return err
		}
		return b.refreshSummary(ctx, tx, keep, b.Now())
	})
	return m, err
}

// mergeRows keeps what other was, moves its history to keep and removes
// it from the book.
func (b *Book) mergeRows(ctx context.Context, tx *sql.Tx, m Merged) (mergeRecord, error) {
	rec := mergeRecord{Before: m.Keep, After: m.After, Moved: map[string][]int64{}}
	var err error
	if rec.Rows, err = keepRowsOf(ctx, tx, m.Other.ID); err != nil {
		return rec, mergeFailed(m, err)
	}
	for _, table := range movedTables {
		ids, err := moveRows(ctx, tx, table, m.Other.ID, m.Keep.ID)
		if err != nil {
			return rec, mergeFailed(m, err)
		}
		rec.Moved[table] = ids
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM customers WHERE id = ?`, m.Other.ID); err != nil {
		return rec, mergeFailed(m, err)
	}
	return rec, nil
}

// mergeFailed says in words that the merge of m could not be written.
func mergeFailed(m Merged, err error) error {
	return lifecycle.Problemf(CodeStoreMerge, lifecycle.Values{"Other": m.Other.Name, "Customer": m.Keep.Name},
		"merge %s into %s: %w", m.Other.Name, m.Keep.Name, describe(err))
}

// mergeProfile gives keep what it takes from other, records it in the
// audit trail, and puts keep in its phase after the merge (rec notes the
// move that records it).
func (b *Book) mergeProfile(ctx context.Context, tx *sql.Tx, m Merged, rec *mergeRecord) error {
	now := b.Now()
	after := m.After
	after.UpdatedAt = now
	if err := checkEmailFree(ctx, tx, after, m.Keep); err != nil {
		return err
	}
	if err := updateProfile(ctx, tx, after); err != nil {
		return err
	}
	if err := b.audit(ctx, tx, m.Keep.ID, now, mergedField, "", mergedName(m.Other)); err != nil {
		return err
	}
	if err := b.auditProfile(ctx, tx, m.Keep, after, now); err != nil {
		return err
	}
	var err error
	rec.AddedMove, err = b.settlePhase(ctx, tx, m.Keep, after.Phase)
	return err
}

// mergedField names a merge in the audit trail: the customer merged in is
// its new value, and its old one when the merge is undone.
const mergedField = "merged"

// mergedName is how the audit trail names a customer merged in.
func mergedName(c lifecycle.Customer) string { return fmt.Sprintf("%s (#%d)", c.Name, c.ID) }

// settlePhase puts keep in phase after its history gained other's moves:
// when the latest move no longer ends in that phase, a move to it is
// recorded, so that the history ends where the board shows the customer;
// a customer that stays in its phase keeps the time it entered it. It
// returns the id of the move recorded, 0 for none.
func (b *Book) settlePhase(ctx context.Context, tx *sql.Tx, keep lifecycle.Customer, phase string) (int64, error) {
	var latest string
	err := tx.QueryRowContext(ctx, `SELECT to_phase FROM phase_changes WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT 1`,
		keep.ID).Scan(&latest)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, lifecycle.Problemf(CodeReadMoves, nil, "read the moves: %w", describe(err))
	}
	if latest == phase && phase == keep.Phase {
		return 0, nil
	}
	id, err := b.recordMove(ctx, tx, lifecycle.PhaseChange{CustomerID: keep.ID, At: b.Now(), From: latest, To: phase,
		Reason: mergedField, Who: b.User()})
	if err != nil || phase != keep.Phase {
		return id, err
	}
	return id, setPhaseSince(ctx, tx, keep.ID, keep.PhaseSince.Unix())
}

// setPhaseSince sets when customer id entered its phase.
func setPhaseSince(ctx context.Context, tx *sql.Tx, id, since int64) error {
	if _, err := tx.ExecContext(ctx, `UPDATE customers SET phase_since = ? WHERE id = ?`, since, id); err != nil {
		return lifecycle.Problemf(CodeRecordMove, nil, "record the move: %w", describe(err))
	}
	return nil
}
