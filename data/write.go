package data

import (
	"context"
	"database/sql"
	"strings"
)

// write runs fn in one write transaction and commits it; any error rolls
// everything back, so a write is applied whole or not at all.
// A write the server stopped to let another run is run again, unseen.
func (b *Book) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if b.readOnly && !b.engine.onFile() {
		// A file opened so refuses every write itself; a server book is
		// read-only for a role that may not change it.
		return ErrReadOnly
	}
	for attempt := 1; ; attempt++ {
		err := b.writeOnce(ctx, fn)
		if err == nil || attempt == writeAttempts || !b.engine.retryable(err) {
			return describe(err)
		}
	}
}

// writeAttempts is how often a write is tried before its failure is told.
const writeAttempts = 20

func (b *Book) writeOnce(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := b.writer.BeginTx(ctx, b.engine.writeOptions())
	if err != nil {
		return err
	}
	if err = b.engine.beginWrite(ctx, tx); err == nil {
		err = fn(tx)
	}
	if err == nil {
		err = b.engine.markWrite(ctx, tx)
	}
	if err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// describe turns the store's errors into words for the user; errors that
// are already in words pass through.
func describe(err error) error {
	if err == nil {
		return nil
	}
	if known := describeCode(err); known != nil {
		return known
	}
	if known := describeServer(err); known != nil {
		return known
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "SQLITE_BUSY"), strings.Contains(msg, "database is locked"):
		return ErrBusy
	case strings.Contains(msg, "SQLITE_READONLY"), strings.Contains(msg, "readonly database"):
		return ErrReadOnly
	case strings.Contains(msg, "SQLITE_FULL"), strings.Contains(msg, "disk is full"):
		return ErrDiskFull
	case isDamage(msg):
		return ErrDamaged
	}
	return err
}
