package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"tend/data"
	"tend/lifecycle"
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

// followUpFor logs a call to Lukas Becker with a follow-up due at due.
func followUpFor(t *testing.T, book *data.Book, due string) {
	t.Helper()
	lukas := customerNamed(t, book, "Lukas Becker")
	c := lifecycle.Contact{CustomerID: lukas.ID, At: at("2025-03-05 11:00"), Kind: lifecycle.Call, Direction: lifecycle.Out,
		Sentiment: lifecycle.Neutral, Summary: "Promised a price list", FollowUp: at(due)}
	if _, err := book.LogContact(context.Background(), c); err != nil {
		t.Fatal(err)
	}
}

// TestFollowUpCountsAreReadAgainOnlyWhenTheBookChanged logs a follow-up
// overdue behind the board's back: a read of the board for a filter keeps
// the counts it has, news of a change reads them anew.
func TestFollowUpCountsAreReadAgainOnlyWhenTheBookChanged(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	h := newHarness(t, book, 120, 30)
	before := h.statusLine()
	followUpFor(t, book, "2025-03-12 00:00")
	h.press("f", "f") // two reads of the board, of a book unchanged for all it knows
	if got := h.statusLine(); got != before {
		t.Errorf("a filter's read read the book's facts: status %q, was %q", got, before)
	}
	h.send(bookChangedMsg{})
	if got := h.statusLine(); !strings.Contains(got, "1 overdue") {
		t.Errorf("after news of a change the status line %q does not count the overdue follow-up", got)
	}
}

// TestFollowUpCountsAreReadAgainOnTheNextDay keeps the board open past
// midnight: the follow-up due today is overdue at the next read, though
// the book did not change.
func TestFollowUpCountsAreReadAgainOnTheNextDay(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	followUpFor(t, book, "2025-03-14 15:00")
	h := newHarness(t, book, 120, 30)
	if got := h.statusLine(); !strings.Contains(got, "1 due today") || strings.Contains(got, "overdue") {
		t.Fatalf("the status line %q does not count the follow-up due today", got)
	}
	book.Now = func() time.Time { return fixedNow.AddDate(0, 0, 1) }
	h.press("f", "f")
	if got := h.statusLine(); !strings.Contains(got, "1 overdue") || strings.Contains(got, "due today") {
		t.Errorf("on the next day the status line %q", got)
	}
}
