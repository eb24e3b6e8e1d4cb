package data

import (
	"context"
	"testing"
	"time"

	"tend/lifecycle"
)

// TestForgetLeavesNoWordInTheSearchIndex forgets a customer whose contacts
// and purchases hold words no one else has, among other customers' words,
// and reads the file for each of those words, which the search index keeps
// one by one.
func TestForgetLeavesNoWordInTheSearchIndex(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	gone := addCustomer(t, b, lifecycle.Customer{Name: "Quxbarkrone Zwielicht", Company: "Vexilla GmbH"})
	stays := addCustomer(t, b, lifecycle.Customer{Name: "Bleibt AG"})
	for i := range 20 {
		at := testNow.Add(-time.Duration(i) * time.Hour)
		for _, id := range []int64{gone, stays} {
			summary, note := "renewal talk about the order", "invoice paid"
			if id == gone {
				summary, note = "Plumbfizzle geheimrat talk", "Snorgelpreis paid"
			}
			if _, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: id, At: at, Kind: lifecycle.Call, Direction: lifecycle.Out,
				Sentiment: lifecycle.Neutral, Summary: summary}); err != nil {
				t.Fatal(err)
			}
			if _, err := b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: id, At: at, Amount: 100, Currency: "EUR", Note: note}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if hits, err := b.Search(ctx, "plumbfizzle", 5); err != nil || len(hits) != 5 {
		t.Fatalf("before: %d hits, %v", len(hits), err)
	}
	if _, err := b.Forget(ctx, gone); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"plumbfizzle", "geheimrat", "snorgelpreis", "quxbarkrone", "vexilla"} {
		if hits, err := b.Search(ctx, q, 5); err != nil || len(hits) != 0 {
			t.Errorf("search %s after forget: %v, %v", q, hits, err)
		}
		assertErased(t, q, b.Path())
	}
	if hits, err := b.Search(ctx, "renewal", 50); err != nil || len(hits) != 20 {
		t.Errorf("the other customer's contacts: %d hits, %v", len(hits), err)
	}
	assertIndexInStep(t, b)
}
