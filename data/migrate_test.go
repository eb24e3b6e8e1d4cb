package data

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"tend/lifecycle"
)

// makeV1Book writes a book as the first version of tend laid it out, with
// one customer in it.
func makeV1Book(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stmts := []string{
		migrations()[0],
		fmt.Sprintf("PRAGMA application_id = %d", applicationID),
		`INSERT INTO phases (key, label, grp, position) VALUES ('lead', 'Lead', 'buying', 0), ('client', 'Client', 'owning', 1)`,
		`INSERT INTO customers (id, name, name_fold, phase, phase_since, created_at, updated_at, contact_count)
			VALUES (7, 'Ada', 'ada', 'client', 1, 1, 1, 3)`,
		`INSERT INTO contacts (customer_id, at, kind, direction, summary, sentiment, moment, follow_up_at, created_at) VALUES
			(7, 100, 'call', 'out', 'fine', 'positive', 0, NULL, 100),
			(7, 200, 'call', 'out', 'angry', 'negative', 1, 900, 200),
			(7, 200, 'email', 'in', 'still angry', 'negative', 0, 800, 200)`,
		`PRAGMA user_version = 1`,
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("v1 book: %v", err)
		}
	}
}

func TestOpenUpgradesAnOlderBookAfterCopyingIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	makeV1Book(t, path)
	b := openBookAt(t, path)
	if b.Upgraded == "" {
		t.Fatal("no copy was taken before the upgrade")
	}
	info, err := os.Stat(b.Upgraded)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("copy %s: %v, mode %v", b.Upgraded, err, info.Mode().Perm())
	}
	checkUpgradedBook(t, b)
	copyBook := openBookAt(t, b.Upgraded) // the copy is a v1 book, upgraded again on open
	if _, err := copyBook.Customer(context.Background(), 7); err != nil {
		t.Errorf("the copy does not hold the customer: %v", err)
	}
}

// checkUpgradedBook checks a v1 book upgraded: the version, the new
// table, the customer, the contact summaries and totals filled in, and the
// index no query needs dropped.
func checkUpgradedBook(t *testing.T, b *Book) {
	t.Helper()
	var version int
	b.writer.QueryRow(`PRAGMA user_version`).Scan(&version)
	if version != SchemaVersion() {
		t.Errorf("version after upgrade = %d, want %d", version, SchemaVersion())
	}
	if _, err := b.writer.Exec(`INSERT INTO triage (customer_id, dismissed) VALUES (7, 1)`); err != nil {
		t.Errorf("the upgraded book lacks the new table: %v", err)
	}
	c, err := b.Customer(context.Background(), 7)
	if err != nil || c.Name != "Ada" || c.Phase != "client" {
		t.Errorf("customer after upgrade = %+v, %v", c, err)
	}
	// The summaries the flags read are filled in from the contacts.
	var first, due, run, moment int64
	b.writer.QueryRow(`SELECT first_contact_at, follow_up_due_at, negative_run, last_negative_moment_at
		FROM customers WHERE id = 7`).Scan(&first, &due, &run, &moment)
	if first != 100 || due != 800 || run != 2 || moment != 200 {
		t.Errorf("contact summaries after upgrade: first %d, follow-up %d, run %d, moment %d; want 100, 800, 2, 200",
			first, due, run, moment)
	}
	// A follow-up with a later contact was answered by it; the latest is
	// open.
	var states string
	b.writer.QueryRow(`SELECT group_concat(coalesce(follow_up_state, '-'), ' ') FROM (SELECT follow_up_state FROM contacts
		WHERE customer_id = 7 ORDER BY id)`).Scan(&states)
	if states != "- answered open" {
		t.Errorf("follow-ups after upgrade = %q, want - answered open", states)
	}
	if !bytes.Equal(keyOf(t, b, 7), nameSortKey("Ada")) {
		t.Error("the upgrade did not give the customer its name's sort key")
	}
	if totals, _ := b.PhaseTotals(context.Background(), Filter{}); totals["client"].Count != 1 {
		t.Errorf("board totals after upgrade = %+v, want the one client counted", totals)
	}
	var byTag int
	if err := b.writer.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'tags_by_tag'`).Scan(&byTag); err != nil {
		t.Fatal(err)
	}
	if byTag != 0 {
		t.Error("the upgraded book keeps the index of tags by tag, which no query needs")
	}
}

func TestFailingUpgradeLeavesTheBookAsItWas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	makeV1Book(t, path)
	db, _ := sql.Open("sqlite", path)
	// A table in the way of step 2 makes it fail halfway.
	db.Exec(`CREATE TABLE triage (x)`)
	db.Close()
	if _, err := Open(context.Background(), path); err == nil {
		t.Fatal("the upgrade succeeded despite the table in its way")
	}
	db, _ = sql.Open("sqlite", path)
	defer db.Close()
	var version, customers int
	db.QueryRow(`PRAGMA user_version`).Scan(&version)
	db.QueryRow(`SELECT count(*) FROM customers`).Scan(&customers)
	if version != 1 || customers != 1 {
		t.Errorf("after a failed upgrade: version %d, %d customers; want 1 and 1", version, customers)
	}
}

func TestBackupIsAConsistentPrivateCopy(t *testing.T) {
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada"})
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := b.Backup(context.Background(), out); err != nil {
		t.Fatal(err)
	}
	if err := b.Backup(context.Background(), out); err == nil {
		t.Error("a backup overwrote an existing file")
	}
	// A backup is a book file on either engine.
	copyBook, err := OpenExisting(context.Background(), out)
	if err != nil {
		t.Fatal(err)
	}
	defer copyBook.Close()
	if n, _ := copyBook.CountCustomers(context.Background(), Filter{}); n != 1 {
		t.Errorf("backup holds %d customers, want 1", n)
	}
	if info, _ := os.Stat(out); info.Mode().Perm() != 0o600 {
		t.Errorf("backup mode = %o", info.Mode().Perm())
	}
}
