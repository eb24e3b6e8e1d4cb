package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A server book's backup is an ordinary book file, and a backup goes back
// onto a server only into an empty book, and only once asked.
func TestServerBookBacksUpToAFileAndRestoresIntoAnEmptyBook(t *testing.T) {
	team := serverBook(t)
	laptop := demoFileBook(t, "120")
	if _, stderr, code := runBinary(t, nil, "copy", laptop, team); code != 0 {
		t.Fatalf("copy: %s", stderr)
	}
	backup := filepath.Join(t.TempDir(), "team-backup.db")
	if out, stderr, code := runBinary(t, nil, "--db", team, "backup", backup); code != 0 || !strings.Contains(out, "Wrote a copy") {
		t.Fatalf("backup: exit %d, %q %q", code, out, stderr)
	}
	if info, err := os.Stat(backup); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("the backup file: %v, want a file of mode 0600", err)
	}
	want := exportsOf(t, laptop)
	if exportsOf(t, backup) != want {
		t.Errorf("the server book's backup exports other records than the book")
	}
	if _, stderr, code := runBinary(t, nil, "--db", team, "backup", backup); code == 0 || !strings.Contains(stderr, "already exists") {
		t.Errorf("a backup over a file: exit %d, %q", code, stderr)
	}
	restoresOnlyIntoAnEmptyBook(t, serverBook(t), team, backup, want)
}

// restoresOnlyIntoAnEmptyBook restores the backup into the empty server
// book fresh, once asked, and not into the full one at team.
func restoresOnlyIntoAnEmptyBook(t *testing.T, fresh, team, backup, want string) {
	t.Helper()
	// Without an answer, nothing is restored.
	if _, stderr, code := runBinary(t, nil, "--db", fresh, "restore", backup); code == 0 || !strings.Contains(stderr, "no answer") {
		t.Errorf("restore without an answer: exit %d, %q", code, stderr)
	}
	if out, _, _ := runBinary(t, nil, "--db", fresh, "list", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("a restore not confirmed wrote %q", out)
	}
	if out, stderr, code := runBinary(t, nil, "--db", fresh, "restore", backup, "--yes"); code != 0 || !strings.Contains(out, "Restored") {
		t.Fatalf("restore --yes: exit %d, %q %q", code, out, stderr)
	}
	if exportsOf(t, fresh) != want {
		t.Errorf("the restored server book exports other records than the backup")
	}
	_, stderr, code := runBinary(t, nil, "--db", team, "restore", backup, "--yes")
	if code == 0 || !strings.Contains(stderr, "already holds 120 customers") {
		t.Errorf("restore into a full server book: exit %d, %q", code, stderr)
	}
}
