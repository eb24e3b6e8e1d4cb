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

// TestListOfACommonSearchKeepsItsOrder fills a book with customers of
// common and rare words, in several phases, with values, contacts and
// archived among them, and checks that a short list of a search that
// walks the order's index gives the very customers, in the very order,
// that reading and sorting every match gives, in every order.
func TestListOfACommonSearchKeepsItsOrder(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(15, 3))
	firsts := []string{"Jörg", "Ada", "Grace", "Alfie", "Malte", "Zoë"}
	lasts := []string{"Müller", "Lovelace", "Fox", "Adams", "Günther", "Muller"}
	companies := []string{"Angebotswerk GmbH", "Engines Ltd", "Müller GmbH", "", "Fox & Sons GmbH"}
	phases := []string{"acquisition", "conversion", "retention", "lost"}
	for range 90 {
		c := lifecycle.Customer{
			Name:    firsts[rng.IntN(len(firsts))] + " " + lasts[rng.IntN(len(lasts))],
			Company: companies[rng.IntN(len(companies))],
			Phase:   phases[rng.IntN(len(phases))],
			Value:   lifecycle.Money(rng.IntN(4) * 100000),
		}
		id := addCustomer(t, b, c)
		if rng.IntN(3) == 0 {
			logAt(t, b, id, testNow.Add(-time.Duration(rng.IntN(90))*24*time.Hour))
		}
		if rng.IntN(8) == 0 {
			if err := b.Archive(ctx, id, false); err != nil {
				t.Fatal(err)
			}
		}
	}
	many := manyFound
	t.Cleanup(func() { manyFound = many })
	for _, search := range []string{"gmbh", "müller", "ada", "fox & sons"} {
		for _, f := range []Filter{{}, {Phase: "retention"}, {Archived: true}} {
			for _, order := range Orders() {
				for _, limit := range []int{1, 7, 40} {
					f.Search, f.Order, f.Limit = search, order, limit
					manyFound = 3
					got := listed(t, b, f)
					manyFound = 1 << 30
					if want := listed(t, b, f); !slices.Equal(got, want) {
						t.Errorf("list %+v:\n got %v\nwant %v", f, got, want)
					}
				}
			}
		}
	}
}

// listed names the customers a filter lists, in order.
func listed(t *testing.T, b *Book, f Filter) []string {
	t.Helper()
	var out []string
	err := b.EachCustomer(context.Background(), f, func(c lifecycle.Customer) error {
		out = append(out, fmt.Sprintf("#%d %s", c.ID, c.Name))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
