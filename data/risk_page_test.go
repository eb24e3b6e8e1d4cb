package data

import (
	"context"
	"reflect"
	"testing"

	"tend/lifecycle"
)

// walkRiskPages reads the kind's list a page of size at a time, from the
// kept ranks where they serve, else as a page of the whole list; served
// says whether every page came from the ranks.
func walkRiskPages(t *testing.T, b *Book, kind lifecycle.FlagKind, size int) (walked []Flagged, served bool) {
	t.Helper()
	ctx := context.Background()
	served = true
	var after *RiskKey
	for pages := 0; ; pages++ {
		page, ok, err := b.RiskPage(ctx, kind, after, size)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			whole, _, err := b.RiskNow(ctx, kind)
			if err != nil {
				t.Fatal(err)
			}
			page, served = RiskAfter(whole, after, size), false
		}
		if len(page) == 0 || pages > 10000 {
			return walked, served
		}
		walked = append(walked, page...)
		k := page[len(page)-1].Key()
		after = &k
	}
}

// samePages fails where a walk of the pages of any kind is not RiskNow's
// list, or was not read from the ranks where served says it must be, or
// was where it must not (among all kinds).
func samePages(t *testing.T, b *Book, served bool, when string) {
	t.Helper()
	for _, kind := range []lifecycle.FlagKind{"", lifecycle.Stalled, lifecycle.AtRisk, lifecycle.WinBack} {
		whole, _, err := b.RiskNow(context.Background(), kind)
		if err != nil {
			t.Fatal(err)
		}
		walked, fromRanks := walkRiskPages(t, b, kind, 7)
		if fromRanks != served && (served || kind == "") { // a kind may hold none of those unranked
			t.Errorf("%s, kind %q: the pages were read from the ranks: %v, want %v", when, kind, fromRanks, served)
		}
		if len(whole) == 0 && kind == "" {
			t.Fatalf("%s: no customer flagged", when)
		}
		if !reflect.DeepEqual(walked, whole) {
			t.Errorf("%s, kind %q: the pages hold %d customers, the list %d, or they differ", when, kind, len(walked), len(whole))
		}
	}
}

func TestRiskPagesAreTheListOfRiskNow(t *testing.T) {
	for _, opt := range []DemoOptions{{Customers: 300, Seed: 7}, {Customers: 250, Seed: 42}} {
		b, _ := makeDemo(t, opt)
		samePages(t, b, true, "after the demo fill")
		for i, c := range allCustomers(t, b)[:30] {
			writeOneOfSix(t, b, i, c)
		}
		samePages(t, b, true, "after single writes")
	}
}

func TestRiskPagesReadTheWholeListWhereRanksAreMissing(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 250, Seed: 9})
	// Unreadable reasons keep their ranks: the pages that hold such a
	// customer are read from the whole list.
	exec(t, b, `UPDATE flag_reasons SET flags = 'not flags' WHERE customer_id % 5 = 0`)
	samePages(t, b, false, "with some reasons unreadable")
	// Reasons gone take their ranks with them.
	exec(t, b, `DELETE FROM flag_reasons WHERE customer_id % 5 = 0`)
	var left int
	if err := b.reader.QueryRow(`SELECT count(*) FROM flag_ranks WHERE customer_id % 5 = 0`).Scan(&left); err != nil || left != 0 {
		t.Fatalf("%d ranks outlived their reasons (%v)", left, err)
	}
	samePages(t, b, false, "with some reasons not kept")
	if _, err := b.Rescore(context.Background()); err != nil {
		t.Fatal(err)
	}
	samePages(t, b, true, "after the next full scoring")
}
