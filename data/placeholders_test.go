package data

import (
	"strings"
	"testing"
)

func TestPlaceholdersAreNumberedOutsideQuotesAndComments(t *testing.T) {
	for query, want := range map[string]string{
		`SELECT 1`:                          `SELECT 1`,
		`SELECT ? , ?`:                      `SELECT $1 , $2`,
		`INSERT INTO t VALUES (?1, ?2, ?1)`: `INSERT INTO t VALUES ($1, $2, $1)`,
		`SELECT '?', "a?b", ? -- why?` + "\n" + `, ?`:             `SELECT '?', "a?b", $1 -- why?` + "\n" + `, $2`,
		`SELECT 'it''s ?', ? /* ? */ , ?`:                         `SELECT 'it''s ?', $1 /* ? */ , $2`,
		`SELECT ?2, ?`:                                            `SELECT $2, $3`,
		`SELECT 'open ?`:                                          `SELECT 'open ?`,
		`SELECT ? /* open ?`:                                      `SELECT $1 /* open ?`,
		`SELECT c FROM customers NOT INDEXED WHERE a = ?`:         `SELECT c FROM customers WHERE a = $1`,
		`FROM customers c INDEXED BY customers_on_board2 WHERE ?`: `FROM customers c WHERE $1`,
		`SELECT ' NOT INDEXED', "x INDEXED BY y" FROM t`:          `SELECT ' NOT INDEXED', "x INDEXED BY y" FROM t`,
	} {
		if got := numberedPlaceholders(query); got != want {
			t.Errorf("%q\n got %q\nwant %q", query, got, want)
		}
	}
}

// FuzzPlaceholders: the rewrite never fails, leaves a query without a ? or a hint
// as it is, and leaves no ? outside quotes and comments.
func FuzzPlaceholders(f *testing.F) {
	for _, seed := range []string{`SELECT ?`, `'?'`, `"?" ? -- ?`, "/* ? */ ?1 ?", `'it''s' ?`, `?99999999999999999999`} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, query string) {
		got := rewritePlaceholders(query)
		if !strings.Contains(query, "?") && !strings.Contains(query, "INDEXED") && got != query {
			t.Fatalf("%q changed to %q", query, got)
		}
		for i := 0; i < len(got); {
			if end := skipQuoted(got, i); end > i {
				i = end
				continue
			}
			if got[i] == '?' {
				t.Fatalf("%q left a ? at %d in %q", query, i, got)
			}
			i++
		}
	})
}
