package data

import (
	"context"
	"testing"
)

// BenchmarkPurchaseModels measures `tend fit`: reading every purchase of
// the book and fitting both purchase models.
func BenchmarkPurchaseModels(b *testing.B) {
	book := benchBook(b)
	ctx := context.Background()
	for b.Loop() {
		m, err := book.PurchaseModels(ctx, book.Now())
		if err != nil {
			b.Fatal(err)
		}
		if m.BGNBDErr != nil || m.GammaGammaErr != nil {
			b.Fatalf("the models of the benchmark book did not fit: %v; %v", m.BGNBDErr, m.GammaGammaErr)
		}
	}
}
