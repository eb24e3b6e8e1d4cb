package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	sqlite "modernc.org/sqlite"

	"tend/lifecycle"
)

// RestoreReport says what a restore did.
type RestoreReport struct {
	// Book is the file restored: the one a link names, when the book's
	// path was a link.
	Book string
	// Aside is the copy of the book as it was, kept beside it; "" when
	// there was no book.
	Aside string
	// Others are the other tends that had the book open: they show the
	// restored book within a second.
	Others []Presence
}

// restoreKey is the setting that records the last restore: its own id,
// when, and from which file, so that an open tend can say what happened
// to the book it shows.
const restoreKey = "restored"

// Restore puts the backup at from in the place of the book at bookPath,
// once CheckBackupFile passes, and keeps the book as it was in a copy
// beside it. A backup that fails the check leaves the book untouched.
//
// The backup is copied into the book in one SQLite transaction, through
// the book's own connection and log: killed at any instant, the book is
// whole, either as before or as after, and a tend that has it open
// writes into the restored book from then on, never into the copy kept
// aside. Only a book that cannot be opened (damaged, or with another
// book's log) is replaced file for file, by a link and a rename, so that
// a book is at its place at every instant.
func Restore(ctx context.Context, bookPath, from string, now time.Time) (RestoreReport, error) {
	bookPath, err := followLink(bookPath)
	if err != nil {
		return RestoreReport{}, err
	}
	report, err := restoreAt(ctx, bookPath, from, now)
	report.Book = bookPath
	return report, err
}

func restoreAt(ctx context.Context, bookPath, from string, now time.Time) (RestoreReport, error) {
	if err := checkRestorable(ctx, bookPath, from); err != nil {
		return RestoreReport{}, lifecycle.Problemf(CodeRestoreUntouched, nil, "%w; the book was left as it was", err)
	}
	incoming := fmt.Sprintf("%s.restoring-%d", bookPath, os.Getpid())
	if err := copyWhole(from, incoming); err != nil {
		removeBook(incoming)
		return RestoreReport{}, lifecycle.Problemf(CodeRestoreStage, lifecycle.Values{"From": from},
			"cannot copy %s beside the book, so the book was left as it was: %w", from, err)
	}
	defer removeBook(incoming)
	record := restoreRecord{ID: newIdentity(), At: now, From: from}
	if !fileExists(bookPath) {
		return RestoreReport{}, placeCopy(ctx, incoming, bookPath, newIdentity(), record)
	}
	b, err := Open(ctx, bookPath)
	switch {
	case err == nil && b.ReadOnly():
		b.Close()
		return RestoreReport{}, lifecycle.Problemf(CodeAtPath, lifecycle.Values{"Path": bookPath},
			"%s: %w", bookPath, ErrReadOnly)
	case err == nil:
		defer b.Close()
		return b.restoreInPlace(ctx, incoming, record)
	case errors.Is(err, ErrBusy), errors.Is(err, ErrReadOnly), ctx.Err() != nil:
		return RestoreReport{}, lifecycle.Problemf(CodeRestoreUntouched, nil, "%w; the book was left as it was", err)
	}
	aside, err := replaceBook(ctx, bookPath, incoming, record)
	return RestoreReport{Aside: aside}, err
}

// checkRestorable refuses a backup that is not a sound book, that is the
// book itself, or that has writes in a log beside it, which a copy of the
// file alone would miss.
func checkRestorable(ctx context.Context, bookPath, from string) error {
	if err := CheckBackupFile(ctx, from); err != nil {
		return err
	}
	if a, errA := os.Stat(bookPath); errA == nil {
		if b, errB := os.Stat(from); errB == nil && os.SameFile(a, b) {
			return lifecycle.Problemf(CodeRestoreItself, lifecycle.Values{"Path": from},
				"%s is the book itself, not a backup of it", from)
		}
	}
	if hasLog(from) {
		return lifecycle.Problemf(CodeRestoreLog, lifecycle.Values{"Path": from},
			"%s has writes in its log (%s-wal) that are not in the file yet; "+
				"open it once with tend and restore it then", from, from)
	}
	return nil
}

