package ui

import (
	"strings"
	"testing"
)

// TestStatusLineCountsTheArchivedApart checks that archiving a customer
// from the customer screen leaves the count of the board one less and says
// how many the book keeps archived, and that a book without archived
// customers says only its count.
func TestStatusLineCountsTheArchivedApart(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	if got := h.statusLine(); !strings.HasSuffix(strings.TrimSpace(got), "book.tend · 20 customers") {
		t.Fatalf("status line before = %q", got)
	}
	h.goTo("Henry Wright")
	h.press("enter", "a", "y")
	if got := h.statusLine(); !strings.HasSuffix(strings.TrimSpace(got), "book.tend · 19 customers · 1 archived") {
		t.Errorf("status line after an archive = %q", got)
	}
}
