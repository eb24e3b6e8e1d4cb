package data

import (
	"context"
	"database/sql"
	"strconv"
	"time"

	"tend/lifecycle"
)

// The actions of the re-engagement list. Each one records that the
// customer was dealt with today, changes what it must, and scores the
// customer again, in one transaction.

// LogAttempt logs a contact made to win a customer back or keep them, and
// records it as an attempt: a win-back candidate is then left alone for
// the rules' cooldown.
func (b *Book) LogAttempt(ctx context.Context, c lifecycle.Contact) (TriageStep, error) {
	step := TriageStep{CustomerID: c.CustomerID}
	var err error
	step.attempt, err = b.logContact(ctx, c, &step)
	return step, err
}

// Snooze keeps a customer off the flags until a day: "not before then".
func (b *Book) Snooze(ctx context.Context, id int64, until time.Time) (TriageStep, error) {
	return b.triageWrite(ctx, id, func(tx *sql.Tx, c lifecycle.Customer, now time.Time, _ *TriageStep) error {
		if !until.After(now) {
			return lifecycle.Problemf(CodeSnoozePast, lifecycle.Values{"Until": until},
				"a snooze must end after now, not on %s", until.Format(time.DateOnly))
		}
		if err := b.audit(ctx, tx, id, now, "snoozed until", "", until.Format(time.DateOnly)); err != nil {
			return err
		}
		return markDone(ctx, tx, id, now, `snoozed_until = ?`, until.Unix())
	})
}

// WonBack records that a customer was won back: it moves to the first
// owning phase, with the reason, unless it is in an owning phase already
// (then the step says it did not move). Either way it counts as an
// attempt, so that the customer is left alone for the rules' cooldown, and
// the purchase model's view of its past raises no flag for the grace.
// Why is what won the customer back, kept with a move out of an ended
// phase (the only one that takes it).
func (b *Book) WonBack(ctx context.Context, id int64, why lifecycle.Why) (TriageStep, error) {
	return b.triageWrite(ctx, id, func(tx *sql.Tx, c lifecycle.Customer, now time.Time, step *TriageStep) error {
		var err error
		if step.move, err = b.moveToGroup(ctx, tx, c, lifecycle.Owning, false, "won back", why, now); err != nil {
			return err
		}
		return markDone(ctx, tx, id, now, `dismissed = 0, last_attempt_at = ?, won_back_at = ?`, now.Unix(), now.Unix())
	})
}

// GiveUp records that a customer is lost and not to be contacted again: it
// is marked do-not-contact and moves to the last ended phase (Lost rather
// than Win-back), unless it is in an ended phase already. Why is why the
// customer was lost, kept with the move.
func (b *Book) GiveUp(ctx context.Context, id int64, why lifecycle.Why) (TriageStep, error) {
	return b.triageWrite(ctx, id, func(tx *sql.Tx, c lifecycle.Customer, now time.Time, step *TriageStep) error {
		var err error
		if step.move, err = b.moveToGroup(ctx, tx, c, lifecycle.Ended, true, "lost, do not contact", why, now); err != nil {
			return err
		}
		if err := b.setDoNotContact(ctx, tx, c, true, now); err != nil {
			return err
		}
		step.doNotContact = &c.DoNotContact
		return markDone(ctx, tx, id, now, `dismissed = 1`)
	})
}

// setDoNotContact marks a customer do-not-contact, or not, with the change
// in the audit trail.
func (b *Book) setDoNotContact(ctx context.Context, tx *sql.Tx, c lifecycle.Customer, on bool, now time.Time) error {
	if _, err := tx.ExecContext(ctx, `UPDATE customers SET do_not_contact = ?, updated_at = ? WHERE id = ?`, on, now.Unix(), c.ID); err != nil {
		return lifecycle.Problemf(CodeMarkDoNotContact, lifecycle.Values{"Customer": c.Name},
			"mark %s do not contact: %w", c.Name, describe(err))
	}
	return b.audit(ctx, tx, c.ID, now, "do not contact", strconv.FormatBool(c.DoNotContact), strconv.FormatBool(on))
}

// triageWrite runs a triage action on an active customer in one write,
// notes what it changed and scores the customer again.
func (b *Book) triageWrite(ctx context.Context, id int64, action func(*sql.Tx, lifecycle.Customer, time.Time, *TriageStep) error) (TriageStep, error) {
	var step TriageStep
	err := b.write(ctx, func(tx *sql.Tx) error {
		c, err := customerByID(ctx, tx, id)
		if err != nil {
			return err
		}
		if c.Archived() {
			return lifecycle.Problemf(CodeArchived, lifecycle.Values{"Customer": c.Name}, "%s is archived", c.Name)
		}
		now := b.Now()
		step = TriageStep{CustomerID: id}
		if err := step.around(ctx, tx, func() error { return action(tx, c, now, &step) }); err != nil {
			return err
		}
		return b.rescore(ctx, tx, now, []int64{id})
	})
	return step, err
}

// moveToGroup moves a customer to the first phase of a group, or the last,
// unless it is in a phase of that group already; it returns the move it
// made, if any. Why goes with a move that takes a reason, and no other.
func (b *Book) moveToGroup(ctx context.Context, tx *sql.Tx, c lifecycle.Customer, g lifecycle.Group, last bool, reason string, why lifecycle.Why, now time.Time) (*lifecycle.PhaseChange, error) {
	lc, err := readLifecycle(ctx, tx)
	if err != nil {
		return nil, err
	}
	if cur, err := lc.Find(c.Phase); err == nil && cur.Group == g {
		return nil, nil
	}
	find := lc.First
	if last {
		find = lc.Last
	}
	to, ok := find(g)
	if !ok {
		return nil, lifecycle.Problemf(CodeNoGroupPhase, lifecycle.Values{"Group": string(g), "Customer": c.Name},
			"the lifecycle has no visible %s phase to move %s to", g, c.Name)
	}
	ch, err := lc.Move(c.ID, c.Phase, to.Key, reason, now)
	if err != nil {
		return nil, err
	}
	if _, takes := lc.ReasonFor(c.Phase, to.Key); takes {
		if ch, err = explainMove(ctx, tx, lc, ch, why); err != nil {
			return nil, err
		}
	}
	ch.ID, err = b.recordMove(ctx, tx, ch)
	return &ch, err
}
