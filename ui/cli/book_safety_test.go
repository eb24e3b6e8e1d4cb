package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tend/lifecycle"
)

func TestReadingCommandsNeverMakeABook(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{{"list"}, {"show", "1"}, {"risk"}, {"fit"}, {"insights"},
		{"export", "customers"}, {"check"}, {"triage"}, {"phases"}, {"backup", filepath.Join(dir, "b.db")},
		{"forget", "Ada", "--yes"}, {"settings"}, {"settings", "backups.keep"}} {
		_, errOut, code := runBinary(t, nil, append([]string{"--db", typo}, args...)...)
		if code == 0 || !strings.Contains(errOut, "there is no book at "+typo) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("tend %v on a missing book: exit %d, stderr %q", args, code, errOut)
		}
		if _, err := os.Stat(typo); err == nil {
			t.Fatalf("tend %v made %s", args, typo)
		}
	}
	_, errOut, code := runBinary(t, nil, "--db", typo, "add", "Ada")
	if code != 0 || errOut != "tend: made a new book at "+typo+"\n" {
		t.Errorf("tend add on a missing book: exit %d, stderr %q", code, errOut)
	}
	if _, errOut, code := runBinary(t, nil, "--db", typo, "list"); code != 0 || errOut != "" {
		t.Errorf("tend list on the book made: exit %d, stderr %q", code, errOut)
	}
}

func TestADeviceIsRefusedBeforeSQLiteTouchesIt(t *testing.T) {
	if _, err := os.Stat("/dev/null-journal"); err == nil {
		t.Skip("/dev/null-journal is there already")
	}
	_, errOut, code := runBinary(t, nil, "--db", "/dev/null", "add", "Ada")
	if code == 0 || !strings.Contains(errOut, "/dev/null is not a regular file") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	for _, suffix := range []string{"-journal", "-wal", "-shm"} {
		if _, err := os.Stat("/dev/null" + suffix); err == nil {
			os.Remove("/dev/null" + suffix)
			t.Errorf("the refused open left /dev/null%s", suffix)
		}
	}
}

func TestAStaleLogOfAnotherBookIsRefusedInOneLine(t *testing.T) {
	dir := t.TempDir()
	book, backup := filepath.Join(dir, "tend.db"), filepath.Join(dir, "bk.db")
	mustTend(t, book, "add", "Ada")
	mustTend(t, book, "backup", backup)
	// A killed board leaves its log beside the book; then a backup is
	// copied over the book by hand.
	b := openTestBook(t, book)
	if _, err := b.AddCustomer(t.Context(), lifecycle.Customer{Name: "Bob"}); err != nil {
		t.Fatal(err)
	}
	wal, _ := os.ReadFile(book + "-wal")
	b.Close()
	os.WriteFile(book+"-wal", wal, 0o600)
	copyBook(t, backup, book)
	_, errOut, code := runBinary(t, nil, "--db", book, "list")
	if code != 1 || !strings.Contains(errOut, "log of another book") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if after, _ := os.ReadFile(book + "-wal"); string(after) != string(wal) {
		t.Error("the log was changed")
	}
}
