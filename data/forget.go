package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tend/lifecycle"
)

// Erasure is what forgetting a customer erases, and the copies of the book
// that still hold the customer.
type Erasure struct {
	Name                              string
	Contacts, Purchases, PhaseChanges int
	// Copies are the copies tend made of the book that hold the customer,
	// or could not be read to tell.
	Copies []HeldCopy
	// OnServer tells an erasure from a book on a server, whose files,
	// logs, backups and replicas are the server's, beyond tend's reach.
	OnServer bool
	// Unvacuumed are the tables of a server book that tend's role may not
	// VACUUM, whose freed space the server reuses only at its next one.
	Unvacuumed []string
}

// wipePendingKey is the setting that says an erasure was stored but the
// book's free space, which may still hold earlier images of the customer,
// is not wiped yet. It holds no word about whom.
const wipePendingKey = "forget.wipe_pending"

// ErrWipeUnfinished ends what Forget says when the customer is erased
// from the book but the wipe of the file's free space did not finish.
var ErrWipeUnfinished = lifecycle.Problemf(CodeWipeUnfinished, nil,
	"earlier images of what was erased may remain in the book's file until the wipe is run again")

// PlanErasure says what Forget would erase, and which copies of the book
// hold the customer, for the user to confirm.
func (b *Book) PlanErasure(ctx context.Context, id int64) (Erasure, error) {
	c, err := b.Customer(ctx, id)
	if err != nil {
		return Erasure{}, err
	}
	e := Erasure{Name: c.Name, Contacts: c.Contacts, Purchases: c.Purchases}
	err = b.reader.QueryRowContext(ctx, `SELECT count(*) FROM phase_changes WHERE customer_id = ?`, id).Scan(&e.PhaseChanges)
	if err != nil {
		return e, lifecycle.Problemf(CodeReadHistory, lifecycle.Values{"Customer": c.Name},
			"read the history of %s: %w", c.Name, describe(err))
	}
	if e.OnServer = !b.engine.onFile(); e.OnServer {
		return e, nil
	}
	e.Copies, err = CopiesHolding(ctx, b.path, id, c.Name)
	return e, err
}

// Forget erases a customer and everything about them for good: the
// profile, tags, contacts, purchases, phase changes, triage state, flags
// and audit entries, in one transaction. On a file, SQLite's
// secure_delete overwrites what the delete frees; earlier versions of the
// rows may still lie in free space of the file, so the book is then
// rebuilt (VACUUM), and a checkpoint empties the write-ahead log, which
// held earlier images of the pages. The same transaction marks the wipe as
// pending, so that a wipe cut short is finished by FinishWipe. On a server
// the tables touched are vacuumed where the role may (forget_server.go).
// This is the right to erasure that customers in the EU can demand; the
// copies that hold the customer are in the Erasure, for the user to act on
// (EraseFromCopy).
func (b *Book) Forget(ctx context.Context, id int64) (Erasure, error) {
	e, err := b.PlanErasure(ctx, id)
	if err != nil {
		return e, err
	}
	err = b.write(ctx, func(tx *sql.Tx) error {
		if err := b.engine.beforeErasure(ctx, tx); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM customers WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return lifecycle.Problemf(CodeGone, lifecycle.Values{"Customer": e.Name}, "%s is no longer in the book", e.Name)
		}
		return nil
	})
	if err != nil {
		return e, lifecycle.Problemf(CodeErase, lifecycle.Values{"Customer": e.Name}, "erase %s: %w", e.Name, err)
	}
	if err := b.engine.afterErasure(ctx, b, &e); err != nil {
		return e, unfinishedWipe(ctx, e.Name, err)
	}
	return e, nil
}

// unfinishedWipe says in words that the wipe of the book's free space is
// not done: after erasing customer, or after an earlier erasure when
// customer is empty. Stopped is why: interrupted, busy or failed (Cause).
func unfinishedWipe(ctx context.Context, customer string, err error) error {
	wiping := "Wiping the book's free space after an earlier erasure"
	if customer != "" {
		wiping = customer + " is erased, but wiping the book's free space"
	}
	stopped, why := "interrupted", "was interrupted"
	if err = describe(err); ctx.Err() == nil {
		stopped, why = "failed", fmt.Sprintf("failed (%v)", err)
		if errors.Is(err, ErrBusy) {
			stopped, why = "busy", "could not finish while another tend reads the book (close it first)"
		}
	}
	return lifecycle.Problemf(CodeWipeStopped, lifecycle.Values{"Customer": customer, "Stopped": stopped, "Failure": err},
		"%s %s: %w", wiping, why, ErrWipeUnfinished)
}

// FinishWipe wipes the book's free space when an erasure left it to do,
// and tells whether it did.
func (b *Book) FinishWipe(ctx context.Context) (bool, error) {
	pending, err := b.Setting(ctx, wipePendingKey, "")
	if err != nil || pending == "" {
		return false, err
	}
	if err := b.wipe(ctx); err != nil {
		return false, unfinishedWipe(ctx, "", err)
	}
	return true, nil
}

// wipe rebuilds the file without free space, copies every page back from
// the log and empties it, so that no earlier image of a page stays behind;
// then it clears the mark of a pending wipe.
func (b *Book) wipe(ctx context.Context) error {
	if _, err := b.writer.ExecContext(ctx, `VACUUM`); err != nil {
		return err
	}
	if err := b.checkpoint(ctx); err != nil {
		return err
	}
	err := b.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, wipePendingKey)
		return err
	})
	if err != nil {
		return err
	}
	// The log holds only the settings page now; emptying it is tidy, not
	// needed, so a reader in the way is no fault.
	if err := b.checkpoint(ctx); err != nil && !errors.Is(err, ErrBusy) {
		return err
	}
	return nil
}

// checkpoint copies every page of the log into the file and empties the
// log; a reader that holds on to the log makes it ErrBusy.
func (b *Book) checkpoint(ctx context.Context) error {
	var busy, logged, moved int
	err := b.writer.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logged, &moved)
	if err == nil && busy != 0 {
		return ErrBusy
	}
	return err
}
