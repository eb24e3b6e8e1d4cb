package data

import (
	"context"
	"database/sql"
	"path/filepath"
)

// idKey: SQLite's INTEGER PRIMARY KEY is the row's own 64-bit id.
func (sqliteEngine) idKey() string { return "INTEGER PRIMARY KEY" }

// spoolDir: beside the book, on the disk the user chose for it.
func (sqliteEngine) spoolDir(location string) string { return filepath.Dir(location) }

// copier: SQLite has no COPY; a statement of many rows is its fastest way.
func (sqliteEngine) copier() rowCopier { return nil }

// setAsideSums: SQLite's triggers cost little against the rows they
// follow; an import's bulk path sets them aside with the indexes
// (bulkLoad), which it rebuilds, where the server keeps them.
func (sqliteEngine) setAsideSums(context.Context, *sql.Tx, ...string) func(context.Context) error {
	return func(context.Context) error { return nil }
}
