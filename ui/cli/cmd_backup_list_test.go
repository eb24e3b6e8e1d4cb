package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBackupListShowsThisBooksCopiesAndKeepsThemInCheck(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	mustTend(t, db, "settings", "backups.keep", "1") // takes the day's backup
	saved := filepath.Join(t.TempDir(), "saved.db")
	mustTend(t, db, "backup", saved)
	last := restoreTimes(t, db, saved, 3) // the copy the last restore kept aside
	other := filepath.Join(filepath.Dir(db), "book-2.db")
	mustTend(t, other, "add", "Bob")
	takeTheDaysBackup(t, other, "7")
	asides, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "book.before-restore-*.db"))
	if len(asides) != 3 {
		t.Fatalf("the restores set aside %q", asides)
	}
	takeTheDaysBackup(t, db, "1") // the first command after prunes to one of each kind
	checkBackupList(t, db, mustTend(t, db, "backup", "--list"))
	var listed []copyOutput
	if err := json.Unmarshal([]byte(mustTend(t, db, "backup", "--list", "--json")), &listed); err != nil || len(listed) != 2 {
		t.Fatalf("backup --list --json: %v, %+v", err, listed)
	}
	newest := listed[0]
	if newest.Kind != "before restore" || newest.Bytes <= 0 || newest.Made.IsZero() || newest.Path != last {
		t.Errorf("the newest copy: %+v; want the last restore's", newest)
	}
	if _, err := os.Stat(asides[0]); !os.IsNotExist(err) {
		t.Errorf("an older copy set aside is left: %v", err)
	}
}

// restoreTimes restores the book at db from saved n times and returns the
// copy the last restore kept aside, as it says.
func restoreTimes(t *testing.T, db, saved string, n int) (last string) {
	t.Helper()
	for range n {
		out := mustTend(t, db, "restore", saved)
		last = strings.TrimSpace(strings.TrimPrefix(strings.Split(out, "\n")[0], "Kept the book as it was at "))
	}
	return last
}

// checkBackupList checks backup --list once pruned: a title with the rule,
// a header, the last restore's copy and the day's backup, and no copy of
// another book.
func checkBackupList(t *testing.T, db, out string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "Copies of "+db+" (backups.keep 1 of each kind)") ||
		!strings.HasPrefix(lines[1], "KIND") || !strings.Contains(lines[2], "before restore  today") ||
		!strings.Contains(lines[2], "book.before-restore-") || !strings.Contains(out, "daily backup    today") {
		t.Fatalf("backup --list:\n%s", out)
	}
	if strings.Contains(out, "book-2-") {
		t.Errorf("another book's backup is listed:\n%s", out)
	}
}

func TestByteSizeReadsAsPeopleWriteIt(t *testing.T) {
	for n, want := range map[int64]string{0: "0 B", 999: "999 B", 1000: "1.0 kB", 4_200_000: "4.2 MB", 213_000_000: "213 MB", 5e15: "5000 TB"} {
		if got := byteSize(n); got != want {
			t.Errorf("byteSize(%d) = %q, want %q", n, got, want)
		}
	}
}
