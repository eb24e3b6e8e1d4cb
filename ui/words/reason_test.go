package words

import (
	"testing"

	"tend/lifecycle"
)

// TestEveryDefaultReasonHasItsMessage says each default reason and kind
// in English, and a reason the user added, or one the book lacks, as it
// is stored.
func TestEveryDefaultReasonHasItsMessage(t *testing.T) {
	want := map[string]string{
		"lost.price": "price", "lost.no-budget": "no budget", "lost.competitor": "went to a competitor",
		"lost.no-need": "no need any more", "lost.no-answer": "no answer", "lost.other": "other",
		"won-back.offer": "offer", "won-back.personal-contact": "personal contact", "won-back.new-need": "new need",
		"won-back.other": "other",
	}
	for _, r := range lifecycle.DefaultReasons {
		id := string(r.Kind) + "." + r.Key
		if got := ReasonName(r); got != want[id] {
			t.Errorf("%s reads %q, want %q", id, got, want[id])
		}
		delete(want, id)
	}
	if len(want) != 0 {
		t.Errorf("no default for %v", want)
	}
	if got := ReasonName(lifecycle.MoveReason{Kind: lifecycle.LostReason, Key: "lieferzeit", Label: "Lieferzeit"}); got != "Lieferzeit" {
		t.Errorf("a reason added reads %q", got)
	}
	if got := ReasonName(lifecycle.MoveReason{Kind: lifecycle.WonBackReason, Key: "price"}); got != "price" {
		t.Errorf("a key the list lacks reads %q", got)
	}
	if ReasonKindName(lifecycle.LostReason) != "lost" || ReasonKindName(lifecycle.WonBackReason) != "won back" {
		t.Error("the kinds do not read lost and won back")
	}
}

func TestReasonsCountedReadAsOneLinePerKind(t *testing.T) {
	counts := []lifecycle.ReasonCount{
		{MoveReason: lifecycle.MoveReason{Kind: lifecycle.LostReason, Key: "price"}, Customers: 1200},
		{MoveReason: lifecycle.MoveReason{Kind: lifecycle.LostReason, Key: "lieferzeit", Label: "Lieferzeit"}, Customers: 7},
		{MoveReason: lifecycle.MoveReason{Kind: lifecycle.LostReason}, Customers: 3},
	}
	if got, ok := ReasonsCounted(lifecycle.LostReason, counts); !ok || got != "Lost because: price 1,200, Lieferzeit 7, no reason given 3" {
		t.Errorf("lost: %q", got)
	}
	if got, ok := ReasonsCounted(lifecycle.WonBackReason, counts); ok {
		t.Errorf("won back, with none: %q", got)
	}
}
