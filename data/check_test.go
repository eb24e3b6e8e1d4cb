package data

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"tend/lifecycle"
)

func TestCheckFindsWhatTheBookKeepsTwiceOutOfStep(t *testing.T) {
	ctx := context.Background()
	// Forty customers hold every kind of row a statement below puts out of
	// step; each Check reads the whole book, seven times here.
	b, _ := makeDemo(t, DemoOptions{Customers: 40, Seed: 1})
	if problems, err := b.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("a sound book: Check = %q, %v", problems, err)
	}
	// Each statement puts one kept figure out of step, as a write outside
	// tend might.
	breaks := map[string]string{
		"differ from the history":   `UPDATE customers SET contact_count = contact_count + 1 WHERE id = 1`,
		"the board's totals say":    `UPDATE phase_totals SET customers = customers + 5 WHERE phase = (SELECT min(phase) FROM phase_totals)`,
		"differ from the flag code": `UPDATE customers SET flag_code = flag_code + 1 WHERE id = 2`,
		"the activity's sums":       `UPDATE activity_hours SET contacts = contacts + 1 WHERE hour_start = (SELECT min(hour_start) FROM activity_hours)`,
		"refers to a missing":       `PRAGMA foreign_keys = OFF; INSERT INTO tags (customer_id, tag) VALUES (999999, 'ghost')`,
		"the state of a follow-up does not fit": `UPDATE contacts SET follow_up_state = 'open'
			WHERE id = (SELECT min(id) FROM contacts WHERE follow_up_state = 'answered')`,
		"latest change of phase is not": `INSERT INTO phase_changes (customer_id, at, from_phase, to_phase)
			SELECT id, phase_since + 86400, phase, 'lost' FROM customers WHERE phase <> 'lost' LIMIT 1`,
	}
	if !b.engine.onFile() {
		// A superuser's session may turn the references' triggers off.
		breaks["refers to a missing"] = `SET session_replication_role = replica;
			INSERT INTO tags (customer_id, tag) VALUES (999999, 'ghost'); SET session_replication_role = DEFAULT`
	}
	for want, stmt := range breaks {
		if _, err := b.writer.Exec(stmt); err != nil {
			t.Fatal(err)
		}
		problems, err := b.Check(ctx)
		if err != nil || !strings.Contains(errors.Join(problems...).Error(), want) {
			t.Errorf("after %s: Check = %q, %v; want %q", stmt, problems, err, want)
		}
	}
}

func TestCheckFindsASearchIndexOutOfStep(t *testing.T) {
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Jörg Müller"})
	ctx := context.Background()
	if found, err := b.Check(ctx); err != nil || len(found) != 0 {
		t.Fatalf("a sound book: %v, %v", found, err)
	}
	for _, q := range []string{`DROP TRIGGER customers_fts_update`, `UPDATE customers SET search = 'someone else'`} {
		if _, err := b.writer.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	found, err := b.Check(ctx)
	var coded lifecycle.Coded
	if err != nil || len(found) != 1 || !errors.As(found[0], &coded) || coded.Code() != CodeCheckSearchIndex || coded.Values()["Index"] != "customers_fts" {
		t.Errorf("check of an index out of step = %v, %v", found, err)
	}
}

// On a server, Check finds the schema's objects tend needs missing,
// disabled or invalid.
func TestCheckFindsTheServersSchemaIncomplete(t *testing.T) {
	onServerOnly(t)
	ctx := context.Background()
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Jörg Müller", Phase: "retention"})
	if found, err := b.Check(ctx); err != nil || len(found) != 0 {
		t.Fatalf("a sound book: %v, %v", found, err)
	}
	for _, q := range []string{`DROP INDEX customers_on_board`, `ALTER TABLE contacts DISABLE TRIGGER contacts_hours`,
		`DROP TABLE move_reasons CASCADE`} {
		if _, err := b.writer.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	found, err := b.Check(ctx)
	if err != nil {
		t.Fatalf("check of an incomplete schema = %v, %v; want the findings alone", found, err)
	}
	var names []string
	for _, f := range found {
		if coded := codedAs(t, f, CodeCheckSchema); coded != nil {
			names = append(names, coded.Values()["Kind"].(string)+" "+coded.Values()["Name"].(string))
		}
	}
	want := []string{"index customers_on_board", "table move_reasons", "trigger contacts_hours"}
	if !slices.Equal(names, want) {
		t.Errorf("findings %v, want %v", names, want)
	}
}
