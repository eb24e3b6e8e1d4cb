package data

import (
	"context"
	"testing"
)

// BenchmarkBoardPage measures one page of the board's largest column
// (retention) in each order: the first page, a page 3,000 cards down,
// which the board reads when a selected customer stands there, and the
// first page of the flagged customers alone (f).
func BenchmarkBoardPage(b *testing.B) {
	book := benchBook(b)
	ctx := context.Background()
	for _, o := range Orders() {
		for _, at := range []struct {
			name    string
			offset  int
			flagged bool
		}{{"first", 0, false}, {"deep", 3000, false}, {"flagged", 0, true}} {
			b.Run(string(o)+"/"+at.name, func(b *testing.B) {
				f := Filter{Phase: "retention", Order: o, Flagged: at.flagged}
				for b.Loop() {
					if _, err := book.Cards(ctx, f, at.offset, 36); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkCardIndex measures where a customer stands in its column in
// each order, which the board asks for the customer it selects: the
// customer halfway down retention, whose cards before it are counted.
func BenchmarkCardIndex(b *testing.B) {
	book := benchBook(b)
	ctx := context.Background()
	for _, o := range Orders() {
		b.Run(string(o), func(b *testing.B) {
			f := Filter{Phase: "retention", Order: o}
			totals, err := book.PhaseTotals(ctx, Filter{})
			if err != nil {
				b.Fatal(err)
			}
			half, err := book.Cards(ctx, f, totals["retention"].Count/2, 1)
			if err != nil || len(half) != 1 {
				b.Fatalf("no card halfway down retention: %v", err)
			}
			for b.Loop() {
				if _, _, err := book.CardIndex(ctx, f, half[0].ID); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
