package data

import "path/filepath"

// idKey: SQLite's INTEGER PRIMARY KEY is the row's own 64-bit id.
func (sqliteEngine) idKey() string { return "INTEGER PRIMARY KEY" }

// spoolDir: beside the book, on the disk the user chose for it.
func (sqliteEngine) spoolDir(location string) string { return filepath.Dir(location) }

// copier: SQLite has no COPY; a statement of many rows is its fastest way.
func (sqliteEngine) copier() rowCopier { return nil }
