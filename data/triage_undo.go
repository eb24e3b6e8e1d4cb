package data

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"tend/lifecycle"
)

// TriageStep is what one action of the re-engagement list changed, so that
// the board's undo can take it back.
type TriageStep struct {
	CustomerID    int64
	before, after triageState
	move          *lifecycle.PhaseChange // the move the action made, if it made one
	attempt       int64                  // the contact it logged as an attempt
	doNotContact  *bool                  // what do-not-contact was, where the action set it
}

// Moved tells whether the action moved the customer to another phase.
func (s TriageStep) Moved() bool { return s.move != nil }

// triageState is a customer's row of the triage table; a customer never
// dealt with in triage has none.
type triageState struct {
	stored                                         bool
	snoozedUntil, lastAttemptAt, doneAt, wonBackAt sql.NullInt64
	doneKinds                                      sql.NullString
	dismissed                                      bool
}

func readTriageState(ctx context.Context, tx *sql.Tx, id int64) (triageState, error) {
	s := triageState{stored: true}
	err := tx.QueryRowContext(ctx, `SELECT snoozed_until, last_attempt_at, done_at, won_back_at, done_kinds, dismissed
		FROM triage WHERE customer_id = ?`, id).Scan(&s.snoozedUntil, &s.lastAttemptAt, &s.doneAt, &s.wonBackAt, &s.doneKinds, &s.dismissed)
	if errors.Is(err, sql.ErrNoRows) {
		return triageState{}, nil
	}
	if err != nil {
		return s, lifecycle.Problemf(CodeReadTriageState, nil, "read the triage state: %w", describe(err))
	}
	return s, nil
}

// restore writes the state back as the customer's row.
func (s triageState) restore(ctx context.Context, tx *sql.Tx, id int64) error {
	var err error
	if s.stored {
		_, err = tx.ExecContext(ctx, `UPDATE triage SET snoozed_until = ?, last_attempt_at = ?, done_at = ?, won_back_at = ?, done_kinds = ?,
			dismissed = ? WHERE customer_id = ?`, s.snoozedUntil, s.lastAttemptAt, s.doneAt, s.wonBackAt, s.doneKinds, s.dismissed, id)
	} else {
		_, err = tx.ExecContext(ctx, `DELETE FROM triage WHERE customer_id = ?`, id)
	}
	if err != nil {
		return lifecycle.Problemf(CodePutTriageStateBack, nil, "put the triage state back: %w", describe(err))
	}
	return nil
}

// snooze is the day a snooze ends, as the audit trail writes it, or "".
func (s triageState) snooze() string {
	if !s.snoozedUntil.Valid {
		return ""
	}
	return time.Unix(s.snoozedUntil.Int64, 0).Format(time.DateOnly)
}

// around runs an action's change of the triage state and notes the state
// before and after it.
func (s *TriageStep) around(ctx context.Context, tx *sql.Tx, change func() error) error {
	var err error
	if s.before, err = readTriageState(ctx, tx, s.CustomerID); err != nil {
		return err
	}
	if err := change(); err != nil {
		return err
	}
	s.after, err = readTriageState(ctx, tx, s.CustomerID)
	return err
}

// UndoTriage takes back an action of the re-engagement list: the move it
// made, the attempt it logged and the do-not-contact it set are undone and
// the triage state is as before, in one write. It changes nothing when the
// customer was dealt with again, moved or had the attempt removed since.
func (b *Book) UndoTriage(ctx context.Context, s TriageStep) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		c, err := customerByID(ctx, tx, s.CustomerID)
		if err != nil {
			return err
		}
		cur, err := readTriageState(ctx, tx, s.CustomerID)
		if err != nil {
			return err
		}
		if cur != s.after {
			return lifecycle.Problemf(CodeDealtAgain, lifecycle.Values{"Customer": c.Name},
				"%s was dealt with again since, so it was not undone", c.Name)
		}
		now := b.Now()
		if s.move != nil {
			if err := b.takeBackMove(ctx, tx, c, *s.move, now); err != nil {
				return err
			}
		}
		if s.attempt != 0 {
			if err := deleteEvent(ctx, tx, "contact", s.attempt, s.CustomerID); err != nil {
				return err
			}
		}
		if s.doNotContact != nil && *s.doNotContact != c.DoNotContact {
			if err := b.setDoNotContact(ctx, tx, c, *s.doNotContact, now); err != nil {
				return err
			}
		}
		if before, after := s.before.snooze(), s.after.snooze(); before != after {
			if err := b.audit(ctx, tx, c.ID, now, "snoozed until", after, before); err != nil {
				return err
			}
		}
		if err := s.before.restore(ctx, tx, s.CustomerID); err != nil {
			return err
		}
		return b.refreshSummary(ctx, tx, s.CustomerID, now)
	})
}
