package data

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"tend/lifecycle"
)

// aBookWithBackup makes a book holding the customers and a daily backup of
// it, and returns the book and the backup.
func aBookWithBackup(t *testing.T, names ...string) (*Book, string) {
	t.Helper()
	b := openBookAt(t, filepath.Join(t.TempDir(), "tend.db"))
	for _, name := range names {
		addCustomer(t, b, lifecycle.Customer{Name: name, Phase: "retention", CreatedAt: daysBefore(5)})
	}
	os.Mkdir(BackupFolder(b.Path()), 0o700)
	backup := filepath.Join(BackupFolder(b.Path()), "tend-2026-03-09.db")
	if err := b.Backup(context.Background(), backup); err != nil {
		t.Fatal(err)
	}
	return b, backup
}

func TestCopiesHoldingIgnoresTheNameInOtherLiveText(t *testing.T) {
	ctx := context.Background()
	// Zed is in the schema (snoozed_until), Ann in Joanna, another customer.
	b, _ := aBookWithBackup(t, "Joanna Berg")
	for _, name := range []string{"Zed", "Ann"} {
		id := addCustomer(t, b, lifecycle.Customer{Name: name, Phase: "retention", CreatedAt: daysBefore(1)})
		if held, err := CopiesHolding(ctx, b.Path(), id, name); len(held) != 0 || err != nil {
			t.Errorf("%s, never backed up, is held by %v, %v", name, held, err)
		}
	}
}

func TestCopiesHoldingFindsTheNameLeftInFreeSpace(t *testing.T) {
	ctx := context.Background()
	const name = "Qwertz Rest"
	b, backup := aBookWithBackup(t, "Joanna Berg", name)
	// The row is deleted without overwriting it: the name stays in free space.
	db := openCopy(t, backup)
	if _, err := db.Exec(`PRAGMA secure_delete = 0; DELETE FROM customers WHERE name = ?`, name); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if held, _ := FilesHold(name, backup); !held {
		t.Fatal("the deleted row left no bytes; the test sets up nothing")
	}
	held, err := CopiesHolding(ctx, b.Path(), 0, name)
	if len(held) != 1 || held[0].Path != backup || err != nil {
		t.Errorf("a remnant in free space: held %v, %v", held, err)
	}
	done, err := EraseFromCopy(ctx, backup, 0, name)
	if err != nil || done.StillHolds {
		t.Errorf("erasing the remnant: %+v, %v", done, err)
	}
	assertErased(t, name, backup)
}

func TestEraseFromCopyKeepsOtherCustomersWithoutFailing(t *testing.T) {
	ctx := context.Background()
	b, backup := aBookWithBackup(t, "Joanna Berg", "Ann")
	id := int64(2)
	if _, err := b.Forget(ctx, id); err != nil {
		t.Fatal(err)
	}
	done, err := EraseFromCopy(ctx, backup, id, "Ann")
	if err != nil || !done.Erased || done.StillHolds {
		t.Errorf("erase Ann beside Joanna: %+v, %v", done, err)
	}
}

// openCopy opens a copy of a book with plain SQL, as another program would.
func openCopy(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	return db
}
