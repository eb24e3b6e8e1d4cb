package data

import (
	"context"
	"testing"

	"tend/lifecycle"
)

// BenchmarkSearchCommonWord measures a search for a word in a tenth of
// the contacts: its first 20 hits, the most recent.
func BenchmarkSearchCommonWord(b *testing.B) {
	book := benchBook(b)
	for b.Loop() {
		if _, err := book.Search(context.Background(), "offer", 20); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearchRareName measures a search for a name few customers
// have.
func BenchmarkSearchRareName(b *testing.B) {
	book := benchBook(b)
	for b.Loop() {
		if _, err := book.Search(context.Background(), "grace fox", 20); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListSearchCommonWord measures `tend list --search gmbh
// --limit 20`: the first 20 by name of the customers whose fields hold a
// common word.
func BenchmarkListSearchCommonWord(b *testing.B) {
	book := benchBook(b)
	for b.Loop() {
		err := book.EachCustomer(context.Background(), Filter{Search: "gmbh", Limit: 20}, func(lifecycle.Customer) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
}
