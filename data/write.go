package data

import (
	"context"
	"database/sql"
	"strings"
)

// write runs fn in one write transaction and commits it; any error rolls
// everything back, so a write is applied whole or not at all.
func (b *Book) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := b.writer.BeginTx(ctx, nil)
	if err != nil {
		return describe(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return describe(err)
	}
	if err := tx.Commit(); err != nil {
		return describe(err)
	}
	return nil
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
