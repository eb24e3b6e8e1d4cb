package data

import (
	"context"
	"database/sql"
	"errors"
	"slices"

	"tend/lifecycle"
)

// searchIndexes are the search index's tables, each kept from one table.
var searchIndexes = []string{"customers_fts", "contacts_fts", "purchases_fts"}

// checkSearchIndex compares each search index with the rows it is kept
// from, by FTS5's own integrity check; an index out of step is a finding.
// SQLite runs that check only as a write, so it runs in a transaction of
// its own that is rolled back and changes nothing; a book this user may
// not write is not checked for it.
func (sqliteEngine) checkSearchIndex(ctx context.Context, b *Book) ([]error, error) {
	if !writable(b.path) {
		return nil, nil
	}
	db, err := sql.Open("sqlite", dsn(b.path, false))
	if err != nil {
		return nil, err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var found []error
	for _, index := range searchIndexes {
		_, err := tx.ExecContext(ctx, `INSERT INTO `+index+` (`+index+`, rank) VALUES ('integrity-check', 1)`)
		switch {
		case errors.Is(describe(err), ErrDamaged):
			found = append(found, searchIndexOutOfStep(index))
		case err != nil:
			return found, err
		}
	}
	return found, nil
}

// searchIndexOutOfStep is the finding that a search index differs from
// the book.
func searchIndexOutOfStep(index string) error {
	return lifecycle.Problemf(CodeCheckSearchIndex, lifecycle.Values{"Index": index},
		"the search index %s differs from the book, so searches may miss or wrongly find", index)
}

// rebuildSearchIndex rebuilds an FTS5 index from its rows.
func (sqliteEngine) rebuildSearchIndex(ctx context.Context, tx *sql.Tx, index string) (bool, error) {
	if !slices.Contains(searchIndexes, index) {
		return false, nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO `+index+` (`+index+`) VALUES ('rebuild')`)
	return true, err
}
