package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// touch makes a file with a few bytes, and its folder.
func touch(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("copy"), 0o600); err != nil {
		t.Fatal(err)
	}
}

// copyNames are the file names of copies, in their order.
func copyNames(copies []BookCopy) []string {
	var names []string
	for _, c := range copies {
		names = append(names, filepath.Base(c.Path))
	}
	return names
}

func TestCopiesAreTheBooksOwnNewestFirst(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "tend.db")
	for _, name := range []string{
		"backups/tend-2026-03-09.db", "backups/tend-2026-03-10.db",
		"tend.before-v6-20260308T093000Z.db", "tend.before-v6-20260308T093000Z-2.db",
		"tend.before-restore-20260311T093000Z.db", "tend.before-restore-20260311T093000Z.db-wal",
		// Not copies of tend.db: other books', partials, look-alikes.
		"backups/tend-2-2026-03-10.db", "backups/tend.old-2026-03-10.db", "backups/tend-2026-03-10.db.partial-1-1",
		"backups/tend-2026-3-10.db", "backups/notes.txt", "tend-2.db", "tend.old.db",
		"tend-2.before-v6-20260308T093000Z.db", "tend.old.before-restore-20260311T093000Z.db",
		"tend.before-v6-20260308T093000Z-02.db", "tend.before-vx-20260308T093000Z.db", "tend.before-restore-today.db",
	} {
		touch(t, filepath.Join(dir, name))
	}
	os.Mkdir(filepath.Join(dir, "tend.before-restore-20260312T093000Z.db"), 0o700)
	copies, err := Copies(book)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"tend.before-restore-20260311T093000Z.db", "tend-2026-03-10.db", "tend-2026-03-09.db",
		"tend.before-v6-20260308T093000Z-2.db", "tend.before-v6-20260308T093000Z.db"}
	if got := copyNames(copies); !slices.Equal(got, want) {
		t.Fatalf("copies %q, want %q", got, want)
	}
	restore := copies[0]
	if restore.Kind != RestoreCopy || restore.Size != 8 || !restore.Made.Equal(time.Date(2026, 3, 11, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("the restore copy: %+v; want its journal counted and its time read", restore)
	}
	if copies[1].Kind != DailyCopy || copies[3].Kind != UpgradeCopy {
		t.Errorf("kinds %q and %q", copies[1].Kind, copies[3].Kind)
	}
}

func TestCopiesOfABookInAnEmptyFolderAreNone(t *testing.T) {
	copies, err := Copies(filepath.Join(t.TempDir(), "tend.db"))
	if err != nil || len(copies) != 0 {
		t.Errorf("copies %v, %v", copies, err)
	}
}

func TestPruneKeepsTheNewestOfEachKind(t *testing.T) {
	for _, tc := range []struct {
		keep int
		want []string
	}{
		{2, []string{"tend.before-restore-20260312T093000Z.db", "tend.before-restore-20260311T093000Z.db",
			"tend-2026-03-10.db", "tend-2026-03-09.db", "tend.before-v6-20260308T093000Z.db", "tend.before-v5-20260301T093000Z.db"}},
		// Nothing but the way back from the last upgrade and restore, and
		// the copy spared.
		{0, []string{"tend.before-restore-20260312T093000Z.db", "tend.before-v6-20260308T093000Z.db", "tend.before-v4-20260201T093000Z.db"}},
	} {
		dir := t.TempDir()
		b := &Book{path: filepath.Join(dir, "tend.db")}
		for _, name := range []string{"backups/tend-2026-03-08.db", "backups/tend-2026-03-09.db", "backups/tend-2026-03-10.db",
			"tend.before-v4-20260201T093000Z.db", "tend.before-v5-20260301T093000Z.db", "tend.before-v6-20260308T093000Z.db",
			"tend.before-restore-20260310T093000Z.db", "tend.before-restore-20260310T093000Z.db-wal",
			"tend.before-restore-20260311T093000Z.db", "tend.before-restore-20260312T093000Z.db", "tend-2.before-v4-20260201T093000Z.db"} {
			touch(t, filepath.Join(dir, name))
		}
		if err := b.PruneCopies(tc.keep, filepath.Join(dir, "tend.before-v4-20260201T093000Z.db")); err != nil {
			t.Fatal(err)
		}
		copies, _ := Copies(b.path)
		want := tc.want
		if tc.keep == 2 {
			want = slices.Insert(want, len(want), "tend.before-v4-20260201T093000Z.db")
		}
		if got := copyNames(copies); !slices.Equal(got, want) {
			t.Errorf("keep %d: left %q, want %q", tc.keep, got, want)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, "*-wal")); len(left) != 0 {
			t.Errorf("keep %d: a pruned copy's journal is left: %q", tc.keep, left)
		}
		if !fileExists(filepath.Join(dir, "tend-2.before-v4-20260201T093000Z.db")) {
			t.Errorf("keep %d: another book's copy was pruned", tc.keep)
		}
	}
}

func FuzzCopyNames(f *testing.F) {
	for _, seed := range []string{"tend-2026-03-10.db", "tend.before-v6-20260308T093000Z-2.db", "tend.before-restore-20260311T093000Z.db",
		"tend-2-2026-03-10.db", "tend.before-v-20260308T093000Z.db", "tend.before-restore-20260311T093000Z-0.db", "tend.db"} {
		f.Add(seed)
	}
	book := filepath.Join("dir", "tend.db")
	f.Fuzz(func(t *testing.T, name string) {
		if c, ok := parseDailyName(book, name); ok && name != dailyName(book, c.Made) {
			t.Errorf("%q read as the daily backup of %v, named %q", name, c.Made, dailyName(book, c.Made))
		}
		c, ok := parseBesideName(book, name)
		if !ok {
			return
		}
		if !strings.HasPrefix(name, "tend.before-") || !strings.Contains(name, c.Made.UTC().Format(copyStamp)) || c.seq < 1 {
			t.Errorf("%q read as %+v", name, c)
		}
	})
}

func TestACopyThatCannotBeRemovedIsToldApartFromTheBackup(t *testing.T) {
	ctx := context.Background()
	b := openBookAt(t, filepath.Join(t.TempDir(), "tend.db"))
	addCustomer(t, b, lifecycle.Customer{Name: "Ada"})
	b.SetSetting(ctx, BackupsKeepKey, "1")
	dir := filepath.Dir(b.Path())
	for _, name := range []string{"tend.before-restore-20260301T093000Z.db", "tend.before-restore-20260302T093000Z.db"} {
		touch(t, filepath.Join(dir, name))
	}
	// A journal the copy's removal cannot take away.
	touch(t, filepath.Join(dir, "tend.before-restore-20260301T093000Z.db-wal", "x"))
	taken, err := b.DailyBackup(ctx)
	if _, ok := errors.AsType[PruneError](err); !ok || taken == "" || !fileExists(taken) {
		t.Fatalf("backup %q, %v; want it taken and the prune told apart", taken, err)
	}
	if !strings.HasPrefix(err.Error(), "the old copies of the book were not kept in check: cannot remove the old copy") {
		t.Errorf("said %q", err)
	}
}
