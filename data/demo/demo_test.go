package demo

import (
	"slices"
	"testing"
	"time"

	"tend/lifecycle"
)

// testNow is the clock the stories are told up to.
var testNow = time.Date(2026, 3, 10, 9, 30, 0, 0, time.UTC)

func TestMailAddressesAreSpelledFromNames(t *testing.T) {
	cases := map[string]string{"Müller": "mueller", "Weiß": "weiss", "O'Brien": "obrien", "Jörg": "joerg", "Günther": "guenther"}
	for in, want := range cases {
		if got := ASCIIFold(in); got != want {
			t.Errorf("ASCIIFold(%q) = %q, want %q", in, got, want)
		}
	}
	if got := mailDomain("Müller Bau GmbH & Co. KG", "de"); got != "mueller-bau.de" {
		t.Errorf("mailDomain = %q", got)
	}
	if got := mailDomain("Northwind Holdings Inc.", "com"); got != "northwind-holdings.com" {
		t.Errorf("mailDomain = %q", got)
	}
}

// TestDemoStoriesHappenInOrder checks, on the stories of many customers,
// that each purchase follows the one before and each move the one before:
// a purchase moved into office hours before the one before it once put a
// customer's phase history out of order, so that its latest move was not
// to the phase the customer was in.
func TestDemoStoriesHappenInOrder(t *testing.T) {
	lc, err := lifecycle.Preset(lifecycle.DefaultPreset)
	if err != nil {
		t.Fatal(err)
	}
	st, err := stagesOf(lc)
	if err != nil {
		t.Fatal(err)
	}
	for id := range int64(30000) {
		rng := newDemoSource(1, id)
		s := drawStory(rng, drawBuyer(rng), testNow)
		if !slices.IsSortedFunc(s.purchases, time.Time.Compare) {
			t.Fatalf("customer %d: purchases out of order: %v", id, s.purchases)
		}
		moves := st.phasePath(rng, id, s)
		if !slices.IsSortedFunc(moves, func(a, b lifecycle.PhaseChange) int { return a.At.Compare(b.At) }) {
			t.Fatalf("customer %d: moves out of order: %v", id, moves)
		}
	}
}
