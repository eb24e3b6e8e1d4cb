package data

import "strings"

// customerMatches asks FTS5's trigram index of the customers' search text
// for s as one string, so that none of its characters is read as a
// query's operator.
func (sqliteEngine) customerMatches(s string) (string, any) {
	return `SELECT rowid AS id FROM customers_fts WHERE customers_fts MATCH ?`, ftsPhrase(s)
}

// entryMatches asks FTS5's index of the table's words for the entries
// that have a word beginning with each of words, so that "angeb" finds
// "Angebot".
func (sqliteEngine) entryMatches(table string, words []string) (string, any) {
	terms := make([]string, len(words))
	for i, w := range words {
		terms[i] = ftsPhrase(w) + "*"
	}
	return `SELECT rowid AS id FROM ` + table + `_fts WHERE ` + table + `_fts MATCH ?`, strings.Join(terms, " AND ")
}

// ftsPhrase quotes s as one FTS5 string, so that none of its characters
// is read as a query's operator.
func ftsPhrase(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// matchesTable makes the table of a board's matches (see ReadBoard), whose
// id is the table's rowid.
func (sqliteEngine) matchesTable() string {
	return `CREATE TEMP TABLE board_matches (id INTEGER PRIMARY KEY, phase TEXT, value_cents INTEGER, urgency INTEGER)`
}

// generatedColumns: a file's search index is tables of its own.
func (sqliteEngine) generatedColumns() string {
	return `SELECT name FROM pragma_table_xinfo(?) WHERE hidden IN (2, 3)`
}
