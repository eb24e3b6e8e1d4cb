package data

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// CheckBackupFile makes sure the file at path is a sound tend book this
// tend reads: a SQLite file marked as a tend book, of a version no newer
// than this tend's, that passes SQLite's integrity check. It only reads.
func CheckBackupFile(ctx context.Context, path string) error {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return fmt.Errorf("cannot read backup %s: %w", path, err)
	case !info.Mode().IsRegular():
		return fmt.Errorf("%s is not a file", path)
	case !IsDatabase(path):
		return fmt.Errorf("%s is not a tend book (not a SQLite database)", path)
	}
	// immutable: the file is read as it is, without its journal, since
	// only the file itself is restored; and nothing is written beside it.
	db, err := sql.Open("sqlite", "file:"+escapePath(path)+"?mode=ro&immutable=1")
	if err != nil {
		return fmt.Errorf("cannot read backup %s: %w", path, err)
	}
	defer db.Close()
	var appID, version int
	err = db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version)`).Scan(&appID, &version)
	switch {
	case err != nil:
		return fmt.Errorf("%s cannot be read as a book: %w", path, describe(err))
	case appID != applicationID || version == 0:
		return fmt.Errorf("%s is not a tend book", path)
	case version > SchemaVersion():
		return fmt.Errorf("%s was made by a newer tend (book version %d, this tend reads up to %d)", path, version, SchemaVersion())
	}
	return checkIntegrity(ctx, db, path)
}

// checkIntegrity runs SQLite's integrity check on a file.
func checkIntegrity(ctx context.Context, db *sql.DB, path string) error {
	var first string
	err := db.QueryRowContext(ctx, `SELECT integrity_check FROM pragma_integrity_check LIMIT 1`).Scan(&first)
	switch {
	case err != nil:
		return fmt.Errorf("%s: %w", path, describe(err))
	case first != "ok":
		return fmt.Errorf("%s is damaged (SQLite's integrity check: %s)", path, first)
	}
	return nil
}

// Restore puts the backup at from in the place of the book at bookPath,
// once CheckBackupFile passes. The book there, with its journal, is kept
// aside under a name with the time, which Restore returns ("" when there
// was no book). A backup that fails the check leaves the book untouched.
// No tend may have the book open meanwhile.
func Restore(ctx context.Context, bookPath, from string, now time.Time) (aside string, err error) {
	if err := CheckBackupFile(ctx, from); err != nil {
		return "", fmt.Errorf("%w; the book was left as it was", err)
	}
	incoming := bookPath + ".restoring"
	if err := copyWhole(from, incoming); err != nil {
		os.Remove(incoming)
		return "", fmt.Errorf("cannot copy %s beside the book, so the book was left as it was: %w", from, err)
	}
	if fileExists(bookPath) {
		if aside, err = setAside(bookPath, now); err != nil {
			os.Remove(incoming)
			return "", err
		}
	}
	if err := os.Rename(incoming, bookPath); err != nil {
		return aside, fmt.Errorf("cannot put the backup in place (the book is kept at %s): %w", aside, err)
	}
	return aside, syncFolder(filepath.Dir(bookPath))
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
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

// setAside renames the book and its journal files to a name with the time
// beside it, the journal with it so that the book aside keeps its last
// writes and none of them is read into the restored book.
func setAside(bookPath string, now time.Time) (string, error) {
	aside := besideName(bookPath, "before-restore", now)
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if suffix != "" && !fileExists(bookPath+suffix) {
			continue
		}
		if err := os.Rename(bookPath+suffix, aside+suffix); err != nil {
			return "", fmt.Errorf("cannot set the book aside as %s: %w", aside+suffix, err)
		}
	}
	return aside, nil
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
