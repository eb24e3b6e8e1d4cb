package data

import (
	"context"
	"testing"

	"tend/lifecycle"
)

// TestTheArchivedBoardReadsTheArchivedAlone reads the board as A shows
// it: the archived customers' counts, cards and places, a search among
// them, and none of them once restored.
func TestTheArchivedBoardReadsTheArchivedAlone(t *testing.T) {
	ctx := context.Background()
	b, first, second := archivedPair(t)
	f := Filter{Archived: true}
	err := b.ReadBoard(ctx, f, func(r *BoardRead) error {
		totals, err := r.PhaseTotals(ctx)
		if err != nil {
			return err
		}
		if got := totals["retention"]; got.Count != 2 || got.Value != 500 {
			t.Errorf("archived retention totals = %+v, want 2 worth 500", got)
		}
		cards, err := r.Cards(ctx, "retention", 0, 10)
		if err != nil {
			return err
		}
		if len(cards) != 2 || !cards[0].Archived() || !cards[1].Archived() {
			t.Errorf("archived cards = %+v", cards)
		}
		_, at, err := r.CardIndex(ctx, second)
		if err != nil || at < 0 {
			t.Errorf("the place of an archived card = %d, %v", at, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	found, err := b.Cards(ctx, Filter{Archived: true, Search: "second", Phase: "retention"}, 0, 10)
	if err != nil || len(found) != 1 || found[0].ID != second {
		t.Errorf("a search among the archived found %+v, %v", found, err)
	}
	restoredLeavesTheArchived(t, b, first)
}

// archivedPair is a book of an active customer and two archived ones,
// all in retention.
func archivedPair(t *testing.T) (b *Book, first, second int64) {
	t.Helper()
	b = openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Active", Phase: "retention", Value: 100})
	first = addCustomer(t, b, lifecycle.Customer{Name: "Gone First", Phase: "retention", Value: 300})
	second = addCustomer(t, b, lifecycle.Customer{Name: "Gone Second", Phase: "retention", Value: 200})
	for _, id := range []int64{first, second} {
		if err := b.Archive(context.Background(), id, false); err != nil {
			t.Fatal(err)
		}
	}
	return b, first, second
}

// restoredLeavesTheArchived restores first and finds it on the board, no
// longer among the archived.
func restoredLeavesTheArchived(t *testing.T, b *Book, first int64) {
	t.Helper()
	ctx := context.Background()
	if err := b.Archive(ctx, first, true); err != nil {
		t.Fatal(err)
	}
	if _, at, err := b.CardIndex(ctx, Filter{Archived: true}, first); err != nil || at != -1 {
		t.Errorf("a restored customer stands at %d among the archived (%v)", at, err)
	}
	if _, at, err := b.CardIndex(ctx, Filter{}, first); err != nil || at < 0 {
		t.Errorf("a restored customer stands at %d on the board (%v)", at, err)
	}
}
