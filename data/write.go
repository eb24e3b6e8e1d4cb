package data

import (
	"context"
	"database/sql"
	"strings"
	"time"
)

// write runs fn in one write transaction and commits it; any error rolls
// everything back, so a write is applied whole or not at all.
// A write the server stopped to let another run is run again, unseen; so
// is one whose connection broke, on a server book, where the write's id
// tells whether an earlier try was committed after all: then fn is not
// run again, and what it left in the caller's variables is what that
// committed try made.
func (b *Book) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if b.readOnly && !b.engine.onFile() {
		// A file opened so refuses every write itself; a server book is
		// read-only for a role that may not change it.
		return ErrReadOnly
	}
	id := newWriteID()
	lost := 0
	for attempt := 1; ; attempt++ {
		err := b.writeOnce(ctx, id, fn)
		switch {
		case err == nil || attempt == writeAttempts:
			return describe(err)
		case b.claimsWrites && lostServer(err) && lost < lostAttempts:
			lost++
			if pause(ctx, time.Duration(lost)*lostPause) != nil {
				return describe(err) // stopped: the loss is what happened
			}
		case !b.engine.retryable(err):
			return describe(err)
		}
	}
}

// writeAttempts is how often a write is tried before its failure is told.
const writeAttempts = 20

// lostAttempts is how often a write whose connection broke is tried again,
// a little later each time (lostPause more), before the loss is told: a
// backend ended or a server restarting, not a server gone.
const (
	lostAttempts = 3
	lostPause    = 100 * time.Millisecond
)

func (b *Book) writeOnce(ctx context.Context, id writeID, fn func(tx *sql.Tx) error) error {
	tx, err := b.writer.BeginTx(ctx, b.engine.writeOptions())
	if err != nil {
		return err
	}
	var claim *writeID
	if b.claimsWrites {
		claim = &id
	}
	applied, err := b.engine.beginWrite(ctx, tx, claim)
	if err == nil && !applied {
		err = fn(tx)
	}
	if err == nil && !applied {
		err = b.engine.markWrite(ctx, tx)
	}
	if err != nil || applied || b.rehearsing {
		tx.Rollback()
		return err
	}
	err = tx.Commit()
	if err == nil && b.afterCommit != nil {
		err = b.afterCommit()
	}
	return err
}

// pause waits for d, or until ctx is done, then with ctx's error.
func pause(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
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
