package data

import (
	"context"
	"errors"
	"slices"
	"testing"

	"tend/lifecycle"
)

// codesOf lists the codes of findings.
func codesOf(findings []error) []string {
	var codes []string
	for _, f := range findings {
		var p lifecycle.Coded
		if errors.As(f, &p) {
			codes = append(codes, p.Code())
		}
	}
	return codes
}

func TestRepairRebuildsTheSearchIndexAndTheActivityFromTheRows(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	if err := b.FillDemo(ctx, DemoOptions{Customers: 30, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	for _, corrupt := range []string{
		// A customer taken out of the index while the row stays.
		`INSERT INTO customers_fts (customers_fts, rowid, search) SELECT 'delete', id, search FROM customers LIMIT 1`,
		// A stray row in the index that no purchase holds.
		`INSERT INTO purchases_fts (rowid, note) VALUES (987654, 'a purchase that never was')`,
		`UPDATE activity_hours SET contacts = contacts + 5 WHERE hour_start = (SELECT min(hour_start) FROM activity_hours)`,
	} {
		if _, err := b.writer.Exec(corrupt); err != nil {
			t.Fatalf("%s: %v", corrupt, err)
		}
	}
	found, err := b.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 3 {
		t.Fatalf("check found %v; want the two indexes and the activity", codesOf(found))
	}
	rebuilt, err := b.Repair(ctx, found)
	if err != nil {
		t.Fatal(err)
	}
	want := []Rebuilt{{What: RebuiltActivity}, {RebuiltSearchIndex, "customers_fts"}, {RebuiltSearchIndex, "purchases_fts"}}
	if !slices.Equal(rebuilt, want) {
		t.Errorf("repair rebuilt %v; want %v", rebuilt, want)
	}
	// Checked from new connections, as tend check does: SQLite's
	// integrity check reads FTS5's structure as the readers last read it.
	fresh, err := OpenReadOnly(ctx, b.path)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if found, err := fresh.Check(ctx); err != nil || len(found) != 0 {
		t.Errorf("after the repair check finds %v, %v; want nothing", found, err)
	}
}

func TestRepairLeavesWhatTheRowsCannotRebuild(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "awareness"})
	if _, err := b.writer.Exec(`UPDATE customers SET flag_code = flag_code + 1`); err != nil {
		t.Fatal(err)
	}
	found, err := b.Check(ctx)
	if err != nil || len(found) != 1 || Repairable(found[0]) {
		t.Fatalf("check found %v, %v; want one finding of the flags, which no rebuild mends", codesOf(found), err)
	}
	if rebuilt, err := b.Repair(ctx, found); err != nil || len(rebuilt) != 0 {
		t.Errorf("repair of the flags: rebuilt %v, %v; want nothing", rebuilt, err)
	}
	if again, _ := b.Check(ctx); len(again) != 1 {
		t.Errorf("after the repair check finds %v; want the flags' finding left as it was", codesOf(again))
	}
}

func TestRepairRefusesADamagedFile(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	damaged := lifecycle.Problemf(CodeCheckDamaged, lifecycle.Values{"Detail": "page 3"}, "the file is damaged: page 3")
	index := lifecycle.Problemf(CodeCheckSearchIndex, lifecycle.Values{"Index": "customers_fts"}, "the search index differs")
	rebuilt, err := b.Repair(ctx, []error{index, damaged})
	var p lifecycle.Coded
	if !errors.As(err, &p) || p.Code() != CodeRepairDamaged || len(rebuilt) != 0 {
		t.Errorf("repair of a damaged file: rebuilt %v, %v; want it refused", rebuilt, err)
	}
}
