package data

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// copyFile copies a file byte for byte, as cp does.
func copyFile(t *testing.T, from, to string) {
	t.Helper()
	raw, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, raw, 0o600); err != nil {
		t.Fatal(err)
	}
}

// copiesBesideABook makes a book tend.db whose customer marker is held by
// some of the copies beside it and not by others, and returns the book,
// the customer and the copies that hold them.
func copiesBesideABook(t *testing.T, marker string) (*Book, int64, []string) {
	ctx := context.Background()
	dir := t.TempDir()
	b := openBookAt(t, filepath.Join(dir, "tend.db"))
	addCustomer(t, b, lifecycle.Customer{Name: "Bleibt AG", Phase: "retention", CreatedAt: daysBefore(10)})
	os.Mkdir(BackupFolder(b.Path()), 0o700)
	before := filepath.Join(BackupFolder(b.Path()), "tend-2026-03-08.db")
	if err := b.Backup(ctx, before); err != nil {
		t.Fatal(err)
	}
	id := addCustomer(t, b, lifecycle.Customer{Name: marker, Email: "x@example.de", Phase: "retention", CreatedAt: daysBefore(5)})
	daily := filepath.Join(BackupFolder(b.Path()), "tend-2026-03-09.db")
	upgrade := besideName(b.Path(), "before-v5", testNow)
	for _, p := range []string{daily, upgrade, filepath.Join(BackupFolder(b.Path()), "tend-2-2026-03-09.db")} {
		if err := b.Backup(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	// A damaged book set aside by a restore keeps its log, which holds the
	// last writes: here the customer, who is not in the file itself.
	restore := besideName(b.Path(), "before-restore", testNow.Add(time.Hour))
	copyFile(t, b.Path(), restore)
	copyFile(t, b.Path()+"-wal", restore+"-wal")
	if raw, _ := os.ReadFile(restore + "-wal"); !bytes.Contains(raw, []byte(marker)) {
		t.Fatal("the book's log does not hold the customer; the test sets up nothing")
	}
	return b, id, []string{restore, upgrade, daily}
}

func TestForgetListsTheCopiesThatHoldTheCustomer(t *testing.T) {
	const marker = "Asdfghjkl-Privat"
	b, id, holding := copiesBesideABook(t, marker)
	broken := filepath.Join(BackupFolder(b.Path()), "tend-2026-03-01.db")
	os.WriteFile(broken, []byte("not a book at all"), 0o600)
	before := folderBytes(t, filepath.Dir(b.Path()), BackupFolder(b.Path()))
	plan, err := b.PlanErasure(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	after := folderBytes(t, filepath.Dir(b.Path()), BackupFolder(b.Path()))
	for name, raw := range before {
		if strings.HasPrefix(filepath.Base(name), "tend.db") {
			continue // the book itself
		}
		if !bytes.Equal(after[name], raw) {
			t.Errorf("reading the copies changed %s", name)
		}
	}
	if len(after) != len(before) {
		t.Errorf("reading the copies left files beside them: %d files, were %d", len(after), len(before))
	}
	var listed []string
	for _, c := range plan.Copies {
		listed = append(listed, c.Path)
		if (c.Unreadable != nil) != (c.Path == broken) {
			t.Errorf("%s: unreadable %v", c.Path, c.Unreadable)
		}
	}
	if want := append(slices.Clone(holding), broken); !slices.Equal(listed, want) {
		t.Errorf("listed %q,\nwant %q", listed, want)
	}
}

// folderBytes reads every file in the folders, by path.
func folderBytes(t *testing.T, dirs ...string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, dir := range dirs {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Type().IsRegular() {
				raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				files[filepath.Join(dir, e.Name())] = raw
			}
		}
	}
	return files
}

func TestEraseFromCopyLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	const marker = "Mnbvcxy-Geheim"
	b, id, holding := copiesBesideABook(t, marker)
	if _, err := b.Forget(ctx, id); err != nil {
		t.Fatal(err)
	}
	for _, p := range holding {
		done, err := EraseFromCopy(ctx, p, id, marker)
		if err != nil || !done.Erased || done.StillHolds {
			t.Errorf("%s: %+v, %v", filepath.Base(p), done, err)
		}
		assertErased(t, marker, p)
		if left, _ := filepath.Glob(p + "-*"); len(left) != 0 {
			t.Errorf("%s: left beside it: %q", filepath.Base(p), left)
		}
		copyBook := openBookAt(t, p)
		if n, err := copyBook.CountCustomers(ctx, Filter{}); n != 1 || err != nil {
			t.Errorf("%s holds %d customers after, %v; want the other one", filepath.Base(p), n, err)
		}
	}
	if left, err := CopiesHolding(ctx, b.Path(), id, marker); len(left) != 0 || err != nil {
		t.Errorf("copies that hold the customer after: %v, %v", left, err)
	}
}

func TestEraseFromCopyRefusesAFileNotABook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tend-2026-03-01.db")
	os.WriteFile(path, []byte("not a book at all"), 0o600)
	if _, err := EraseFromCopy(context.Background(), path, 1, "x"); err == nil {
		t.Error("a file not a book was changed")
	}
	if raw, _ := os.ReadFile(path); string(raw) != "not a book at all" {
		t.Errorf("the file now holds %q", raw)
	}
}

func TestFilesHoldFindsTextAcrossChunksInAnyCase(t *testing.T) {
	dir := t.TempDir()
	for _, at := range []int{0, holdsChunk - 7, holdsChunk - 3, holdsChunk, 2*holdsChunk - 1} {
		path := filepath.Join(dir, "f")
		raw := append(bytes.Repeat([]byte{0xc3}, at), []byte("MÜLLER GmbH")...)
		os.WriteFile(path, raw, 0o600)
		if held, err := FilesHold("Müller", filepath.Join(dir, "none"), path); !held || err != nil {
			t.Errorf("at %d: held %v, %v", at, held, err)
		}
		if held, _ := FilesHold("Müllers", path); held {
			t.Errorf("at %d: found what is not there", at)
		}
	}
}
