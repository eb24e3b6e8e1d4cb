package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"tend/lifecycle"
)

// Backup writes a consistent copy of the book to path while it may be in use
// (SQLite's VACUUM INTO reads one snapshot). An existing file is never
// overwritten.
func (b *Book) Backup(ctx context.Context, path string) error {
	return b.BackupShowing(ctx, path, nil)
}

// BackupShowing writes the backup as Backup does, telling progress how far
// the copy of a book on a server, which is written row by row into a new
// book file, has come; progress may be nil.
func (b *Book) BackupShowing(ctx context.Context, path string, progress CopyProgress) error {
	if _, err := os.Stat(path); err == nil {
		return lifecycle.Problemf(CodeFileExists, lifecycle.Values{"Path": path},
			"%s already exists; choose a new file name", path)
	}
	if !b.engine.onFile() {
		return b.backupToFile(ctx, path, progress)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return lifecycle.Problemf(CodeWriteBackup, lifecycle.Values{"Path": path}, "cannot write backup %s: %w", path, err)
	}
	f.Close()
	// VACUUM INTO fills the empty file made above, so the copy keeps the
	// owner-only mode.
	if err := b.vacuumInto(ctx, path); err != nil {
		os.Remove(path)
		return lifecycle.Problemf(CodeBackupFailed, lifecycle.Values{"Path": path},
			"backup to %s failed, nothing was written: %w", path, describe(err))
	}
	if err := renewIdentity(ctx, path); err != nil {
		os.Remove(path)
		return lifecycle.Problemf(CodeBackupFailed, lifecycle.Values{"Path": path},
			"backup to %s failed, nothing was written: %w", path, err)
	}
	return nil
}

// copyBeside takes a copy of the book next to it, named after the book, a
// label and the time, and returns its path.
func (b *Book) copyBeside(ctx context.Context, label string) (string, error) {
	return b.copyBesideAt(ctx, label, b.Now())
}

// copyBesideAt takes such a copy named with the time now.
// The copy is made under a name of its own and renamed when whole, so that
// a copy cut short is never taken for one (and counted among those kept).
func (b *Book) copyBesideAt(ctx context.Context, label string, now time.Time) (string, error) {
	path := besideName(b.path, label, now)
	partial := fmt.Sprintf("%s%s%d", path, partialInfix, os.Getpid())
	if err := b.Backup(ctx, partial); err != nil {
		return "", err
	}
	if err := os.Rename(partial, path); err != nil {
		removeBook(partial)
		return "", lifecycle.Problemf(CodeNameCopy, lifecycle.Values{"Path": path}, "cannot name the copy %s: %w", path, err)
	}
	return path, nil
}

// partialInfix marks a copy beside the book that is still being written,
// before the id of the process writing it.
const partialInfix = ".partial-"

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return !errors.Is(err, os.ErrNotExist)
}

// vacuumInto copies one snapshot of the book into path. It borrows a read
// connection and lifts its query_only guard for the copy, which writes only
// the new file.
func (b *Book) vacuumInto(ctx context.Context, path string) error {
	conn, err := b.reader.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA query_only = 0"); err != nil {
		return err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA query_only = 1")
	_, err = conn.ExecContext(ctx, "VACUUM INTO "+sqlQuote(path))
	return err
}
