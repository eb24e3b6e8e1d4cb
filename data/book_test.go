package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// testNow is the fixed clock of the data tests.
var testNow = time.Date(2026, 3, 10, 9, 30, 0, 0, time.UTC)

func openTestBook(t testing.TB) *Book {
	t.Helper()
	return openBookAt(t, filepath.Join(t.TempDir(), "book.db"))
}

func openBookAt(t testing.TB, path string) *Book {
	t.Helper()
	b, err := Open(context.Background(), bookLocation(t, path))
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	b.Now = func() time.Time { return testNow }
	t.Cleanup(func() { b.Close() })
	return b
}

func addCustomer(t testing.TB, b *Book, c lifecycle.Customer) int64 {
	t.Helper()
	id, err := b.AddCustomer(context.Background(), c)
	if err != nil {
		t.Fatalf("add %q: %v", c.Name, err)
	}
	return id
}

func TestNewBookIsPrivateAndVersioned(t *testing.T) {
	path := filepath.Join(t.TempDir(), "book.db")
	b := openBookAt(t, path)
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := info.Mode().Perm(); mode != 0o600 {
		t.Errorf("book mode = %o, want 600", mode)
	}
	var version, appID int
	var journal string
	b.writer.QueryRow(`SELECT (SELECT user_version FROM pragma_user_version), (SELECT application_id FROM pragma_application_id), (SELECT journal_mode FROM pragma_journal_mode)`).Scan(&version, &appID, &journal)
	if version != SchemaVersion() || appID != applicationID || journal != "wal" {
		t.Errorf("version %d app %x journal %s, want %d %x wal", version, appID, journal, SchemaVersion(), applicationID)
	}
	lc, err := b.Lifecycle(context.Background())
	if err != nil || len(lc.Phases) != 7 || lc.Phases[0].Key != "awareness" {
		t.Errorf("new book lifecycle = %+v, %v; want the classic preset", lc, err)
	}
}

func TestOpenRefusesWhatIsNotABook(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("meeting notes, not a database\n"), 0o600)
	foreign := filepath.Join(dir, "foreign.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	db.Exec(`CREATE TABLE notes (body TEXT)`)
	db.Close()
	newer := filepath.Join(dir, "newer.db")
	nb := openBookAt(t, newer)
	nb.writer.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1))
	nb.Close()
	cases := map[string]string{
		dir:                              "is a folder",
		text:                             "not a tend book",
		foreign:                          "another program",
		newer:                            "newer tend",
		filepath.Join(dir, "no", "b.db"): "does not exist",
	}
	for path, want := range cases {
		before, _ := os.ReadFile(path)
		_, err := Open(context.Background(), path)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%s) = %v, want an error containing %q", path, err, want)
		}
		after, _ := os.ReadFile(path)
		if string(before) != string(after) {
			t.Errorf("Open(%s) changed the file", path)
		}
	}
}

func TestAddEditArchiveAndResolve(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: " Müller GmbH ", Email: "info@mueller.de", Tags: []string{"vip", "VIP", " b2b"}, Value: 120000})
	c, err := b.Customer(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Müller GmbH" || c.Phase != "awareness" || strings.Join(c.Tags, ",") != "b2b,vip" {
		t.Errorf("stored customer = %+v", c)
	}
	checkResolve(t, b, id)
	checkEditAndArchive(t, b, id)
}

// checkResolve checks that the customer id is found by its name, e-mail
// and a part of its name in any case, and that a name two customers share
// or none has is refused.
func checkResolve(t *testing.T, b *Book, id int64) {
	t.Helper()
	ctx := context.Background()
	for _, ref := range []string{"müller gmbh", "INFO@mueller.de", "mül"} {
		got, err := b.Resolve(ctx, ref)
		if err != nil || got.ID != id {
			t.Errorf("Resolve(%q) = %d, %v; want %d", ref, got.ID, err, id)
		}
	}
	addCustomer(t, b, lifecycle.Customer{Name: "Müller AG"})
	var amb *AmbiguousError
	if _, err := b.Resolve(ctx, "müller"); !errors.As(err, &amb) || len(amb.Matches) != 2 || !strings.Contains(err.Error(), "Müller AG") {
		t.Errorf("Resolve(müller) = %v, want an ambiguity listing both", err)
	}
	if _, err := b.Resolve(ctx, "Schmidt"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Resolve(Schmidt) = %v, want not found", err)
	}
}

