package data

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tend/lifecycle"
)

func TestForgetErasesTheCustomerFromTheFile(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	const marker = "Zyxwvut-Geheimnis"
	gone := addCustomer(t, b, lifecycle.Customer{Name: marker + " GmbH", Email: "info@" + marker + ".de", Phase: "retention",
		Tags: []string{marker}, CreatedAt: daysBefore(100)})
	stays := addCustomer(t, b, lifecycle.Customer{Name: "Bleibt AG", Phase: "retention", CreatedAt: daysBefore(100)})
	for i := range 30 {
		contactAt(t, b, gone, daysBefore(90-i), lifecycle.Negative, i == 0, time.Time{})
		buyAt(t, b, gone, daysBefore(80-i), 1000)
	}
	backup := noteSnoozeAndBackUp(t, b, gone, marker)

	plan, err := b.PlanErasure(ctx, gone)
	if err != nil || plan.Contacts != 31 || plan.Purchases != 30 || plan.PhaseChanges != 1 {
		t.Fatalf("plan %+v, %v; want 31 contacts, 30 purchases, 1 phase change", plan, err)
	}
	e, err := b.Forget(ctx, gone)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Copies) != 1 || e.Copies[0].Path != backup || e.Copies[0].Unreadable != nil {
		t.Errorf("copies named %v, want the backup made before", e.Copies)
	}
	if _, err := b.Customer(ctx, gone); err == nil {
		t.Error("the customer is still in the book")
	}
	checkNoRowsOf(t, b, gone)
	if c, err := b.Customer(ctx, stays); err != nil || c.Name != "Bleibt AG" {
		t.Errorf("the other customer: %+v, %v", c, err)
	}
	assertErased(t, marker, b.Path())
}

// noteSnoozeAndBackUp logs a private note with the marker, snoozes the
// customer and backs the book up into its backups folder, whose copy it
// returns.
func noteSnoozeAndBackUp(t *testing.T, b *Book, gone int64, marker string) string {
	t.Helper()
	ctx := context.Background()
	b.LogContact(ctx, lifecycle.Contact{CustomerID: gone, At: daysBefore(1), Kind: lifecycle.Note, Direction: lifecycle.Out,
		Sentiment: lifecycle.Neutral, Summary: "private: " + marker})
	if _, err := b.Snooze(ctx, gone, testNow.AddDate(0, 0, 3)); err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(filepath.Dir(b.Path()), "backups"), 0o700)
	backup := filepath.Join(filepath.Dir(b.Path()), "backups", "book-2026-03-09.db")
	if err := b.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	return backup
}

// checkNoRowsOf fails for each row of the customer's history left behind.
func checkNoRowsOf(t *testing.T, b *Book, gone int64) {
	t.Helper()
	for _, table := range []string{"contacts", "purchases", "phase_changes", "tags", "triage", "flags"} {
		var n int
		b.reader.QueryRow(`SELECT count(*) FROM `+table+` WHERE customer_id = ?`, gone).Scan(&n)
		if n != 0 {
			t.Errorf("%d rows of %s left", n, table)
		}
	}
}

// assertErased fails when the book at path, or its log, holds the text in
// its bytes, in any case.
func assertErased(t *testing.T, text, path string) {
	t.Helper()
	if held, err := FilesHold(text, path, path+"-wal"); held || err != nil {
		t.Errorf("%s or its log still holds %q (%v)", filepath.Base(path), text, err)
	}
}
