package cli

import (
	"database/sql"
	"strings"
	"testing"

	_ "modernc.org/sqlite" // the checks read the book without tend's own code
)

// crashWrite is one write a crash test ran: the rows it adds, found as
// those whose column starts with a word only that write uses (its mark),
// and whether tend reported it done. A write reported done must be in the
// book after any later kill; one cut short may be there or not, but whole
// or not at all.
type crashWrite struct {
	table, column, mark string
	rows                int
	reported            bool
}

// crashInvariants are queries that count what would be half of a change:
// each must find nothing, whenever tend was killed. They read the
// summaries each write keeps beside the history (see data/history.go),
// the totals the triggers keep (003_board.sql) and the flags with their
// code (data/flag_code.go: seven bits a kind, holding severity + 1).
var crashInvariants = []struct{ what, query string }{
	{"customers whose summary differs from their history", `SELECT count(*) FROM customers c WHERE
		contact_count <> (SELECT count(*) FROM contacts WHERE customer_id = c.id)
		OR last_contact_at IS NOT (SELECT max(at) FROM contacts WHERE customer_id = c.id)
		OR first_contact_at IS NOT (SELECT min(at) FROM contacts WHERE customer_id = c.id)
		OR purchase_count <> (SELECT count(*) FROM purchases WHERE customer_id = c.id)
		OR last_purchase_at IS NOT (SELECT max(at) FROM purchases WHERE customer_id = c.id)
		OR total_spend_cents <> (SELECT coalesce(sum(amount_cents), 0) FROM purchases WHERE customer_id = c.id)`},
	{"customers not in the phase of their latest move", `SELECT count(*) FROM customers c WHERE
		phase IS NOT (SELECT to_phase FROM phase_changes WHERE customer_id = c.id ORDER BY id DESC LIMIT 1)`},
	// An edit sets the value to its number and adds the tag edit<number>.
	{"customers whose value is not that of their latest edit", `SELECT count(*) FROM customers c WHERE
		EXISTS (SELECT 1 FROM tags WHERE customer_id = c.id AND tag LIKE 'edit%')
		AND value_cents <> 100 * (SELECT max(CAST(substr(tag, 5) AS INTEGER)) FROM tags WHERE customer_id = c.id AND tag LIKE 'edit%')`},
	{"phases whose totals differ from a count of the customers", `SELECT
		(SELECT count(*) FROM (` + storedTotals + ` EXCEPT ` + countedTotals + `)) +
		(SELECT count(*) FROM (` + countedTotals + ` EXCEPT ` + storedTotals + `))`},
	{"customers whose flags differ from their flag code", `SELECT count(*) FROM customers c WHERE
		flag_code <> (SELECT coalesce(sum((severity + 1) << (7 * CASE kind WHEN 'stalled' THEN 0 WHEN 'at-risk' THEN 1 ELSE 2 END)), 0)
			FROM flags WHERE customer_id = c.id)`},
	{"customers whose urgency is not their worst flag's severity", `SELECT count(*) FROM customers c WHERE
		urgency <> coalesce((SELECT max(severity) FROM flags WHERE customer_id = c.id), 0)`},
	{"rows whose customer is missing", `SELECT count(*) FROM pragma_foreign_key_check`},
}

const (
	storedTotals  = `SELECT phase, customers, value_cents, flagged FROM phase_totals WHERE customers <> 0 OR value_cents <> 0 OR flagged <> 0`
	countedTotals = `SELECT phase, count(*), sum(value_cents), sum(urgency > 0) FROM customers WHERE archived_at IS NULL GROUP BY phase`
)

// openCrashBook opens the book as any SQLite program would, for the checks.
func openCrashBook(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	db.SetMaxOpenConns(1)
	return db
}

// checkCrashBook checks the book after a kill: SQLite finds it whole, every
// write reported done is in it, every other write is wholly in or wholly
// out, and nothing holds half a change. It returns how many rows each
// write has in the book.
func checkCrashBook(t *testing.T, path string, writes []crashWrite) []int {
	t.Helper()
	db := openCrashBook(t, path)
	defer db.Close()
	var integrity string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&integrity); err != nil || integrity != "ok" {
		t.Fatalf("integrity_check = %q, %v", integrity, err)
	}
	for _, inv := range crashInvariants {
		if n := countOf(t, db, inv.query); n != 0 {
			t.Errorf("%d %s", n, inv.what)
		}
	}
	marks := map[string]map[string]int{}
	found := make([]int, len(writes))
	for i, w := range writes {
		place := w.table + "." + w.column
		if marks[place] == nil {
			marks[place] = marksIn(t, db, w.table, w.column)
		}
		found[i] = marks[place][w.mark]
		switch {
		case w.reported && found[i] != w.rows:
			t.Errorf("a write reported done has %d of its %d rows in %s (mark %s)", found[i], w.rows, place, w.mark)
		case found[i] != 0 && found[i] != w.rows:
			t.Errorf("a write cut short has %d of its %d rows in %s (mark %s)", found[i], w.rows, place, w.mark)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
	return found
}

func countOf(t *testing.T, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", strings.Join(strings.Fields(query), " "), err)
	}
	return n
}

// marksIn counts the rows of a table by the first word of a column, in one
// pass, so that checking every write stays cheap as the book grows.
func marksIn(t *testing.T, db *sql.DB, table, column string) map[string]int {
	t.Helper()
	rows, err := db.Query(`SELECT substr(` + column + `, 1, instr(` + column + ` || ' ', ' ') - 1), count(*) FROM ` + table + ` GROUP BY 1`)
	if err != nil {
		t.Fatalf("read the marks of %s: %v", table, err)
	}
	defer rows.Close()
	marks := map[string]int{}
	for rows.Next() {
		var mark string
		var n int
		if err := rows.Scan(&mark, &n); err != nil {
			t.Fatalf("read the marks of %s: %v", table, err)
		}
		marks[mark] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("read the marks of %s: %v", table, err)
	}
	return marks
}
