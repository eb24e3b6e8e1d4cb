package data

import "strings"

// customerMatches finds s in the customers' search text folded as SQLite's
// trigram tokenizer folds it, through pg_trgm's index of that text (see
// data/postgres/012_book.sql): s is folded alike, and holds no pattern.
// The fold of s is a subquery, so that the server folds it once, not once
// a row.
func (postgresEngine) customerMatches(s string) (string, any) {
	return `SELECT id FROM customers WHERE search_fold LIKE (SELECT tend_fold(?)) ESCAPE '\'`, "%" + escapeLike(s) + "%"
}

// entryMatches asks the full-text index of the table's words for the
// entries that have a word beginning with each of words, which the server
// splits and folds as SQLite's unicode61 does, once for the query. The
// words hold no space.
func (postgresEngine) entryMatches(table string, words []string) (string, any) {
	return `SELECT id FROM ` + table + ` WHERE words @@ (SELECT tend_prefix_query(?))`, strings.Join(words, " ")
}

// matchesTable makes the table of a board's matches (see ReadBoard), with
// the customers' own types.
func (postgresEngine) matchesTable() string {
	return `CREATE TEMP TABLE board_matches (id BIGINT PRIMARY KEY, phase TEXT, value_cents BIGINT, urgency BIGINT)`
}
