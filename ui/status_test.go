package ui

import (
	"strings"
	"testing"
)

// TestALongStatusIsCutBetweenWords says a message longer than the status
// line at 80 and 40 columns: it is cut after a whole word, ending in "…",
// and the book's name gives way to it rather than cut it short.
func TestALongStatusIsCutBetweenWords(t *testing.T) {
	said := "Could not take the day's backup: the disk holding backups/book-2026-12-06.tend is full; free some room"
	for _, tt := range []struct {
		width int
		want  string
	}{
		{80, "Could not take the day's backup: the disk holding backups/book-2026-12-06.tend…"},
		{40, "Could not take the day's backup: the…"},
	} {
		h := newHarness(t, fixedBook(t), tt.width, 24)
		h.m.status.set(said, false)
		if got := strings.TrimRight(h.statusLine(), " "); got != tt.want {
			t.Errorf("at %d columns the status line is\n%q, want\n%q", tt.width, got, tt.want)
		}
	}
}

// TestAShortStatusKeepsTheBookBesideIt: a message that fits leaves the
// book's name and count on the right.
func TestAShortStatusKeepsTheBookBesideIt(t *testing.T) {
	h := newHarness(t, fixedBook(t), 80, 24)
	h.m.status.set("Logged call with Ada", false)
	if got := h.statusLine(); !strings.HasPrefix(got, "Logged call with Ada ") || !strings.HasSuffix(got, "book.tend · 20 customers") {
		t.Errorf("the status line is %q", got)
	}
}
