package data

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// schemaOf lists the book's tables, indexes and triggers as sqlite_master
// keeps them, without where their pages are; on a server, its indexes and
// triggers as the server's catalog defines them.
func schemaOf(t *testing.T, b *Book) []string {
	t.Helper()
	if !b.engine.onFile() {
		return queryStrings(t, b, `SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
			UNION ALL SELECT 'trigger ' || tgname || ': ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal`)
	}
	return queryStrings(t, b, `SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || coalesce(sql, '') FROM sqlite_master`)
}

// contentOf lists what the tables a customers import fills hold.
func contentOf(t *testing.T, b *Book) []string {
	t.Helper()
	var all []string
	for _, q := range []string{
		`SELECT id || ' ' || name || ' ' || email || ' ' || phase || ' ' || value_cents || ' ' ||
			coalesce(CAST(archived_at AS TEXT), '-') FROM customers`,
		`SELECT customer_id || ' ' || tag FROM tags`,
		`SELECT customer_id || ' ' || at || ' ' || coalesce(from_phase, '-') || ' ' || to_phase FROM phase_changes`,
		`SELECT phase || ' ' || customers || ' ' || value_cents FROM phase_totals WHERE customers > 0`,
	} {
		all = append(all, queryStrings(t, b, q)...)
	}
	return all
}

func queryStrings(t *testing.T, b *Book, query string) []string {
	t.Helper()
	return queryStringsIn(t, b.writer, query)
}