// restoreInPlace keeps a copy of the book aside and then copies the
// prepared backup into the book in one transaction.
func (b *Book) restoreInPlace(ctx context.Context, incoming string, record restoreRecord) (RestoreReport, error) {
	id, err := b.Setting(ctx, identityKey, newIdentity())
	if err != nil {
		return RestoreReport{}, err
	}
	if err := prepareCopy(ctx, incoming, id, record, b.pageSize(ctx)); err != nil {
		return RestoreReport{}, lifecycle.Problemf(CodePrepareRestoreUntouched, lifecycle.Values{"From": record.From},
			"cannot prepare %s, so the book was left as it was: %w", record.From, err)
	}
	conn, err := b.writer.Conn(ctx)
	if err != nil {
		return RestoreReport{}, describe(err)
	}
	defer conn.Close()
	var aside string
	err = copyInto(ctx, conn, incoming, func() error {
		aside, err = b.copyBesideAt(ctx, "before-restore", record.At)
		return err
	})
	switch {
	case err != nil && aside == "":
		return RestoreReport{}, lifecycle.Problemf(CodeKeepAside, nil,
			"cannot keep the book aside, so it was left as it was: %w", err)
	case err != nil:
		return RestoreReport{Aside: aside}, lifecycle.Problemf(CodeRestoreCopy, lifecycle.Values{"Aside": aside},
			"cannot copy the backup into the book, so it was left as it was (a copy is at %s): %w", aside, describe(err))
	}
	return RestoreReport{Aside: aside, Others: OpenTends(b.path)}, nil
}

// copyInto copies the book file at from over the database of conn, page by
// page in one write transaction (SQLite's backup API). Its first, empty
// step takes the book's write lock, which it holds to the end: locked runs
// then, when no other tend can write, so that what it reads of the book
// (a copy kept aside) is the book as the restore replaces it.
func copyInto(ctx context.Context, conn *sql.Conn, from string, locked func() error) error {
	return conn.Raw(func(dc any) error {
		r, ok := dc.(interface {
			NewRestore(string) (*sqlite.Backup, error)
		})
		if !ok {
			return lifecycle.Problemf(CodeNoCopier, nil, "the SQLite driver cannot copy a book")
		}
		bk, err := r.NewRestore("file:" + escapePath(from) + "?mode=ro")
		if err != nil {
			return err
		}
		if err = takeWriteLock(ctx, bk); err == nil {
			if err = locked(); err == nil {
				_, err = bk.Step(-1)
			}
		}
		// Finish rolls back a copy that did not reach its end.
		return errors.Join(err, bk.Finish())
	})
}

