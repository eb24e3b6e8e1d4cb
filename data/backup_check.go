package data

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"

	"tend/lifecycle"
)

// CheckBackupFile makes sure the file at path is a sound tend book this
// tend reads: a SQLite file marked as a tend book, of a version no newer
// than this tend's, that passes SQLite's integrity check. It only reads.
func CheckBackupFile(ctx context.Context, path string) error {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return lifecycle.Problemf(CodeBackupMissing, lifecycle.Values{"Path": path}, "there is no backup %s", path)
	case err != nil:
		return lifecycle.Problemf(CodeReadBackup, lifecycle.Values{"Path": path}, "cannot read backup %s: %w", path, err)
	case !info.Mode().IsRegular():
		return lifecycle.Problemf(CodeNotFile, lifecycle.Values{"Path": path}, "%s is not a file", path)
	case !IsDatabase(path):
		return &NotBookError{Path: path, NotSQLite: true}
	}
	// immutable: the file is read as it is, without its journal, since
	// only the file itself is restored; and nothing is written beside it.
	db, err := sql.Open("sqlite", "file:"+escapePath(path)+"?mode=ro&immutable=1")
	if err != nil {
		return lifecycle.Problemf(CodeReadBackup, lifecycle.Values{"Path": path}, "cannot read backup %s: %w", path, err)
	}
	defer db.Close()
	var appID, version int
	err = db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version)`).Scan(&appID, &version)
	switch {
	case err != nil:
		return lifecycle.Problemf(CodeNotReadableBook, lifecycle.Values{"Path": path},
			"%s cannot be read as a book: %w", path, describe(err))
	case appID != applicationID || version == 0:
		return &NotBookError{Path: path}
	case version > SchemaVersion():
		return &NewerBookError{Path: path, Version: version, Latest: SchemaVersion()}
	}
	return checkIntegrity(ctx, db, path)
}

// checkIntegrity runs SQLite's integrity check on a file.
func checkIntegrity(ctx context.Context, db *sql.DB, path string) error {
	var first string
	err := db.QueryRowContext(ctx, `SELECT integrity_check FROM pragma_integrity_check LIMIT 1`).Scan(&first)
	switch {
	case err != nil:
		return lifecycle.Problemf(CodeAtPath, lifecycle.Values{"Path": path}, "%s: %w", path, describe(err))
	case first != "ok":
		return lifecycle.Problemf(CodeIntegrity, lifecycle.Values{"Path": path, "Check": first},
			"%s is damaged (SQLite's integrity check: %s)", path, first)
	}
	return nil
}
