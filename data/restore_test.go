package data

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tend/lifecycle"
)

func TestRestorePutsABackupInPlaceKeepingTheBookAside(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	b := openBookAt(t, path)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada"})
	backup := filepath.Join(dir, "ada.db")
	if err := b.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	addCustomer(t, b, lifecycle.Customer{Name: "Bob"})
	b.Close()
	done, err := Restore(ctx, path, backup, testNow)
	if err != nil {
		t.Fatal(err)
	}
	aside := done.Aside
	if want := filepath.Join(dir, "tend.before-restore-20260310T093000Z.db"); aside != want {
		t.Errorf("kept aside as %s, want %s", aside, want)
	}
	if n, _ := openBookAt(t, path).CountCustomers(ctx, Filter{}); n != 1 {
		t.Errorf("restored book has %d customers, want Ada alone", n)
	}
	if n, _ := openBookAt(t, aside).CountCustomers(ctx, Filter{}); n != 2 {
		t.Errorf("the book kept aside has %d customers, want Ada and Bob", n)
	}
}

func TestRestoreRefusesABadBackupLeavingTheBookAlone(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	b := openBookAt(t, path)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada"})
	cut := filepath.Join(dir, "cut.db")
	b.Backup(ctx, cut)
	b.Close()
	info, _ := os.Stat(cut)
	os.Truncate(cut, info.Size()/2)
	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte("not a book"), 0o600)
	broken := filledBook(t)
	breakCustomerPage(t, broken)
	before, _ := os.ReadFile(path)
	for file, want := range map[string]string{text: "not a tend book", cut: "damaged", broken: "damaged",
		filepath.Join(dir, "none.db"): "there is no backup"} {
		if _, err := Restore(ctx, path, file, testNow); err == nil || !strings.Contains(err.Error(), want) ||
			!strings.Contains(err.Error(), "left as it was") {
			t.Errorf("restore from %s = %v, want %q and the book left alone", file, err, want)
		}
		sameFile(t, path, before)
	}
	if asides, _ := filepath.Glob(filepath.Join(dir, "*before-restore*")); len(asides) != 0 {
		t.Errorf("a refused restore set the book aside: %q", asides)
	}
}
