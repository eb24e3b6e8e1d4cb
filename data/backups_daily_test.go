package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tend/lifecycle"
)

func TestDailyBackupsAreTakenOnceADayAndTheOldestDropped(t *testing.T) {
	ctx := context.Background()
	b, path := bookKeepingBackups(t, "2")
	taken := backUpDaily(t, b, 4)
	if want := filepath.Join(filepath.Dir(path), "backups", "tend-2026-03-13.db"); taken[3] != want {
		t.Errorf("backup named %s, want %s", taken[3], want)
	}
	left, _ := filepath.Glob(filepath.Join(BackupFolder(path), "*"))
	if len(left) != 2 || left[0] != taken[2] || left[1] != taken[3] {
		t.Errorf("backups left %q, want the last two", left)
	}
	for p, want := range map[string]os.FileMode{BackupFolder(path): 0o700, taken[3]: 0o600} {
		if info, err := os.Stat(p); err != nil || info.Mode().Perm() != want {
			t.Errorf("%s: mode %v, %v; want %v", p, info.Mode().Perm(), err, want)
		}
	}
	copyBook := openBookAt(t, taken[3])
	if n, err := copyBook.CountCustomers(ctx, Filter{}); n != 1 || err != nil {
		t.Errorf("the backup holds %d customers, %v", n, err)
	}
}

// bookKeepingBackups is a book at path holding Ada, which keeps keep
// daily backups.
func bookKeepingBackups(t *testing.T, keep string) (*Book, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tend.db")
	b := openBookAt(t, path)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada"})
	if err := b.SetSetting(context.Background(), BackupsKeepKey, keep); err != nil {
		t.Fatal(err)
	}
	return b, path
}

// backUpDaily takes the day's backup on each of days days from testNow,
// checks that a second one that day is not taken, and returns the first of
// each day.
func backUpDaily(t *testing.T, b *Book, days int) []string {
	t.Helper()
	ctx := context.Background()
	var taken []string
	for day := range days {
		b.Now = func() time.Time { return testNow.AddDate(0, 0, day) }
		first, err := b.DailyBackup(ctx)
		if err != nil || first == "" {
			t.Fatalf("day %d: backup %q, %v", day, first, err)
		}
		if again, err := b.DailyBackup(ctx); again != "" || err != nil {
			t.Errorf("day %d: a second backup %q, %v", day, again, err)
		}
		taken = append(taken, first)
	}
	return taken
}

func TestNoDailyBackupsWhenKeepIsZero(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	if err := b.SetSetting(ctx, BackupsKeepKey, "0"); err != nil {
		t.Fatal(err)
	}
	if path, err := b.DailyBackup(ctx); path != "" || err != nil || fileExists(BackupFolder(b.Path())) {
		t.Errorf("backup with keep 0: %q, %v", path, err)
	}
}

func TestADailyBackupCutShortIsMadeAnew(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tend.db")
	b := openBookAt(t, path)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada"})
	// What a tend killed in the middle of the day's copy leaves.
	os.MkdirAll(BackupFolder(path), 0o700)
	stale := filepath.Join(BackupFolder(path), "tend-2026-03-10.db.partial")
	os.WriteFile(stale, []byte("half a copy"), 0o600)
	os.WriteFile(stale+"-journal", []byte("a journal of it"), 0o600)
	// And what a tend that died the day before left, and one still copying.
	dead := filepath.Join(BackupFolder(path), "tend-2026-03-09.db.partial-999999999-1")
	os.WriteFile(dead, []byte("half a copy"), 0o600)
	os.WriteFile(dead+"-journal", []byte("a journal of it"), 0o600)
	copying := filepath.Join(BackupFolder(path), fmt.Sprintf("tend-2026-03-10.db.partial-%d-0", os.Getpid()))
	os.WriteFile(copying, []byte("a copy under way"), 0o600)
	taken, err := b.DailyBackup(ctx)
	if err != nil || taken == "" {
		t.Fatalf("backup %q, %v", taken, err)
	}
	if n, err := openBookAt(t, taken).CountCustomers(ctx, Filter{}); n != 1 || err != nil {
		t.Errorf("the backup holds %d customers, %v", n, err)
	}
	left, _ := filepath.Glob(filepath.Join(BackupFolder(path), "*.partial*"))
	if len(left) != 1 || left[0] != copying {
		t.Errorf("partials left %q, want only the one of a tend still copying", left)
	}
}

// Once the day's backup is there, a command's check of it is one look at
// its name: the copies were pruned when it was taken, and are again with
// the next day's.
func TestTheDaysBackupFoundLeavesPruningToTheNextOne(t *testing.T) {
	ctx := context.Background()
	b, path := bookKeepingBackups(t, "1")
	taken := backUpDaily(t, b, 1)
	old := filepath.Join(BackupFolder(path), dailyName(path, testNow.AddDate(0, 0, -3)))
	if err := os.WriteFile(old, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if again, err := b.DailyBackup(ctx); again != "" || err != nil || !fileExists(old) {
		t.Errorf("the same day: backup %q, %v; the older copy kept: %v", again, err, fileExists(old))
	}
	b.Now = func() time.Time { return testNow.AddDate(0, 0, 1) }
	next, err := b.DailyBackup(ctx)
	if err != nil || next == "" || fileExists(old) || fileExists(taken[0]) {
		t.Errorf("the next day: backup %q, %v; older copies left: %v %v", next, err, fileExists(old), fileExists(taken[0]))
	}
}

// A restore sets a copy of the book aside after the day's backup: the
// next command prunes those copies to the number kept, that same day.
func TestTheDaysBackupCheckPrunesTheCopiesARestoreSetAside(t *testing.T) {
	ctx := context.Background()
	b, path := bookKeepingBackups(t, "1")
	taken := backUpDaily(t, b, 1)
	var asides []string
	for i := range 2 {
		done, err := Restore(ctx, path, taken[0], time.Now().Add(time.Duration(i)*time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		asides = append(asides, done.Aside)
	}
	if _, err := b.DailyBackup(ctx); err != nil {
		t.Fatal(err)
	}
	if fileExists(asides[0]) || !fileExists(asides[1]) {
		t.Errorf("after the check, the older copy set aside is there: %v, the newer: %v", fileExists(asides[0]), fileExists(asides[1]))
	}
}