// takeWriteLock takes the book's write lock with an empty step of the copy,
// waiting for another tend's write as long as a write waits for one: the
// backup API tries once, past SQLite's busy handler.
func takeWriteLock(ctx context.Context, bk *sqlite.Backup) error {
	deadline := time.Now().Add(busyTimeout)
	for {
		_, err := bk.Step(0)
		if err == nil || !errors.Is(describe(err), ErrBusy) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// pageSize reads the book's page size; a copy put into it page by page must
// have the same.
func (b *Book) pageSize(ctx context.Context) int {
	var n int
	if err := b.reader.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&n); err != nil {
		return 0
	}
	return n
}

// placeCopy puts a prepared copy where there is no book.
func placeCopy(ctx context.Context, incoming, bookPath, id string, record restoreRecord) error {
	if err := prepareCopy(ctx, incoming, id, record, 0); err != nil {
		return lifecycle.Problemf(CodePrepareRestore, lifecycle.Values{"From": record.From},
			"cannot prepare %s: %w", record.From, err)
	}
	if err := os.Rename(incoming, bookPath); err != nil {
		return lifecycle.Problemf(CodePutBackup, nil, "cannot put the backup in place: %w", err)
	}
	return syncFolder(filepath.Dir(bookPath))
}

// replaceBook replaces a book that cannot be opened, file for file: the
// book is linked to its name aside, its log files renamed after it, and
// the copy renamed into its place. The name of the book always names a
// whole file, the old one or the new one.
func replaceBook(ctx context.Context, bookPath, incoming string, record restoreRecord) (string, error) {
	if err := prepareCopy(ctx, incoming, newIdentity(), record, 0); err != nil {
		return "", lifecycle.Problemf(CodePrepareRestoreUntouched, lifecycle.Values{"From": record.From},
			"cannot prepare %s, so the book was left as it was: %w", record.From, err)
	}
	aside := besideName(bookPath, "before-restore", record.At)
	if err := os.Link(bookPath, aside); err != nil {
		if err := copyWhole(bookPath, aside); err != nil {
			return "", lifecycle.Problemf(CodeKeepAsideAs, lifecycle.Values{"Aside": aside},
				"cannot keep the book aside as %s, so it was left as it was: %w", aside, err)
		}
	}
	for _, suffix := range []string{"-wal", "-shm", logIDSuffix} {
		if fileExists(bookPath + suffix) {
			if err := os.Rename(bookPath+suffix, aside+suffix); err != nil {
				return aside, lifecycle.Problemf(CodeLogAside, lifecycle.Values{"Path": aside + suffix},
					"cannot set the book's log aside as %s: %w", aside+suffix, err)
			}
		}
	}
	if err := os.Rename(incoming, bookPath); err != nil {
		return aside, lifecycle.Problemf(CodePutBackup, lifecycle.Values{"Aside": aside},
			"cannot put the backup in place (the book is kept at %s): %w", aside, err)
	}
	return aside, syncFolder(filepath.Dir(bookPath))
}

// prepareCopy brings a copied backup to this tend's schema and gives it the
// identity id and the record of this restore, in the file itself (no log
// beside it), with the page size the book has (0: any).
func prepareCopy(ctx context.Context, path, id string, record restoreRecord, pageSize int) error {
	b, err := open(ctx, path, openOptions{upgradeInPlace: true})
	if err != nil {
		return err
	}
	if err := b.Close(); err != nil {
		return err
	}
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	steps := []string{`PRAGMA journal_mode = DELETE`}
	if pageSize > 0 {
		steps = append(steps, fmt.Sprintf("PRAGMA page_size = %d", pageSize), `VACUUM`)
	}
	for _, step := range steps {
		if _, err := db.ExecContext(ctx, step); err != nil {
			return describe(err)
		}
	}
	return stampCopy(ctx, db, map[string]string{identityKey: id, restoreKey: record.String()})
}

// stampCopy stores settings in a copy in one transaction.
func stampCopy(ctx context.Context, db *sql.DB, values map[string]string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return describe(err)
	}
	for k, v := range values {
		if err := setSetting(ctx, tx, k, v); err != nil {
			tx.Rollback()
			return describe(err)
		}
	}
	return describe(tx.Commit())
}

// restoreRecord is what the book keeps of its last restore.
type restoreRecord struct {
	ID   string
	At   time.Time
	From string
}

func (r restoreRecord) String() string {
	return r.ID + " " + r.At.UTC().Format(time.RFC3339) + " " + r.From
}

func parseRestoreRecord(s string) restoreRecord {
	parts := strings.SplitN(s, " ", 3)
	if len(parts) != 3 {
		return restoreRecord{}
	}
	at, _ := time.Parse(time.RFC3339, parts[1])
	return restoreRecord{ID: parts[0], At: at, From: parts[2]}
}

// copyWhole copies a file to a new one (mode 0600) and makes sure it is on
// the disk.
func copyWhole(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := dst.ReadFrom(src); err != nil {
		dst.Close()
		return err
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

func syncFolder(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	d.Sync()
	return nil
}
