package data

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"tend/lifecycle"
)

// A book's identity tells its write-ahead log apart from another file's.
// SQLite links a log to its database by nothing but the page size, so a
// log left beside a book that was then replaced by a copy (a backup put
// over it by hand) would be read into the copy and break it. tend keeps a
// random identity in the book, gives every copy it writes a new one, and
// records the identity of the book in a small file beside the log before
// SQLite may start one; an open finds a log whose record names another
// book, and refuses before SQLite reads the log.

// identityKey is the setting that holds the book's identity.
const identityKey = "book_id"

// logIDSuffix names the file beside the book that says whose log
// book-wal is.
const logIDSuffix = "-logid"

// ForeignLogError says that the log beside a book was written for another
// file: reading it into this one would break the book.
type ForeignLogError struct{ Path string }

func (e *ForeignLogError) Error() string {
	return fmt.Sprintf("%s-wal is the log of another book: %s was replaced by a copy while that log was left beside it, "+
		"so tend opened neither; to keep the copy, move %s-wal and %s-shm aside (keep them); to get the log's writes back, put the earlier book back",
		e.Path, e.Path, e.Path, e.Path)
}

// newIdentity makes a fresh random identity.
func newIdentity() string {
	var b [16]byte
	rand.Read(b[:]) // never fails on the platforms Go supports
	return hex.EncodeToString(b[:])
}

// fileIdentity reads the identity stored in the book file itself, without
// its log: "" for a file that has none yet (an older or empty book) or that
// cannot be read, since then nothing can be told apart.
func fileIdentity(ctx context.Context, path string) string {
	return storedSetting(ctx, path, identityKey)
}

// loggedIdentity reads which book the log beside path was started for, ""
// when that is not recorded.
func loggedIdentity(path string) string {
	body, err := os.ReadFile(path + logIDSuffix)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(body))
}

// hasLog tells whether a log with content lies beside the book.
func hasLog(path string) bool {
	info, err := os.Stat(path + "-wal")
	return err == nil && info.Size() > 0
}

// guardLog runs before SQLite opens the book. It refuses a log recorded
// for another book, and, when no log with content is there, records the
// book's identity for the log SQLite is about to start. It returns the
// identity the file holds, "" for none yet.
func guardLog(ctx context.Context, path string, readOnly bool) (string, error) {
	id := fileIdentity(ctx, path)
	return id, checkLog(path, id, readOnly)
}

// guardWithoutLog is guardLog for a book with no log beside it, run on
// the book's reader before anything else: without a log the reader reads
// the file itself, so no connection of its own is opened to read it.
func (b *Book) guardWithoutLog(ctx context.Context) (string, error) {
	var id string
	// A file without settings (an older or empty book) holds no identity.
	b.reader.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, identityKey).Scan(&id)
	return id, checkLog(b.path, id, b.readOnly)
}

// checkLog refuses a log beside path recorded for a book other than id,
// and records id for the log SQLite may start.
func checkLog(path, id string, readOnly bool) error {
	logged := loggedIdentity(path)
	switch {
	case logged == id:
	case hasLog(path) && logged != "":
		// The log was started for a book with an identity; a file without
		// one (a copy from an older tend) is not that book either.
		return &ForeignLogError{Path: path}
	case id == "":
		// A file without an identity yet (from an older tend): a record
		// left by an earlier book is not its own; it gets one once open.
		if !readOnly && logged != "" {
			os.Remove(path + logIDSuffix)
		}
	case hasLog(path), readOnly:
		// A log from a tend that kept no record: nothing to compare.
	default:
		// A folder tend cannot write keeps no record; SQLite then says in
		// its own words that it cannot keep a log there either.
		recordLogIdentity(path, id)
	}
	return nil
}

// recordLogIdentity writes the record beside the book whole: a new file
// renamed over the old one, so that a crash leaves one or the other.
func recordLogIdentity(path, id string) error {
	tmp := path + logIDSuffix + ".new"
	if err := os.WriteFile(tmp, []byte(id+"\n"), 0o600); err != nil {
		return lifecycle.Problemf(CodeWriteLogID, lifecycle.Values{"File": filepath.Base(path + logIDSuffix)},
			"cannot write %s beside the book: %w", filepath.Base(path+logIDSuffix), err)
	}
	if err := os.Rename(tmp, path+logIDSuffix); err != nil {
		os.Remove(tmp)
		return lifecycle.Problemf(CodeWriteLogID, lifecycle.Values{"File": filepath.Base(path + logIDSuffix)},
			"cannot write %s beside the book: %w", filepath.Base(path+logIDSuffix), err)
	}
	return nil
}

// ensureIdentity gives a book whose file holds no identity yet one, and
// moves it into the file itself (a checkpoint), so that the next open can
// read it without the log; then it records it for the log.
func (b *Book) ensureIdentity(ctx context.Context) error {
	if b.readOnly {
		return nil
	}
	// Read and made in one write, so that tends opening the book at once
	// agree on one identity.
	var id string
	err := b.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`,
			identityKey, newIdentity())
		if err == nil {
			err = tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, identityKey).Scan(&id)
		}
		return err
	})
	if err != nil {
		return err
	}
	var busy, logged, moved int
	err = b.writer.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logged, &moved)
	if err != nil || busy != 0 {
		// Another tend reads the book; the next open tries again.
		return nil
	}
	recordLogIdentity(b.path, id) // best effort, as in guardLog
	return nil
}

// renewIdentity gives a copy of a book, closed and without a log, an
// identity of its own, so that the book's log can never be taken for
// the copy's.
//
// No tend has the copy open. It keeps the rollback journal that VACUUM
// INTO gives it, so the identity is in the file itself when this returns.
func renewIdentity(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, `PRAGMA journal_mode = DELETE`); err != nil {
		return describe(err)
	}
	return stampCopy(ctx, db, map[string]string{identityKey: newIdentity()})
}
