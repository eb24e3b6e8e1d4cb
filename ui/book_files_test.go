package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tend/data"
)

func TestAReadOnlyBookShowsABannerAndRefusesChangesInWords(t *testing.T) {
	fixedBook(t) // builds the fixture file
	path := filepath.Join(t.TempDir(), "book.tend")
	if err := os.WriteFile(path, fixture.file, 0o600); err != nil {
		t.Fatal(err)
	}
	b, err := data.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	setClock(b, fixedNow)
	h := newHarness(t, b, 120, 30)
	if !strings.Contains(h.lines()[0], readOnlyBanner()) {
		t.Errorf("title line %q has no read-only banner", h.lines()[0])
	}
	before := h.selected()
	h.press("L")
	if status := h.statusLine(); !strings.Contains(status, "read-only") {
		t.Errorf("status after a move in a read-only book = %q, want the refusal in words", status)
	}
	if after, _ := b.Customer(context.Background(), before.ID); after.Phase != before.Phase {
		t.Errorf("a read-only book moved %s to %s", before.Name, after.Phase)
	}
	// A key that would open a form is refused before the form opens.
	for _, k := range []string{"c", "e", "n"} {
		h.press(k)
		if !h.on((*boardScreen)(nil)) || !strings.Contains(h.statusLine(), "read-only") {
			t.Errorf("%s on a read-only book opened screen %s, status %q", k, h.topName(), h.statusLine())
		}
	}
}

func TestTheBoardTakesTheDaysBackupOffItsLoop(t *testing.T) {
	b := fixedBook(t)
	cmd := dailyBackupCmd(context.Background(), b)
	msg, ok := cmd().(backupMsg)
	if !ok || msg.failed || !strings.Contains(msg.text, "backups") {
		t.Fatalf("the day's backup said %+v", msg)
	}
	if again := cmd(); again != nil {
		t.Errorf("a second backup the same day said %+v", again)
	}
}

func TestTheBoardTellsAnOldCopyItCannotRemoveApartFromTheBackup(t *testing.T) {
	b := fixedBook(t)
	if err := b.SetSetting(context.Background(), data.BackupsKeepKey, "1"); err != nil {
		t.Fatal(err)
	}
	copyOf := func(stamp string) string { // named as tend names the copies of book.tend
		return strings.TrimSuffix(b.Path(), ".db") + ".before-restore-" + stamp + ".db"
	}
	os.WriteFile(copyOf("20260301T093000Z"), nil, 0o600)
	os.WriteFile(copyOf("20260302T093000Z"), nil, 0o600)
	// A journal beside the oldest copy that its removal cannot take away.
	os.MkdirAll(filepath.Join(copyOf("20260301T093000Z")+"-wal", "x"), 0o700)
	msg, ok := dailyBackupCmd(context.Background(), b)().(backupMsg)
	if !ok || !msg.failed || !strings.HasPrefix(msg.text, "Old copies of the book were not kept in check: cannot remove") {
		t.Errorf("the day's backup said %+v", msg)
	}
}

func TestTheDaysBackupDoesNotHideWhatAnActionSaid(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.send(writtenMsg{status: "Logged call with Ada"})
	h.send(backupMsg{text: "Took the day's backup: backups/x.db"})
	if got := h.statusLine(); !strings.Contains(got, "Logged call with Ada") {
		t.Errorf("after a backup taken the status says %q", got)
	}
	h.send(backupMsg{text: "The day's backup was not taken: disk full", failed: true})
	if got := h.statusLine(); !strings.Contains(got, "not taken") {
		t.Errorf("a failed backup is not told: %q", got)
	}
}
