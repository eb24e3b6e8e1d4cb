package data

import (
	"context"
	"database/sql"
	"errors"

	"tend/lifecycle"
)

// HeldCopy is a copy of the book that holds a customer, or could not be
// read to tell.
type HeldCopy struct {
	BookCopy
	// Unreadable says why the copy could not be read; it may hold the
	// customer all the same.
	Unreadable error
}

// CopiesHolding reads every copy tend made of the book for the customer:
// their row, by number and name (by name alone when id is 0), and their
// name in the bytes of the file and its log, in any case, where the copy's
// live text does not explain it. A copy is listed when either finds them,
// and when it cannot be read. The copies are only read.
func CopiesHolding(ctx context.Context, bookPath string, id int64, name string) ([]HeldCopy, error) {
	copies, err := Copies(bookPath)
	if err != nil {
		return nil, err
	}
	var held []HeldCopy
	for _, c := range copies {
		holds, err := copyHolds(ctx, c.Path, id, name)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if holds || err != nil {
			held = append(held, HeldCopy{BookCopy: c, Unreadable: err})
		}
	}
	return held, nil
}

// copyHolds tells whether the copy at path holds the customer: their row,
// or a remnant of their name. It reads the file as it is and writes
// nothing beside it.
func copyHolds(ctx context.Context, path string, id int64, name string) (bool, error) {
	db, err := sql.Open("sqlite", "file:"+escapePath(path)+"?mode=ro&immutable=1")
	if err != nil {
		return false, err
	}
	defer db.Close()
	if err := checkTendBook(ctx, db, path); err != nil {
		return false, err
	}
	var found bool
	err = db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM customers WHERE `+customerInCopy+`)`, id, id, name).Scan(&found)
	if err != nil || found {
		return found, copyReadError(err)
	}
	return holdsRemnants(ctx, db, path, name)
}

// customerInCopy picks the customer's row in a copy: by number and name,
// or by name alone when the number is 0, as the customer is no longer in
// the book to tell it.
const customerInCopy = `(? = 0 OR id = ?) AND name = ? COLLATE NOCASE`

// checkTendBook makes sure a copy is a tend book before it is read or
// changed.
func checkTendBook(ctx context.Context, db *sql.DB, path string) error {
	if !IsDatabase(path) {
		return &NotBookError{NotSQLite: true}
	}
	var appID int
	err := db.QueryRowContext(ctx, `SELECT application_id FROM pragma_application_id`).Scan(&appID)
	switch {
	case err != nil:
		return copyReadError(err)
	case appID != applicationID:
		return &NotBookError{}
	}
	return nil
}

// copyReadError says in words why a copy could not be read: the words for
// a damaged book, which say to restore a backup, do not fit a copy.
func copyReadError(err error) error {
	if err == nil {
		return nil
	}
	if err = describe(err); errors.Is(err, ErrDamaged) {
		return lifecycle.Problemf(CodeCopyDamaged, nil, "is damaged (part of the file is broken or missing)")
	}
	return lifecycle.Problemf(CodeNotReadableBook, nil, "cannot be read as a book: %w", err)
}

// CopyErasure says what erasing a customer from one copy did.
type CopyErasure struct {
	Path string
	// Erased tells that the customer's row was in the copy and is gone.
	Erased bool
	// StillHolds tells that the copy still holds the customer afterwards:
	// their row, or their name where no live text explains it.
	StillHolds bool
}

// EraseFromCopy erases the customer from a copy of the book as Forget does
// from the book: the row with its number and name and all that hangs on
// it, in one transaction (by name alone when id is 0), then a rebuild of
// the file. The copy is left without a log beside it, and is searched for
// the customer again as CopiesHolding does. Erased can be true with an
// error: the row is gone, but the rebuild failed.
func EraseFromCopy(ctx context.Context, path string, id int64, name string) (CopyErasure, error) {
	done := CopyErasure{Path: path}
	db, err := sql.Open("sqlite", dsn(path, false)+"&_pragma=secure_delete(1)")
	if err != nil {
		return done, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := checkTendBook(ctx, db, path); err != nil {
		return done, err
	}
	res, err := db.ExecContext(ctx, `DELETE FROM customers WHERE `+customerInCopy, id, id, name)
	if err != nil {
		return done, lifecycle.Problemf(CodeCopyErase, nil, "cannot erase from it: %w", describe(err))
	}
	n, _ := res.RowsAffected()
	done.Erased = n > 0
	// DELETE mode checkpoints the log into the rebuilt file and removes it.
	for _, step := range []string{`VACUUM`, `PRAGMA journal_mode = DELETE`} {
		if _, err := db.ExecContext(ctx, step); err != nil {
			return done, lifecycle.Problemf(CodeCopyWipe, nil, "cannot wipe its free space: %w", describe(err))
		}
	}
	if err := db.Close(); err != nil {
		return done, err
	}
	done.StillHolds, err = copyHolds(ctx, path, id, name)
	return done, err
}
