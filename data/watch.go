package data

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"tend/lifecycle"
)

// Watcher tells when the book has been written since it last looked, by this
// process's writer or by another process (the engine's change mark moves
// whenever another connection commits). On a server it also hears of a
// write as it commits, for Wait.
type Watcher struct {
	engine   engine
	db       *sql.DB
	conn     *sql.Conn
	notes    *serverListener // nil on a file
	last     int64
	restored string
}

// Watch starts watching the book for writes. Close the watcher when done.
// The watcher has a connection of its own, outside the book's readers,
// so that watching never keeps a read waiting.
func (b *Book) Watch(ctx context.Context) (*Watcher, error) {
	db, err := b.engine.openWatch(b)
	if err != nil {
		return nil, lifecycle.Problemf(CodeWatchBook, nil, "watch the book: %w", err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, lifecycle.Problemf(CodeWatchBook, nil, "watch the book: %w", describe(err))
	}
	w := &Watcher{engine: b.engine, db: db, conn: conn}
	if w.notes, err = b.engine.listen(ctx); err != nil {
		w.Close()
		return nil, lifecycle.Problemf(CodeWatchBook, nil, "watch the book: %w", describe(err))
	}
	_, err = w.markMoved(ctx)
	if err == nil {
		_, err = w.Restored(ctx)
	}
	if err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}

// Restored tells the file a backup was restored from, by another tend,
// since the last call; "" when the book was not restored meanwhile.
func (w *Watcher) Restored(ctx context.Context) (from string, err error) {
	var record string
	err = w.conn.QueryRowContext(ctx, `SELECT coalesce((SELECT value FROM settings WHERE key = ?), '')`, restoreKey).Scan(&record)
	if err != nil {
		return "", lifecycle.Problemf(CodeWatchBook, nil, "watch the book: %w", describe(err))
	}
	if record == w.restored {
		return "", nil
	}
	w.restored = record
	return parseRestoreRecord(record).From, nil
}

// Changed reports whether the book was written since the last call. It
// reads the change mark each time, so that a write committed before the
// call is told whether its notice has come yet or not.
func (w *Watcher) Changed(ctx context.Context) (bool, error) {
	w.notes.forget()
	return w.markMoved(ctx)
}

// Wait returns once a write to the book was heard of, or after at most d
// (at once when the context ends): on a server a teammate's write is
// heard of as it commits; on a file Wait waits d. Changed then tells.
func (w *Watcher) Wait(ctx context.Context, d time.Duration) {
	timer := time.NewTimer(d)
	defer timer.Stop()
	var heard chan struct{}
	if w.notes != nil {
		heard = w.notes.heard
	}
	select {
	case <-heard:
	case <-timer.C:
	case <-ctx.Done():
	}
}

// markMoved reads the change mark and tells whether it moved since the
// last reading.
func (w *Watcher) markMoved(ctx context.Context) (bool, error) {
	v, err := w.engine.changeMark(ctx, w.conn)
	if err != nil {
		return false, lifecycle.Problemf(CodeWatchBook, nil, "watch the book: %w", describe(err))
	}
	changed := v != w.last
	w.last = v
	return changed, nil
}

// Close stops watching.
func (w *Watcher) Close() error { return errors.Join(w.notes.close(), w.conn.Close(), w.db.Close()) }
