package data

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"tend/lifecycle"
)

// TestSearchGivesTheLatestEntriesAsAFullSortDoes fills a book with
// entries of common and rare words at random times, many at the same
// hour, and checks that a search reading the newest entries first gives
// the very hits, in the very order, that reading and sorting every match
// gives, for words found in the first window, in a later one or only in
// all.
func TestSearchGivesTheLatestEntriesAsAFullSortDoes(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(15, 7))
	var customers []int64
	for _, name := range []string{"Offerton Ltd", "Ada Lovelace", "Jörg Müller", "Grace Fox"} {
		customers = append(customers, addCustomer(t, b, lifecycle.Customer{Name: name}))
	}
	texts := []string{"Sent an offer", "Offered a discount", "Asked about the price", "Price list sent",
		"Rare ünicorn sighting", "Talked about the weather", "Weather and offers", "Nothing to say"}
	for range 160 {
		at := testNow.Add(-time.Duration(rng.IntN(60)) * time.Hour)
		cid := customers[rng.IntN(len(customers))]
		text := texts[rng.IntN(len(texts))]
		if rng.IntN(4) == 0 {
			p := lifecycle.Purchase{CustomerID: cid, At: at, Amount: 100, Currency: "EUR", Note: text}
			if _, err := b.AddPurchase(ctx, p); err != nil {
				t.Fatal(err)
			}
			continue
		}
		c := lifecycle.Contact{CustomerID: cid, At: at, Kind: lifecycle.Call, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: text}
		if _, err := b.LogContact(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	windowed := slices.Clone(recentWindows)
	t.Cleanup(func() { recentWindows = windowed })
	for _, query := range []string{"offer", "price", "unicorn", "weather offer", "off", "nothing", "a"} {
		for _, limit := range []int{1, 5, 20, 200} {
			recentWindows = []int{4, 30}
			got, err := b.Search(ctx, query, limit)
			if err != nil {
				t.Fatal(err)
			}
			recentWindows = nil
			want, err := b.Search(ctx, query, limit)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(hitKeys(got), hitKeys(want)) {
				t.Errorf("search %q, limit %d:\n got %v\nwant %v", query, limit, hitKeys(got), hitKeys(want))
			}
		}
	}
}

// hitKeys names each hit by its kind, ids and time.
func hitKeys(hits []SearchHit) []string {
	var keys []string
	for _, h := range hits {
		keys = append(keys, fmt.Sprintf("%s %s customer %d entry %d", h.Kind, h.At.Format(time.DateTime), h.CustomerID, h.EntryID))
	}
	return keys
}
