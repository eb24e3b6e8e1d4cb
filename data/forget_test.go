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
		OtherEmails: []string{"privat@" + marker + ".de"}, OtherPhones: []string{"0171 " + marker},
		Tags: []string{marker}, CreatedAt: daysBefore(100), Details: lifecycle.Details{GivenName: marker + "-Vorname",
			FamilyName: marker + "-Nachname", Salutation: "Liebe " + marker, Street: marker + "weg 1", City: marker + "stadt"}})
	stays := addCustomer(t, b, lifecycle.Customer{Name: "Bleibt AG", Phase: "retention", CreatedAt: daysBefore(100)})
	for i := range 30 {
		contactAt(t, b, gone, daysBefore(90-i), lifecycle.Negative, i == 0, time.Time{})
		buyAt(t, b, gone, daysBefore(80-i), 1000)
	}
	noteAndSnooze(t, b, gone, marker)
	backup := ""
	if b.engine.onFile() {
		backup = backUpBeside(t, b)
	}

	plan, err := b.PlanErasure(ctx, gone)
	if err != nil || plan.Contacts != 31 || plan.Purchases != 30 || plan.PhaseChanges != 1 {
		t.Fatalf("plan %+v, %v; want 31 contacts, 30 purchases, 1 phase change", plan, err)
	}
	e, err := b.Forget(ctx, gone)
	if err != nil {
		t.Fatal(err)
	}
	checkErasureTold(t, b, e, backup)
	if _, err := b.Customer(ctx, gone); err == nil {
		t.Error("the customer is still in the book")
	}
	checkNoRowsOf(t, b, gone)
	if c, err := b.Customer(ctx, stays); err != nil || c.Name != "Bleibt AG" {
		t.Errorf("the other customer: %+v, %v", c, err)
	}
	assertBookErased(t, b, marker)
}

// checkErasureTold fails when an erasure does not name the backup made
// beside a file book, or does not tell a server book's erasure apart, or
// left tables of it unvacuumed though the book's owner erased.
func checkErasureTold(t *testing.T, b *Book, e Erasure, backup string) {
	t.Helper()
	if backup != "" && (len(e.Copies) != 1 || e.Copies[0].Path != backup || e.Copies[0].Unreadable != nil) {
		t.Errorf("copies named %v, want the backup made before", e.Copies)
	}
	if e.OnServer == b.engine.onFile() || len(e.Unvacuumed) > 0 {
		t.Errorf("on a server: %v, tables left unvacuumed %v; want the book's owner to vacuum them all", e.OnServer, e.Unvacuumed)
	}
}

// noteAndSnooze logs a private note with the marker and snoozes the
// customer.
func noteAndSnooze(t *testing.T, b *Book, gone int64, marker string) {
	t.Helper()
	ctx := context.Background()
	b.LogContact(ctx, lifecycle.Contact{CustomerID: gone, At: daysBefore(1), Kind: lifecycle.Note, Direction: lifecycle.Out,
		Sentiment: lifecycle.Neutral, Summary: "private: " + marker})
	if _, err := b.Snooze(ctx, gone, testNow.AddDate(0, 0, 3)); err != nil {
		t.Fatal(err)
	}
}

// backUpBeside backs the book up into its backups folder, whose copy it
// returns.
func backUpBeside(t *testing.T, b *Book) string {
	t.Helper()
	ctx := context.Background()
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

// assertBookErased fails when the book holds the text: a file in its
// bytes or its log's, a server book in any row of any of its tables (the
// server's own files are beyond tend's reach).
func assertBookErased(t *testing.T, b *Book, text string) {
	t.Helper()
	if b.engine.onFile() {
		assertErased(t, text, b.Path())
		return
	}
	tables, err := b.reader.Query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for tables.Next() {
		var name string
		tables.Scan(&name)
		names = append(names, name)
	}
	tables.Close()
	for _, name := range names {
		var n int
		if err := b.reader.QueryRow(`SELECT count(*) FROM `+quoteName(name)+` r WHERE r::text ILIKE ?`, "%"+text+"%").Scan(&n); err != nil || n > 0 {
			t.Errorf("%d rows of %s hold %q (%v)", n, name, text, err)
		}
	}
	if len(names) < 10 {
		t.Errorf("read %d tables of the book: %v", len(names), names)
	}
}
