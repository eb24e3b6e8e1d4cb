package ui

import (
	"strings"
	"testing"

	"tend/data"
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

// TestColumnHeadKeepsItsFiguresWholeWithTheCurrency checks that a large
// column's head at 80 columns keeps its value with the currency's sign,
// its flagged count and the place of the selection whole.
func TestColumnHeadKeepsItsFiguresWholeWithTheCurrency(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards()
	h.m.board.cols[0].total = data.PhaseTotal{Count: 5_264, Value: 55_000_000_00, Flagged: 1_442}
	line := h.lines()[boardTop+1]
	if head := strings.Split(line, "│")[0]; head != "value €55M ⚑1,442 1/5,264" {
		t.Errorf("the column's head reads %q", head)
	}
}
