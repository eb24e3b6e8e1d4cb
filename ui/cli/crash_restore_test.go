package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// needStrace returns strace's path; in CI a missing strace fails the test,
// elsewhere it is skipped with a word on how to run it.
func needStrace(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("strace")
	if err == nil {
		return path
	}
	if os.Getenv("CI") != "" {
		t.Fatal("strace is missing; .ci/run installs it")
	}
	t.Skip("needs strace (apt-get install strace) to kill the restore at each of its file calls")
	return ""
}

// restoreFixture makes a book of Bob and Cleo and a backup of Ada beside it.
func restoreFixture(t *testing.T, dir string) (book, backup string) {
	t.Helper()
	book, backup = filepath.Join(dir, "tend.db"), filepath.Join(dir, "ada.db")
	mustTend(t, book, "add", "Ada")
	mustTend(t, book, "backup", backup)
	mustTend(t, book, "forget", "Ada", "--yes")
	mustTend(t, book, "add", "Bob")
	mustTend(t, book, "add", "Cleo")
	return book, backup
}

// restoreKillCalls are the kinds of file calls at which the restore is
// killed, each kind counted from its first call.
var restoreKillCalls = map[string]string{
	"fsync":  "fsync,fdatasync",
	"rename": "rename,renameat,renameat2",
	"link":   "link,linkat",
	"unlink": "unlink,unlinkat",
}

// TestARestoreKilledAtAnyFileCallLeavesTheBookBeforeOrAfter kills tend
// restore at its first, second, third … fsync (and rename, link, unlink),
// until a run ends without reaching the next one. After each kill the next
// command must find the book whole, as before the restore (Bob, Cleo) or
// as after it (Ada), never missing, and nothing the restore left behind.
func TestARestoreKilledAtAnyFileCallLeavesTheBookBeforeOrAfter(t *testing.T) {
	template := t.TempDir()
	book, backup := restoreFixture(t, template)
	killRestoreAtEveryCall(t, book, backup, func(dir string) string {
		return bookAfterKill(t, dir)
	})
}

// TestARestoreOfADamagedBookKilledAtAnyFileCall does the same for a book
// that cannot be opened, which the restore replaces file for file: after
// each kill the book is the damaged one or the backup, never missing.
func TestARestoreOfADamagedBookKilledAtAnyFileCall(t *testing.T) {
	template := t.TempDir()
	book, backup := restoreFixture(t, template)
	info, _ := os.Stat(book)
	os.Truncate(book, info.Size()/2)
	damaged, _ := os.ReadFile(book)
	killRestoreAtEveryCall(t, book, backup, func(dir string) string {
		if now, _ := os.ReadFile(filepath.Join(dir, "tend.db")); bytes.Equal(now, damaged) {
			return "Bob,Cleo" // the book as it was before the restore, byte for byte
		}
		return bookAfterKill(t, dir)
	})
}

func killRestoreAtEveryCall(t *testing.T, book, backup string, found func(dir string) string) {
	strace := needStrace(t)
	tend := tendBinary(t)
	for kind, calls := range restoreKillCalls {
		before, after := 0, 0
		for n := 1; ; n++ {
			dir := t.TempDir()
			copyBook(t, book, filepath.Join(dir, "tend.db"))
			copyBook(t, backup, filepath.Join(dir, "ada.db"))
			cmd := exec.Command(strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace="+calls,
				"-e", "inject="+calls+":signal=KILL:when="+strconv.Itoa(n),
				tend, "--db", filepath.Join(dir, "tend.db"), "restore", filepath.Join(dir, "ada.db"))
			out, err := cmd.CombinedOutput()
			killed := err != nil
			got := found(dir)
			switch {
			case !killed && got != "Ada":
				t.Fatalf("%s: the restore ran through (%s) but the book holds %q", kind, out, got)
			case !killed:
				t.Logf("%s: killed at each of %d calls: %d left the book as before, %d as after", kind, n-1, before, after)
			case got == "Bob,Cleo":
				before++
			case got == "Ada":
				after++
			default:
				t.Fatalf("%s: killed at call %d, the book holds %q, want Bob,Cleo or Ada", kind, n, got)
			}
			if !killed {
				break
			}
		}
	}
}

// bookAfterKill opens the book as the next command would, checks it and
// what lies beside it, and returns its customers' names.
func bookAfterKill(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "tend.db")
	if out, errOut, err := execTend(t, db, "check"); err != nil {
		t.Fatalf("tend check after the kill: %v %s %s", err, out, errOut)
	}
	for _, pattern := range []string{"*restoring*", "*partial*"} {
		if left, _ := filepath.Glob(filepath.Join(dir, pattern)); len(left) > 0 {
			t.Fatalf("the next command left %q", left)
		}
	}
	var listed []struct{ Name string }
	if err := json.Unmarshal([]byte(mustTend(t, db, "list", "--json")), &listed); err != nil {
		t.Fatalf("list --json: %v", err)
	}
	var names []string
	for _, c := range listed {
		names = append(names, c.Name)
	}
	slices.Sort(names)
	return strings.Join(names, ",")
}

func copyBook(t *testing.T, from, to string) {
	t.Helper()
	body, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, body, 0o600); err != nil {
		t.Fatal(err)
	}
}
