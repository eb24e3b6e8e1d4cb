package data

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Erasure is what forgetting a customer erases, and the copies of the book
// that still hold the customer afterwards.
type Erasure struct {
	Name                              string
	Contacts, Purchases, PhaseChanges int
	// Copies are the book's backups and upgrade copies: made before the
	// erasure, they still hold the customer.
	Copies []string
}

// PlanErasure says what Forget would erase, for the user to confirm.
func (b *Book) PlanErasure(ctx context.Context, id int64) (Erasure, error) {
	c, err := b.Customer(ctx, id)
	if err != nil {
		return Erasure{}, err
	}
	e := Erasure{Name: c.Name, Contacts: c.Contacts, Purchases: c.Purchases}
	err = b.reader.QueryRowContext(ctx, `SELECT count(*) FROM phase_changes WHERE customer_id = ?`, id).Scan(&e.PhaseChanges)
	if err != nil {
		return e, fmt.Errorf("read the history of %s: %w", c.Name, describe(err))
	}
	e.Copies = b.copies()
	return e, nil
}

// Forget erases a customer and everything about them for good: the
// profile, tags, contacts, purchases, phase changes, triage state and
// flags. SQLite's secure_delete overwrites what the delete frees; earlier
// versions of the rows may still lie in free space of the file, so the
// book is then rebuilt (VACUUM), and a checkpoint empties the write-ahead
// log, which held earlier images of the pages. This is the right to
// erasure that customers in the EU can demand; the backups made before
// are listed in the Erasure, for the user to act on.
func (b *Book) Forget(ctx context.Context, id int64) (Erasure, error) {
	e, err := b.PlanErasure(ctx, id)
	if err != nil {
		return e, err
	}
	err = b.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `PRAGMA secure_delete = ON`); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM customers WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("%s is no longer in the book", e.Name)
		}
		return nil
	})
	if err != nil {
		return e, fmt.Errorf("erase %s: %w", e.Name, err)
	}
	// Rebuild the file without free space, copy every page back from the
	// log and empty it, so that no earlier image of a page stays behind.
	var busy, logged, moved int
	_, err = b.writer.ExecContext(ctx, `VACUUM`)
	if err == nil {
		err = b.writer.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logged, &moved)
	}
	if err == nil && busy != 0 {
		err = ErrBusy
	}
	if err != nil {
		return e, fmt.Errorf("%s is erased, but the book's log could not be emptied while another tend reads it; close it and run tend forget again to be sure: %w",
			e.Name, describe(err))
	}
	return e, nil
}

// copies lists the backups and upgrade copies beside the book.
func (b *Book) copies() []string {
	var out []string
	// Named as copyBeside names them.
	upgrades, _ := filepath.Glob(strings.TrimSuffix(b.path, ".db") + ".before-v*")
	backups, _ := filepath.Glob(filepath.Join(filepath.Dir(b.path), "backups", "*"))
	for _, p := range slices.Concat(upgrades, backups) {
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			out = append(out, p)
		}
	}
	return out
}
