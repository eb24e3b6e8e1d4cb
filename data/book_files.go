package data

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"

	"tend/lifecycle"
)

// isDamage tells SQLite's words for a damaged file.
func isDamage(msg string) bool {
	for _, s := range []string{"SQLITE_CORRUPT", "malformed", "SQLITE_NOTADB", "file is not a database"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// writable tells whether this user may write the file at path (root may
// write any).
func writable(path string) bool {
	return syscall.Access(path, 2 /* W_OK */) == nil
}

// openError says in words why the book at path could not be read.
func openError(path string, err error) error {
	err = describe(err)
	dir := filepath.Dir(path)
	switch {
	case errors.Is(err, ErrDamaged):
		return lifecycle.Problemf(CodeAtPath, lifecycle.Values{"Path": path}, "%s: %w", path, err)
	case errors.Is(err, ErrReadOnly) && syscall.Access(dir, 3 /* W_OK|X_OK */) != nil:
		// SQLite keeps the journal of a book (path-wal, path-shm) beside
		// it, so it can neither read nor write without a writable folder.
		return lifecycle.Problemf(CodeFolderReadOnly, lifecycle.Values{"Path": path, "Folder": dir},
			"cannot open book %s: its folder %s is not writable, and SQLite keeps the book's journal there; "+
				"make the folder writable or copy the book to a folder that is", path, dir)
	}
	return lifecycle.Problemf(CodeUnreadableBook, lifecycle.Values{"Path": path}, "%s is not a readable tend book: %w", path, err)
}

// checkReadable refuses a read-only book this tend cannot read as it is:
// an empty file or an older book, which needs an upgrade that writes.
func (b *Book) checkReadable(version, latest int) error {
	switch {
	case version == 0:
		return lifecycle.Problemf(CodeReadOnlyEmpty, lifecycle.Values{"Path": b.path},
			"%s is read-only and empty, so no book can be made in it", b.path)
	case version < latest:
		return lifecycle.Problemf(CodeReadOnlyOld, lifecycle.Values{"Path": b.path},
			"%s was made by an older tend and needs an upgrade, but it is read-only; make it writable (chmod u+w) and open it again", b.path)
	}
	return nil
}

// SQLite's result codes that describeCode puts in words.
const (
	sqliteBusy       = 5
	sqliteLocked     = 6
	sqliteReadOnly   = 8
	sqliteCorrupt    = 11
	sqliteFull       = 13
	sqliteNotADB     = 26
	sqliteIOErrWrite = 10 | 3<<8
)

// describeCode puts SQLite's error codes in words, nil for other errors. A
// write cut short by a file size limit is SQLITE_IOERR_WRITE rather than
// SQLITE_FULL, and means the same to the user.
func describeCode(err error) error {
	var coded interface{ Code() int }
	if !errors.As(err, &coded) {
		return nil
	}
	code := coded.Code()
	switch code & 0xff {
	case sqliteBusy, sqliteLocked:
		return ErrBusy
	case sqliteReadOnly:
		return ErrReadOnly
	case sqliteCorrupt, sqliteNotADB:
		return ErrDamaged
	case sqliteFull:
		return ErrDiskFull
	}
	if code == sqliteIOErrWrite {
		return ErrDiskFull
	}
	return nil
}
