package data

import (
	"context"
	"database/sql"
	"slices"
	"strings"
)

// customerMatches finds s in the customers' search text folded as SQLite's
// trigram tokenizer folds it, through pg_trgm's index of that text (see
// data/postgres/012_book.sql): s is folded alike, and holds no pattern.
// The fold of s is a subquery, so that the server folds it once, not once
// a row; OFFSET 0 keeps the matches a set of their own, read through the
// index first, where the planner, which cannot tell how many match,
// otherwise walked a large listing in its order asking each row.
func (postgresEngine) customerMatches(s string) (string, any) {
	return `SELECT id FROM customers WHERE search_fold LIKE (SELECT tend_fold(?)) ESCAPE '\' OFFSET 0`, "%" + escapeLike(s) + "%"
}

// entryMatches asks the full-text index of the table's words for the
// entries that have a word beginning with each of words, which the server
// splits and folds as SQLite's unicode61 does, once for the query, and
// reads first (see customerMatches): walking the entries by time asking
// each took two seconds for a word none of 100,000 held. The words hold no
// space.
func (postgresEngine) entryMatches(table string, words []string) (string, any) {
	return `SELECT id FROM ` + table + ` WHERE words @@ (SELECT tend_prefix_query(?)) OFFSET 0`, strings.Join(words, " ")
}

// matchesTable makes the table of a board's matches (see ReadBoard), with
// the customers' own types.
func (postgresEngine) matchesTable() string {
	return `CREATE TEMP TABLE board_matches (id BIGINT PRIMARY KEY, phase TEXT, value_cents BIGINT, urgency BIGINT)`
}

// serverSearchIndexes are the server's search indexes. What they index,
// the customers' folded search text and the entries' words, are generated
// columns, which the server keeps with every write: they are always the
// rows'. What can differ is an index the server marked invalid, as a
// build that failed leaves one, which searches then read past.
var serverSearchIndexes = []string{"customers_search", "contacts_words", "purchases_words"}

// checkSearchIndex finds the search indexes the server does not use.
func (postgresEngine) checkSearchIndex(ctx context.Context, b *Book) ([]error, error) {
	rows, err := b.reader.QueryContext(ctx, `SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
		WHERE c.relname = ANY (string_to_array(?, ' ')) AND c.relnamespace = current_schema()::regnamespace
			AND NOT (i.indisvalid AND i.indisready) ORDER BY c.relname`, strings.Join(serverSearchIndexes, " "))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var found []error
	for rows.Next() {
		var index string
		if err := rows.Scan(&index); err != nil {
			return found, err
		}
		found = append(found, searchIndexOutOfStep(index))
	}
	return found, rows.Err()
}

// rebuildSearchIndex builds an index of the search anew from its rows.
func (postgresEngine) rebuildSearchIndex(ctx context.Context, tx *sql.Tx, index string) (bool, error) {
	if !slices.Contains(serverSearchIndexes, index) {
		return false, nil
	}
	_, err := tx.ExecContext(ctx, `REINDEX INDEX `+index)
	return true, err
}

// generatedColumns: the search's folded text and words beside the rows.
func (postgresEngine) generatedColumns() string {
	return `SELECT column_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'ALWAYS'`
}