// queryStringsIn lists, sorted, the texts a query reads through q.
func queryStringsIn(t *testing.T, q querier, query string) []string {
	t.Helper()
	rows, err := q.QueryContext(context.Background(), query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// checkTotals fails the test when phase_totals differ from a fresh count
// of the customers.
func checkTotals(t *testing.T, b *Book) {
	t.Helper()
	kept := queryStrings(t, b, `SELECT phase || ' ' || customers || ' ' || value_cents FROM phase_totals WHERE customers > 0`)
	counted := queryStrings(t, b, `SELECT phase || ' ' || count(*) || ' ' || sum(value_cents) FROM customers
		WHERE archived_at IS NULL GROUP BY phase`)
	if !slices.Equal(kept, counted) {
		t.Errorf("phase_totals = %q, counting the customers gives %q", kept, counted)
	}
}

func checkSame(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s changed:\n got %q\nwant %q", what, got, want)
	}
}

func exec(t *testing.T, b *Book, statements ...string) {
	t.Helper()
	for _, s := range statements {
		if _, err := b.writer.ExecContext(context.Background(), s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func TestBulkLoadSetsAsideAndRebuildsTheSchema(t *testing.T) {
	b := openTestBook(t)
	before := schemaOf(t, b)
	ctx := context.Background()
	tx, err := b.writer.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	l, err := startBulkLoad(ctx, tx, customerTables...)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	rows, err := tx.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
		AND tbl_name IN ('customers', 'tags', 'phase_changes')`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		rows.Scan(&name)
		left = append(left, name)
	}
	rows.Close()
	if len(left) > 0 || len(l.dropped) == 0 || !slices.Equal(l.stale, []string{"phase_totals", "customers_fts", "flagged_weeks", "flagged_weeks_drops"}) {
		t.Fatalf("after setting aside: left %q, dropped %d, stale %q", left, len(l.dropped), l.stale)
	}
	if err := l.finish(ctx); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	checkSame(t, "schema", schemaOf(t, b), before)
	// The search index's automatic merging, held off for the rebuild, is
	// back at FTS5's own setting.
	checkSame(t, "search index settings", queryStrings(t, b, `SELECT k || ' ' || v FROM customers_fts_config WHERE k = 'automerge'`), []string{"automerge 4"})
}

// bulkFile is a customers file of n rows named after prefix, in the four
// phases, every fifth archived, with tags.
func bulkFile(prefix string, n int) string {
	var f strings.Builder
	f.WriteString("Name,Email,Phase,Value,Tags,Archived\n")
	phases := []string{"awareness", "conversion", "retention", "loyalty"}
	for i := range n {
		archived := ""
		if i%5 == 4 {
			archived = "2024-05-01"
		}
		fmt.Fprintf(&f, "%s %d,%s%d@example.org,%s,%d,b2b; t%d,%s\n", prefix, i, prefix, i, phases[i%4], 100+i, i%3, archived)
	}
	return f.String()
}

func TestBulkImportLeavesSchemaAndTotalsRight(t *testing.T) {
	b := openTestBook(t)
	mustImportText(t, b, Customers, bulkFile("Bulk", 4), ImportOptions{})
	before := schemaOf(t, b)
	// Two rows update customers of the book (one moves, one is archived),
	// eight are new: more than the book holds, so the import goes in bulk.
	file := bulkFile("Bulk", 10) + "Bulk 1,Bulk1@example.org,loyalty,999,,\nBulk 2,Bulk2@example.org,,,,2024-06-01\n"
	r := mustImportText(t, b, Customers, strings.Replace(file, "Bulk 0,", "Bulk 0 again,", 1), ImportOptions{OnDuplicate: DuplicateUpdate})
	if r.New != 6 || r.Updated != 6 {
		t.Fatalf("report %+v, want 6 new and 6 updated", r)
	}
	checkSame(t, "schema", schemaOf(t, b), before)
	checkTotals(t, b)
	if b.engine.onFile() { // a server checks every reference as it is written
		if broken := queryStrings(t, b, `SELECT "table" || ' ' || rowid FROM pragma_foreign_key_check`); len(broken) > 0 {
			t.Errorf("rows with references to nothing: %q", broken)
		}
	}
	if n := len(queryStrings(t, b, `SELECT name FROM customers WHERE phase = 'loyalty' AND archived_at IS NULL`)); n != 3 {
		t.Errorf("%d active customers in loyalty, want 3", n)
	}
}

func TestBulkImportWithABadRowChangesNothing(t *testing.T) {
	b := openTestBook(t)
	mustImportText(t, b, Customers, bulkFile("Old", 3), ImportOptions{})
	schema, content := schemaOf(t, b), contentOf(t, b)
	_, err := importText(t, b, Customers, strings.Replace(bulkFile("New", 20), ",retention,", ",nowhere,", 1), ImportOptions{})
	var bad *ImportError
	if !errors.As(err, &bad) || len(bad.Rows) != 1 {
		t.Fatalf("err = %v, want one bad row", err)
	}
	checkSame(t, "schema", schemaOf(t, b), schema)
	checkSame(t, "book", contentOf(t, b), content)
}

// jsonNames gives the book an index that only names written as JSON can be
// stored under, so that a name in words fails the index: in a bulk import
// when it is rebuilt, after the rows went in, else when the row goes in.
func jsonNames(t *testing.T, b *Book, n int) {
	t.Helper()
	var f strings.Builder
	f.WriteString("Name,Email\n")
	for i := range n {
		fmt.Fprintf(&f, "%d,n%d@example.org\n", i, i)
	}
	mustImportText(t, b, Customers, f.String(), ImportOptions{})
	if !b.engine.onFile() {
		exec(t, b, `CREATE INDEX test_json_names ON customers ((name::jsonb))`)
		return
	}
	exec(t, b, `CREATE INDEX test_json_names ON customers (json_extract(name, '$'))`)
}

func TestFailedRebuildChangesNothing(t *testing.T) {
	b := openTestBook(t)
	jsonNames(t, b, 3)
	schema, content := schemaOf(t, b), contentOf(t, b)
	_, err := importText(t, b, Customers, bulkFile("Bulk", 5), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "rebuild the index test_json_names") {
		t.Fatalf("err = %v, want the rebuild of test_json_names to fail", err)
	}
	checkSame(t, "schema", schemaOf(t, b), schema)
	checkSame(t, "book", contentOf(t, b), content)
}

func TestSmallImportKeepsTheIndexes(t *testing.T) {
	b := openTestBook(t)
	jsonNames(t, b, 6)
	_, err := importText(t, b, Customers, bulkFile("Bulk", 5), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "store the customers") {
		t.Fatalf("err = %v, want storing the rows to fail, with the index in place", err)
	}
}

func TestBulkImportKeepsTriggersItCannotRedo(t *testing.T) {
	b := openTestBook(t)
	exec(t, b, `CREATE TABLE test_audit (customer_id INTEGER)`,
		`CREATE TRIGGER test_audit_insert AFTER INSERT ON customers BEGIN INSERT INTO test_audit VALUES (NEW.id); END`,
		`CREATE TRIGGER test_refuse BEFORE INSERT ON customers WHEN NEW.name = 'Refused'
			BEGIN SELECT RAISE(ABORT, 'refused by test_refuse'); END`)
	schema := schemaOf(t, b)
	mustImportText(t, b, Customers, bulkFile("Bulk", 7), ImportOptions{})
	if n := len(queryStrings(t, b, `SELECT customer_id FROM test_audit`)); n != 7 {
		t.Errorf("test_audit holds %d rows, want one for each of 7 customers", n)
	}
	_, err := importText(t, b, Customers, "Name\nRefused\nA\nB\nC\nD\nE\nF\nG\nH\n", ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "refused by test_refuse") {
		t.Errorf("err = %v, want test_refuse to refuse the row", err)
	}
	checkSame(t, "schema", schemaOf(t, b), schema)
	checkTotals(t, b)
}

// A bulk import leaves the book exactly as importing the same rows a few
// at a time, with the indexes and triggers in place, does: the recount of
// phase_totals stands in for what the triggers would have done.
func TestBulkImportEqualsImportingRowByRow(t *testing.T) {
	file := bulkFile("Row", 40) + "Old 1,Old1@example.org,lost,5,,\nOld 2,Old2@example.org,,,,2024-06-01\n"
	header, rows, _ := strings.Cut(file, "\n")
	lines := strings.SplitAfter(rows, "\n")
	opt := ImportOptions{OnDuplicate: DuplicateUpdate}
	books := [2]*Book{openTestBook(t), openTestBook(t)}
	for _, b := range books {
		mustImportText(t, b, Customers, bulkFile("Old", 10), ImportOptions{})
	}
	mustImportText(t, books[0], Customers, file, opt)
	for start := 0; start < len(lines); start += 4 {
		mustImportText(t, books[1], Customers, header+"\n"+strings.Join(lines[start:min(start+4, len(lines))], ""), opt)
	}
	checkSame(t, "book imported in bulk", contentOf(t, books[0]), contentOf(t, books[1]))
	checkTotals(t, books[0])
}
