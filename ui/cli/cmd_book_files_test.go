package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestCommandsTakeTheDaysBackupBesideTheBook(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	folder := filepath.Join(filepath.Dir(db), "backups")
	if _, err := os.Stat(folder); err == nil {
		t.Error("a book just made was backed up")
	}
	// Reading takes no backup: the book is as the last one left it.
	for _, reading := range [][]string{{"list"}, {"search", "ada"}, {"show", "ada"}} {
		mustTend(t, db, reading...)
		if _, err := os.Stat(folder); err == nil {
			t.Errorf("tend %s took a backup", reading[0])
		}
	}
	mustTend(t, db, "log", "ada", "--kind", "call", "--summary", "asked for a quote")
	today := filepath.Join(folder, "book-"+time.Now().Format("2006-01-02")+".db")
	if s := showJSONOf(t, today, "ada"); s.Name != "Ada" || len(s.Contacts) != 0 {
		t.Errorf("the day's backup holds %+v", s)
	}
	mustTend(t, db, "settings", "backups.keep", "0")
	if out := mustTend(t, db, "settings"); !strings.Contains(out, "backups.keep") {
		t.Errorf("settings does not list backups.keep:\n%s", out)
	}
}

// takeTheDaysBackup runs a command that writes, which takes the day's
// backup before its write: the number of backups to keep, set to keep.
// A command that only reads takes none.
func takeTheDaysBackup(t *testing.T, db, keep string) {
	t.Helper()
	mustTend(t, db, "settings", "backups.keep", keep)
}

func TestRestoreAndCheckCommands(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	backup := filepath.Join(t.TempDir(), "ada.db")
	mustTend(t, db, "backup", backup)
	mustTend(t, db, "add", "Bob")
	if out := mustTend(t, db, "check"); !strings.Contains(out, "is sound") {
		t.Errorf("check of a sound book: %q", out)
	}
	notes := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(notes, []byte("not a book"), 0o600)
	if _, _, err := execTend(t, db, "restore", notes); err == nil || !strings.Contains(err.Error(), "not a tend book") {
		t.Errorf("restore from a text file = %v", err)
	}
	out := mustTend(t, db, "restore", backup)
	if !strings.Contains(out, "Kept the book as it was at") || !strings.Contains(out, "Restored "+db) {
		t.Errorf("restore said %q", out)
	}
	if list := mustTend(t, db, "list"); !strings.Contains(list, "Ada") || strings.Contains(list, "Bob") {
		t.Errorf("after the restore the book lists:\n%s", list)
	}
	if _, _, err := execTend(t, backup, "check"); err != nil {
		t.Errorf("check of the backup: %v", err)
	}
	// Out of step on purpose: a count no history adds up to.
	mustSQL(t, db, `UPDATE customers SET contact_count = 3`)
	out, _, err := execTend(t, db, "check")
	if err == nil || !strings.Contains(out, "differ from the history") {
		t.Errorf("check of a book out of step: %q, %v", out, err)
	}
}

// A restore's damaged or missing file is the backup: the words point to the
// other backups, not to a restore.
func TestRestoreFromABadBackupPointsToTheOthers(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	backup := filepath.Join(t.TempDir(), "ada.db")
	mustTend(t, db, "backup", backup)
	whole, err := os.ReadFile(backup)
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(t.TempDir(), "cut.db")
	if err := os.WriteFile(cut, whole[:len(whole)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(t.TempDir(), "gone.db")
	for file, want := range map[string]string{
		cut:  "the backup is damaged (part of the file is broken or missing); restore another one (tend backup list shows them)",
		gone: "there is no backup " + gone + " (tend backup list shows the backups)",
	} {
		_, _, err := execTend(t, db, "restore", file)
		if err == nil || !strings.Contains(phrase(err), want) || strings.Contains(phrase(err), "tend restore FILE") {
			t.Errorf("restore from %s: %v, want %q", file, err, want)
		}
	}
	if list := mustTend(t, db, "list"); !strings.Contains(list, "Ada") {
		t.Errorf("the book changed after a refused restore:\n%s", list)
	}
}
