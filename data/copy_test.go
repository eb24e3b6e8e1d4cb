package data

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tend/data/pgtest"
	"tend/lifecycle"
)

// bookTables lists the tables of a book as its engine's schema has them:
// a file's tables and search indexes (not the indexes' own shadow tables),
// or a server database's tables.
func bookTables(t *testing.T, b *Book) []string {
	t.Helper()
	query := `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`
	if b.engine.onFile() {
		query = `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')
			AND name NOT LIKE 'sqlite_%' ORDER BY 1`
	}
	rows, err := b.reader.QueryContext(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

func TestCopyCarriesOrRebuildsEveryTable(t *testing.T) {
	b := openTestBook(t)
	copied := map[string]bool{}
	for _, table := range copiedTables {
		copied[table.name] = true
	}
	tables := bookTables(t, b)
	if len(tables) < len(copiedTables) {
		t.Fatalf("found only the tables %v", tables)
	}
	for _, name := range tables {
		if !copied[name] && rebuiltTables[name] == "" {
			t.Errorf("the book has a table %s that a copy neither carries nor rebuilds", name)
		}
	}
}

// copySource makes a file book with a row in every table a copy carries:
// a demo with its fitted models and flags, an edit in the audit trail,
// a snoozed customer, a setting, a merge.
func copySource(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "source.db")
	if _, err := makeDemoFile(path, DemoOptions{Customers: 150, Seed: 16}); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	b.Now = func() time.Time { return testNow }
	if _, err := b.EditCustomer(ctx, 2, func(c *lifecycle.Customer) error { c.Company = "Renamed Ltd"; return nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Snooze(ctx, 4, testNow.AddDate(0, 0, 7)); err != nil {
		t.Fatal(err)
	}
	if err := b.SetSetting(ctx, "currency", "EUR"); err != nil {
		t.Fatal(err)
	}
	var keep, other int64
	b.reader.QueryRow(`SELECT min(id), max(id) FROM customers WHERE archived_at IS NULL AND id > 4`).Scan(&keep, &other)
	if _, err := b.Merge(ctx, keep, other); err != nil {
		t.Fatal(err)
	}
	for _, table := range copiedTables {
		var n int
		b.reader.QueryRow(`SELECT count(*) FROM ` + table.name).Scan(&n)
		if n == 0 {
			t.Fatalf("the source holds no row of %s", table.name)
		}
	}
	return path
}

// copyBetween copies the book at from into the book at to, opened (and
// made) for the copy.
func copyBetween(t *testing.T, from, to string, progress CopyProgress) (CopyReport, error) {
	t.Helper()
	return copyWithin(context.Background(), t, from, to, progress)
}

// copyWithin copies as copyBetween does, for as long as ctx lasts.
func copyWithin(ctx context.Context, t *testing.T, from, to string, progress CopyProgress) (CopyReport, error) {
	t.Helper()
	src, err := OpenExisting(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := Open(ctx, to)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	return src.CopyTo(ctx, dst, progress)
}

// bookDump writes every row of every table a copy carries, each value
// with its type, and every export, as one text.
func bookDump(t *testing.T, location string) string {
	t.Helper()
	ctx := context.Background()
	b, err := OpenReadOnly(ctx, location)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	tx, err := b.reader.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	c := &bookCopy{from: tx, engine: b.engine}
	var out strings.Builder
	for _, table := range copiedTables {
		// The columns an engine computes (a server's search text) differ.
		columns, err := c.carriedColumns(ctx, table.name)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := tx.QueryContext(ctx, `SELECT `+strings.Join(columns, ", ")+` FROM `+table.name+table.filter()+` ORDER BY `+table.order)
		if err != nil {
			t.Fatal(err)
		}
		src := newSourceRows(rows, len(columns), func() {})
		for src.Next() {
			fmt.Fprintf(&out, "%s:", table.name)
			for _, v := range src.values {
				fmt.Fprintf(&out, " %T=%v", v, v)
			}
			out.WriteByte('\n')
		}
		rows.Close()
	}
	for _, what := range []Entity{Customers, Contacts, Purchases, AuditTrail} {
		var buf bytes.Buffer
		if _, err := b.Export(ctx, what, CSV, &buf); err != nil {
			t.Fatal(err)
		}
		out.Write(buf.Bytes())
	}
	// The sums the target's triggers keep, as the board and the insights
	// read them.
	totals, err := b.PhaseTotals(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&out, "%+v\n", totals)
	var hours, contacts, purchases, revenue int64
	err = b.reader.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(contacts), 0), coalesce(sum(purchases), 0), coalesce(sum(revenue_cents), 0) FROM activity_hours
		WHERE contacts <> 0 OR purchases <> 0 OR revenue_cents <> 0`).Scan(&hours, &contacts, &purchases, &revenue)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&out, "hours %d: %d contacts, %d purchases, %d cents\n", hours, contacts, purchases, revenue)
	return out.String()
}

func TestCopyFileToServerToFileKeepsEveryRow(t *testing.T) {
	onServerOnly(t)
	source := copySource(t)
	server := pgtest.Database(t)
	var told int64
	report, err := copyBetween(t, source, server, func(done, total int64) { told = done })
	if err != nil {
		t.Fatalf("copy to the server: %v", err)
	}
	if report.Customers != 149 || report.Rows != told || told == 0 { // 150, one merged into another
		t.Errorf("report %+v, told %d", report, told)
	}
	back := filepath.Join(t.TempDir(), "back.db")
	if _, err := copyBetween(t, server, back, nil); err != nil {
		t.Fatalf("copy back to a file: %v", err)
	}
	fresh := pgtest.Database(t)
	if _, _, err := InitServerBook(context.Background(), fresh); err != nil {
		t.Fatal(err)
	}
	if got, want := serverSchema(t, server), serverSchema(t, fresh); got != want {
		t.Errorf("the copy left the server book's schema unlike a new book's:\n%s", firstDifference(got, want))
	}
	want := bookDump(t, source)
	if got := bookDump(t, server); got != want {
		t.Errorf("the server book differs from the file:\n%s", firstDifference(got, want))
	}
	if got := bookDump(t, back); got != want {
		t.Errorf("the file copied back differs:\n%s", firstDifference(got, want))
	}
}

// firstDifference shows the first line where two texts part.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

func TestCopyRefusesATargetThatHoldsABook(t *testing.T) {
	source := copySource(t)
	target := openTestBook(t)
	addCustomer(t, target, lifecycle.Customer{Name: "Ada Lovelace", Phase: "awareness"})
	location := target.Path()
	before := bookDump(t, location)
	_, err := copyBetween(t, source, location, nil)
	if c, ok := errors.AsType[lifecycle.Coded](err); !ok || c.Code() != CodeCopyNotEmpty || c.Values()["Count"] != 1 {
		t.Fatalf("copy into a book with a customer: %v, want code %s", err, CodeCopyNotEmpty)
	}
	if after := bookDump(t, location); after != before {
		t.Errorf("the refused target changed:\n%s", firstDifference(after, before))
	}
}

func TestCopyCutShortLeavesTheTargetEmpty(t *testing.T) {
	source := copySource(t)
	location := bookLocation(t, filepath.Join(t.TempDir(), "target.db"))
	openBookAt(t, location).Close()
	before := bookDump(t, location)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The copy stops once it has written some rows of the history.
	_, err := copyWithin(ctx, t, source, location, func(done, total int64) {
		if done > 0 && done < total {
			cancel()
		}
	})
	if !hasCode(err, CodeCopyFailed) {
		t.Fatalf("a copy cut short: %v, want code %s", err, CodeCopyFailed)
	}
	if after := bookDump(t, location); after != before {
		t.Errorf("a copy cut short left rows behind:\n%s", firstDifference(after, before))
	}
}

func TestCopyRefusesTheBookItself(t *testing.T) {
	source := copySource(t)
	_, err := copyBetween(t, source, source, nil)
	if !hasCode(err, CodeCopyItself) {
		t.Fatalf("copy a book onto itself: %v, want code %s", err, CodeCopyItself)
	}
}
