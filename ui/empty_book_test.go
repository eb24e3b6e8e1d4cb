package ui

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestAnEmptyBookSaysHowToFillIt opens the board on a new book: every
// column and the help line point to n, the status line to the import, and
// with the first customer the board is the usual one.
func TestAnEmptyBookSaysHowToFillIt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, openBook(t, filepath.Join(t.TempDir(), "new.tend")), 80, 24)
	h.wholeCards()
	h.m.status.text = "" // the day's backup may have spoken
	lines := h.lines()
	if got := strings.Count(lines[boardTop+3], "n adds a customer"); got != 3 { // three columns show at 80 cells
		t.Errorf("the columns' first line %q, want each to say n adds a customer", lines[boardTop+3])
	}
	if got := h.statusLine(); !strings.HasPrefix(got, emptyBookHint()) {
		t.Errorf("status line %q, want the hint", got)
	}
	if got := lines[len(lines)-1]; !strings.HasPrefix(got, "n new") || strings.Contains(got, "c log") {
		t.Errorf("help line %q, want n first and no keys for cards", got)
	}
	h.press("n")
	h.typeText("Ada Lovelace")
	h.press("enter")
	h.m.status.text = ""
	lines = h.lines()
	if strings.Contains(h.screen(), "n adds a customer") || strings.Contains(h.screen(), emptyBookHint()) {
		t.Errorf("the hints stay with a customer in the book:\n%s", h.screen())
	}
	if got := lines[len(lines)-1]; !strings.HasPrefix(got, "enter open") {
		t.Errorf("help line %q, want the board's", got)
	}
}
