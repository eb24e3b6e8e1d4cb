package data

import (
	"context"
	"database/sql"
)

// importEngine is what an import does differently on each engine.
type importEngine interface {
	// idKey is the key column of a temporary table of the book's ids.
	idKey() string
	// spoolDir is the folder where an import keeps a copy of a file it
	// cannot read twice, such as a pipe; "" is the system's.
	spoolDir(location string) string
	// copier is how the engine takes many rows of a table at once, past
	// SQL's statements; nil where multi-row INSERTs are the fastest way.
	copier() rowCopier
	// setAsideSums sets aside, for one large fill of tables in tx, the
	// triggers that keep sums of their rows, where the engine gains by
	// it, and returns what counts the sums afresh and puts them back.
	setAsideSums(ctx context.Context, tx *sql.Tx, tables ...string) (recount func(context.Context) error)
}

// rowCopier writes rows, given as the values of each in columns' order one
// after the other, into table in tx.
type rowCopier func(ctx context.Context, tx *sql.Tx, table string, columns []string, values []any) error
