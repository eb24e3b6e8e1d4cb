package data

import (
	"context"
	"testing"
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
