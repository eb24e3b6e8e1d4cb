package data

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"testing"

	"tend/lifecycle"
)

// demoBookAtV10 writes a demo book and takes it back to version 10, as a
// tend before the search index, the activity's sums, the kept reasons,
// the filter's indexes and the entries' authors left it.
func demoBookAtV10(t *testing.T, customers int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	b := openBookAt(t, path)
	if err := b.FillDemo(context.Background(), DemoOptions{Customers: customers, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	b.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stmts := []string{`DROP INDEX contacts_open_follow_ups`, `ALTER TABLE contacts DROP COLUMN follow_up_state`,
		`ALTER TABLE contacts DROP COLUMN follow_up_moved_to`, `ALTER TABLE contacts DROP COLUMN follow_up_closed_at`,
		`ALTER TABLE contacts DROP COLUMN follow_up_closed_by`, `ALTER TABLE contacts DROP COLUMN who`, `ALTER TABLE purchases DROP COLUMN who`, `ALTER TABLE phase_changes DROP COLUMN who`,
		`DROP TABLE customers_fts`, `DROP TABLE contacts_fts`, `DROP TABLE purchases_fts`,
		`DROP TABLE activity_hours`, `DROP INDEX contacts_by_time`, `DROP INDEX purchases_by_time`,
		`DROP INDEX customers_board_sums`, `DROP INDEX customers_search_text`,
		`DROP TABLE flag_ranks`, `DROP TABLE flag_reasons`, `DROP TABLE flagged_weeks`, `DROP TABLE flagged_weeks_drops`, `DROP TABLE applied_writes`,
		`DROP TABLE templates`, `DROP TABLE merges`, `DROP INDEX customers_flagged`,
		`DROP INDEX customers_follow_ups_due`}
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%fts%' OR name LIKE '%hours%'
		OR name LIKE 'flag_reasons%' OR name LIKE 'flagged_weeks%')`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		rows.Scan(&name)
		stmts = append(stmts, `DROP TRIGGER `+name)
	}
	rows.Close()
	for _, d := range (&lifecycle.Details{}).Fields() {
		stmts = append(stmts, `ALTER TABLE customers DROP COLUMN `+d.Key)
	}
	stmts = append(stmts, `ALTER TABLE customers DROP COLUMN other_emails`, `ALTER TABLE customers DROP COLUMN other_phones`)
	for _, s := range append(stmts, `PRAGMA user_version = 10`) {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	return path
}

// indexWords lists every word of a search index where it stands: each
// token, row, column and offset, as FTS5 holds them.
func indexWords(t *testing.T, db *sql.DB, index string) [][4]any {
	t.Helper()
	if _, err := db.Exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.` + index + `_words USING fts5vocab(main, ` + index + `, instance)`); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT term, doc, col, offset FROM temp.` + index + `_words ORDER BY 1, 2, 3, 4`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var words [][4]any
	for rows.Next() {
		var term string
		var doc, offset int64
		var col string
		if err := rows.Scan(&term, &doc, &col, &offset); err != nil {
			t.Fatal(err)
		}
		words = append(words, [4]any{term, doc, col, offset})
	}
	return words
}

func TestUpgradeFillsTheSearchIndexInRangesAsARebuildWould(t *testing.T) {
	path := demoBookAtV10(t, 40)
	defer func(n int) { searchFillRange = n }(searchFillRange)
	searchFillRange = 7
	var reports [][2]int
	b, err := OpenShowing(context.Background(), path, false, func(what string, done, total int) {
		if what == UpgradingSearchIndex {
			reports = append(reports, [2]int{done, total})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if len(reports) < 3 {
		t.Fatalf("the upgrade told its progress %d times; want one a range", len(reports))
	}
	for i, r := range reports {
		if i > 0 && r[0] <= reports[i-1][0] {
			t.Errorf("progress went from %v to %v", reports[i-1], r)
		}
	}
	if last := reports[len(reports)-1]; last[0] != last[1] || last[1] == 0 {
		t.Errorf("progress ended at %v; want all rows done", last)
	}
	for _, s := range searchSources {
		filled := indexWords(t, b.writer, s.index)
		if _, err := b.writer.Exec(`INSERT INTO ` + s.index + ` (` + s.index + `) VALUES ('rebuild')`); err != nil {
			t.Fatal(err)
		}
		if rebuilt := indexWords(t, b.writer, s.index); len(filled) == 0 || !reflect.DeepEqual(filled, rebuilt) {
			t.Errorf("%s filled in ranges holds %d words, a rebuild %d, or they differ", s.index, len(filled), len(rebuilt))
		}
	}
	assertIndexInStep(t, b)
}

func TestUpgradeStoppedWhileFillingTheIndexLeavesTheOldBook(t *testing.T) {
	path := demoBookAtV10(t, 20)
	defer func(n int) { searchFillRange = n }(searchFillRange)
	searchFillRange = 5
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	_, err := OpenShowing(ctx, path, false, func(what string, done, total int) {
		if what == UpgradingSearchIndex && done > 0 {
			stop() // as a user's ctrl+c halfway through the index
		}
	})
	if err == nil {
		t.Fatal("the upgrade went on after it was stopped")
	}
	db, _ := sql.Open("sqlite", path)
	defer db.Close()
	var version, indexes int
	db.QueryRow(`PRAGMA user_version`).Scan(&version)
	db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name LIKE '%_fts'`).Scan(&indexes)
	if version != 10 || indexes != 0 {
		t.Errorf("after a stopped upgrade: version %d, %d search indexes; want 10 and none", version, indexes)
	}
}
