package data

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"tend/lifecycle"
)

// FollowUpStep is what moving a follow-up or closing it changed, so that
// the board's undo can take it back.
type FollowUpStep struct {
	ContactID, CustomerID int64
	Customer              string
	before, after         followUpRow
}

// followUpRow is a follow-up's stored state.
type followUpRow struct {
	state             string
	setAt             int64 // the day the contact set
	movedTo, closedAt sql.NullInt64
	closedBy          sql.NullString
}

// due is the day the follow-up is due on.
func (r followUpRow) due() int64 {
	if r.movedTo.Valid {
		return r.movedTo.Int64
	}
	return r.setAt
}

func (r followUpRow) text() string { return followUpText(r.state, r.due()) }

// MoveFollowUp makes a contact's open follow-up due at to, which is not
// before today.
func (b *Book) MoveFollowUp(ctx context.Context, contactID int64, to time.Time) (FollowUpStep, error) {
	now := b.Now()
	if to.Before(lifecycle.StartOfDay(now.In(to.Location()))) {
		return FollowUpStep{}, lifecycle.Problemf(CodeFollowUpPast, lifecycle.Values{"Day": to},
			"%s has passed; a follow-up moves to today or later", to.Format(time.DateOnly))
	}
	return b.changeFollowUp(ctx, contactID, func(r followUpRow) followUpRow {
		r.state, r.movedTo = FollowUpMoved, sql.NullInt64{Int64: to.Unix(), Valid: true}
		return r
	})
}

// FinishFollowUp closes a contact's open follow-up as done without a
// contact.
func (b *Book) FinishFollowUp(ctx context.Context, contactID int64) (FollowUpStep, error) {
	return b.changeFollowUp(ctx, contactID, func(r followUpRow) followUpRow {
		r.state = FollowUpDone
		r.closedAt = sql.NullInt64{Int64: b.Now().Unix(), Valid: true}
		r.closedBy = sql.NullString{String: b.User(), Valid: true}
		return r
	})
}

// changeFollowUp changes an open follow-up as change says, records it in
// the audit trail and flags its customer again, in one transaction.
func (b *Book) changeFollowUp(ctx context.Context, contactID int64, change func(followUpRow) followUpRow) (FollowUpStep, error) {
	var step FollowUpStep
	err := b.write(ctx, func(tx *sql.Tx) error {
		var err error
		if step, err = readFollowUp(ctx, tx, contactID); err != nil {
			return err
		}
		if s := step.before.state; s != FollowUpOpen && s != FollowUpMoved {
			return lifecycle.Problemf(CodeFollowUpClosed, lifecycle.Values{"Customer": step.Customer},
				"the follow-up of %s is %s already", step.Customer, s)
		}
		step.after = change(step.before)
		return b.putFollowUp(ctx, tx, step.CustomerID, contactID, step.before, step.after)
	})
	return step, err
}

// UndoFollowUp takes a move or a close back, as long as the follow-up is
// still as the step left it.
func (b *Book) UndoFollowUp(ctx context.Context, s FollowUpStep) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		cur, err := readFollowUp(ctx, tx, s.ContactID)
		if err != nil {
			return err
		}
		if cur.before != s.after {
			return lifecycle.Problemf(CodeFollowUpChanged, lifecycle.Values{"Customer": s.Customer},
				"the follow-up of %s has changed since, so it was not undone", s.Customer)
		}
		return b.putFollowUp(ctx, tx, s.CustomerID, s.ContactID, s.after, s.before)
	})
}

// readFollowUp reads a contact's follow-up, which it must have.
func readFollowUp(ctx context.Context, tx *sql.Tx, contactID int64) (FollowUpStep, error) {
	s := FollowUpStep{ContactID: contactID}
	var state sql.NullString
	var setAt sql.NullInt64
	r := &s.before
	err := tx.QueryRowContext(ctx, `SELECT k.customer_id, c.name, k.follow_up_state, k.follow_up_at, k.follow_up_moved_to,
		k.follow_up_closed_at, k.follow_up_closed_by FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE k.id = ?`,
		contactID).Scan(&s.CustomerID, &s.Customer, &state, &setAt, &r.movedTo, &r.closedAt, &r.closedBy)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !state.Valid) {
		return s, lifecycle.Problemf(CodeNoFollowUp, lifecycle.Values{"ID": contactID}, "contact %d sets no follow-up", contactID)
	}
	if err != nil {
		return s, lifecycle.Problemf(CodeReadAgenda, nil, "read the follow-up: %w", describe(err))
	}
	r.state, r.setAt = state.String, setAt.Int64
	return s, nil
}

// putFollowUp stores a follow-up's new state, records the change and
// flags the customer again.
func (b *Book) putFollowUp(ctx context.Context, tx *sql.Tx, customerID, contactID int64, old, new followUpRow) error {
	_, err := tx.ExecContext(ctx, `UPDATE contacts SET follow_up_state = ?, follow_up_moved_to = ?, follow_up_closed_at = ?,
		follow_up_closed_by = ? WHERE id = ?`, new.state, new.movedTo, new.closedAt, new.closedBy, contactID)
	if err != nil {
		return lifecycle.Problemf(CodeStoreFollowUp, nil, "store the follow-up: %w", describe(err))
	}
	now := b.Now()
	if err := b.audit(ctx, tx, customerID, now, followUpField, old.text(), new.text()); err != nil {
		return err
	}
	return b.refreshSummary(ctx, tx, customerID, now)
}