// checkEditAndArchive edits the customer id, refuses an empty name, and
// archives and restores it, with the count of active customers following.
func checkEditAndArchive(t *testing.T, b *Book, id int64) {
	t.Helper()
	ctx := context.Background()
	edited, err := b.EditCustomer(ctx, id, func(c *lifecycle.Customer) error { c.Phone = "+49 30 1234"; return nil })
	if err != nil || edited.Phone != "+49 30 1234" {
		t.Errorf("edit = %+v, %v", edited, err)
	}
	if _, err := b.EditCustomer(ctx, id, func(c *lifecycle.Customer) error { c.Name = " "; return nil }); err == nil {
		t.Error("an edit to an empty name was accepted")
	}
	if err := b.Archive(ctx, id, false); err != nil {
		t.Fatal(err)
	}
	if n, _ := b.CountCustomers(ctx, Filter{}); n != 1 {
		t.Errorf("active customers after archive = %d, want 1", n)
	}
	if err := b.Archive(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	if n, _ := b.CountCustomers(ctx, Filter{}); n != 2 {
		t.Errorf("active customers after restore = %d, want 2", n)
	}
}

func TestWritesKeepSummariesInStep(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada"})
	at := testNow.Add(-48 * time.Hour)
	if _, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: id, At: at, Kind: lifecycle.Call, Direction: lifecycle.Out, Sentiment: lifecycle.Positive, Summary: "intro"}); err != nil {
		t.Fatal(err)
	}
	for _, amount := range []lifecycle.Money{1050, 2000} {
		if _, err := b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: id, At: at, Amount: amount}); err != nil {
			t.Fatal(err)
		}
	}
	c, _ := b.Customer(ctx, id)
	if c.Contacts != 1 || c.Purchases != 2 || c.TotalSpend != 3050 || !c.LastContactAt.Equal(at) || !c.LastPurchaseAt.Equal(at) {
		t.Errorf("summary = %+v", c.Summary)
	}
	if _, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: 999, At: at, Kind: lifecycle.Call, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "x"}); err == nil {
		t.Error("a contact for a missing customer was stored")
	}
}

func TestMoveRecordsHistory(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "Retention"})
	if _, err := b.Move(ctx, id, "awareness", "started over"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Move(ctx, id, "AWARENESS", ""); err == nil {
		t.Error("a move into the current phase was accepted")
	}
	if _, err := b.Move(ctx, id, "nowhere", ""); !errors.Is(err, lifecycle.ErrUnknownPhase) {
		t.Errorf("move to an unknown phase = %v", err)
	}
	h, err := b.History(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.PhaseChanges) != 2 || h.PhaseChanges[1].From != "retention" || h.PhaseChanges[1].To != "awareness" || h.PhaseChanges[1].Reason != "started over" {
		t.Errorf("phase changes = %+v", h.PhaseChanges)
	}
	c, _ := b.Customer(ctx, id)
	if c.Phase != "awareness" || !c.PhaseSince.Equal(testNow) {
		t.Errorf("customer after move = %s since %v", c.Phase, c.PhaseSince)
	}
}

// TestReadingACurrentBookOpensNoConnectionToWrite: a command that only
// reads a book as this tend writes it never needs the writer, whose
// connection (its settings, the schema read again) was a good part of a
// quick command's start; a write still opens it.
func TestReadingACurrentBookOpensNoConnectionToWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "book.db")
	openBookAt(t, path).Close()
	b := openBookAt(t, path)
	if _, err := b.Lifecycle(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := b.writer.Stats().OpenConnections; n != 0 {
		t.Errorf("%d connections to write opened for a read", n)
	}
	addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "acquisition"})
	if n := b.writer.Stats().OpenConnections; n != 1 {
		t.Errorf("%d connections to write after a write, want 1", n)
	}
}
