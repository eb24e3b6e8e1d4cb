package ui

import (
	"context"
	"testing"
)

// TestAFilterKeyReadsTheCardsOnScreen checks that a key of the filter
// reads only the cards on screen of each column but the selected one's,
// and that a scroll past the screen shows the cards that come next.
func TestAFilterKeyReadsTheCardsOnScreen(t *testing.T) {
	t.Parallel()
	book := demoBook(t)
	h := newHarness(t, book, 80, 14)
	h.press("/")
	h.typeText("e")
	b := &h.m.board
	l := b.layout()
	for ci := b.left; ci < min(b.left+l.columns, len(b.cols)); ci++ {
		if c := b.cols[ci]; ci != b.focus && len(c.cards) > l.cardsPerColumn {
			t.Errorf("the filter read %d cards of %s, %d on screen", len(c.cards), c.phase.Key, l.cardsPerColumn)
		}
	}
	h.press("enter")
	f := h.m.filter.value()
	for ci := range b.cols {
		if b.cols[ci].total.Count > 2*l.cardsPerColumn+2 {
			h.m.board.focus = ci
			f.Phase = b.cols[ci].phase.Key
			break
		}
	}
	if f.Phase == "" {
		t.Fatal("no column holds three screens of matches")
	}
	down := 2*l.cardsPerColumn + 2
	for range down {
		h.press("j")
	}
	want, err := book.Cards(context.Background(), f, down, 1)
	if err != nil || len(want) != 1 {
		t.Fatalf("the card %d down %s: %v", down, f.Phase, err)
	}
	if got := h.m.selectedID(); got != want[0].ID {
		t.Errorf("%d down %s the selection is %d, want %d", down, f.Phase, got, want[0].ID)
	}
}
