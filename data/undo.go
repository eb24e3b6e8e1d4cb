package data

import (
	"context"
	"database/sql"
	"fmt"

	"tend/lifecycle"
)

// The writes here take back a change the user just made (the board's undo).
// Each checks that the book still looks as the change left it, so that an
// undo never overwrites what another process wrote since.

// DeleteContact removes a contact that was logged by mistake and updates the
// customer's summary.
func (b *Book) DeleteContact(ctx context.Context, c lifecycle.Contact) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM contacts WHERE id = ? AND customer_id = ?`, c.ID, c.CustomerID)
		if err != nil {
			return fmt.Errorf("remove contact %d: %w", c.ID, describe(err))
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("contact %d is no longer in the book", c.ID)
		}
		return refreshSummary(ctx, tx, c.CustomerID, b.Now())
	})
}

// UndoMove takes a move back: the customer returns to the phase it came
// from, with the time it had entered it, and the move's record is removed.
func (b *Book) UndoMove(ctx context.Context, ch lifecycle.PhaseChange) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		cur, err := customerByID(ctx, tx, ch.CustomerID)
		if err != nil {
			return err
		}
		var latest int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM phase_changes WHERE customer_id = ?`, ch.CustomerID).Scan(&latest); err != nil {
			return fmt.Errorf("read the moves: %w", describe(err))
		}
		// Only the latest move can be taken back; after another one, the
		// history would no longer add up.
		if cur.Phase != ch.To || latest != ch.ID {
			return fmt.Errorf("%s has moved again since, so the move was not undone", cur.Name)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM phase_changes WHERE id = ?`, ch.ID); err != nil {
			return fmt.Errorf("remove the move: %w", describe(err))
		}
		var since int64
		err = tx.QueryRowContext(ctx, `SELECT coalesce(max(at), ?) FROM phase_changes WHERE customer_id = ?`, cur.CreatedAt.Unix(), ch.CustomerID).Scan(&since)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE customers SET phase = ?, phase_since = ?, updated_at = ? WHERE id = ?`,
			ch.From, since, b.Now().Unix(), ch.CustomerID)
		if err != nil {
			return err
		}
		if err := b.audit(ctx, tx, ch.CustomerID, b.Now(), "phase", ch.To, ch.From); err != nil {
			return err
		}
		return rescore(ctx, tx, b.Now(), []int64{ch.CustomerID})
	})
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
			return fmt.Errorf("%s has a history now, so it was kept (archive it instead)", c.Name)
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM customers WHERE id = ?`, id)
		return err
	})
}
