package data

import (
	"context"
	"database/sql"
	"time"

	"tend/lifecycle"
)

// The writes here take back a change the user just made (the board's undo).
// Each checks that the book still looks as the change left it, so that an
// undo never overwrites what another process wrote since.

// DeleteContact removes a contact that was logged by mistake and updates the
// customer's summary.
func (b *Book) DeleteContact(ctx context.Context, c lifecycle.Contact) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		if err := deleteEvent(ctx, tx, "contact", c.ID, c.CustomerID); err != nil {
			return err
		}
		return b.refreshSummary(ctx, tx, c.CustomerID, b.Now())
	})
}

// DeletePurchase removes a purchase that was recorded by mistake and
// updates the customer's summary.
func (b *Book) DeletePurchase(ctx context.Context, p lifecycle.Purchase) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		if err := deleteEvent(ctx, tx, "purchase", p.ID, p.CustomerID); err != nil {
			return err
		}
		return b.refreshSummary(ctx, tx, p.CustomerID, b.Now())
	})
}

// deleteEvent removes a customer's contact or purchase (kind), which must
// still be there.
func deleteEvent(ctx context.Context, tx *sql.Tx, kind string, id, customerID int64) error {
	table := map[string]string{"contact": "contacts", "purchase": "purchases"}[kind]
	res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE id = ? AND customer_id = ?`, id, customerID)
	if err != nil {
		return lifecycle.Problemf(CodeRemove, lifecycle.Values{"Kind": kind, "ID": id},
			"remove %s %d: %w", kind, id, describe(err))
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return lifecycle.Problemf(CodeRecordGone, lifecycle.Values{"Kind": kind, "ID": id},
			"%s %d is no longer in the book", kind, id)
	}
	return nil
}

// UndoMove takes a move back: the customer returns to the phase it came
// from, with the time it had entered it, and the move's record is removed.
func (b *Book) UndoMove(ctx context.Context, ch lifecycle.PhaseChange) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		cur, err := customerByID(ctx, tx, ch.CustomerID)
		if err != nil {
			return err
		}
		if err := b.takeBackMove(ctx, tx, cur, ch, b.Now()); err != nil {
			return err
		}
		return b.rescore(ctx, tx, b.Now(), []int64{ch.CustomerID})
	})
}

// takeBackMove returns a customer (cur) to the phase a move took it from,
// with the time it had entered it, and removes the move's record.
func (b *Book) takeBackMove(ctx context.Context, tx *sql.Tx, cur lifecycle.Customer, ch lifecycle.PhaseChange, now time.Time) error {
	var latest int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM phase_changes WHERE customer_id = ?`, ch.CustomerID).Scan(&latest); err != nil {
		return lifecycle.Problemf(CodeReadMoves, nil, "read the moves: %w", describe(err))
	}
	// Only the latest move can be taken back; after another one, the
	// history would no longer add up.
	if cur.Phase != ch.To || latest != ch.ID {
		return lifecycle.Problemf(CodeMovedAgain, lifecycle.Values{"Customer": cur.Name},
			"%s has moved again since, so the move was not undone", cur.Name)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM phase_changes WHERE id = ?`, ch.ID); err != nil {
		return lifecycle.Problemf(CodeRemoveMove, nil, "remove the move: %w", describe(err))
	}
	var since int64
	err := tx.QueryRowContext(ctx, `SELECT coalesce(max(at), ?) FROM phase_changes WHERE customer_id = ?`, cur.CreatedAt.Unix(), ch.CustomerID).Scan(&since)
	if err != nil {
		return lifecycle.Problemf(CodeReadMoves, nil, "read the moves: %w", describe(err))
	}
	_, err = tx.ExecContext(ctx, `UPDATE customers SET phase = ?, phase_since = ?, updated_at = ? WHERE id = ?`,
		ch.From, since, now.Unix(), ch.CustomerID)
	if err != nil {
		return lifecycle.Problemf(CodePutBack, lifecycle.Values{"Customer": cur.Name},
			"put %s back in its phase: %w", cur.Name, describe(err))
	}
	if err := b.audit(ctx, tx, ch.CustomerID, now, "phase", ch.To, ch.From); err != nil {
		return err
	}
	if why := auditedReason(ch); why != "" {
		return b.audit(ctx, tx, ch.CustomerID, now, reasonField, why, "")
	}
	return nil
}

// RemoveNewCustomer takes back the adding of a customer, as long as nothing
// but its creation has been recorded for it.
func (b *Book) RemoveNewCustomer(ctx context.Context, id int64) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		c, err := customerByID(ctx, tx, id)
		if err != nil {
			return err
		}
		var moves int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM phase_changes WHERE customer_id = ?`, id).Scan(&moves); err != nil {
			return err
		}
		if c.Contacts+c.Purchases > 0 || moves > 1 {
			return lifecycle.Problemf(CodeHasHistory, lifecycle.Values{"Customer": c.Name},
				"%s has a history now, so it was kept (archive it instead)", c.Name)
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM customers WHERE id = ?`, id)
		return err
	})
}
