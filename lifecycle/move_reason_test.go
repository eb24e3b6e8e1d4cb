package lifecycle

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestALossIntoAnEndedPhaseAndAWinBackTakeAReason(t *testing.T) {
	lc, err := Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		from, to string
		want     ReasonKind
	}{
		{"loyalty", "win-back", LostReason},
		{"win-back", "lost", LostReason},
		{"acquisition", "lost", LostReason},
		{"win-back", "conversion", WonBackReason},
		{"lost", "awareness", WonBackReason},
		{"lost", "win-back", ""},
		{"conversion", "retention", ""},
		{"retention", "acquisition", ""},
		{"", "lost", ""},
	} {
		got, ok := lc.ReasonFor(tt.from, tt.to)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s → %s takes %q (%v), want %q", tt.from, tt.to, got, ok, tt.want)
		}
	}
}

var someReasons = []MoveReason{
	{Kind: LostReason, Key: "price"}, {Kind: LostReason, Key: "other"},
	{Kind: LostReason, Key: "lieferzeit", Label: "Lieferzeit"},
	{Kind: LostReason, Key: "no-answer", Hidden: true},
	{Kind: WonBackReason, Key: "offer"},
}

func TestAMoveIsExplainedOnlyByAnOfferedReasonOfItsKind(t *testing.T) {
	lc, _ := Preset("classic")
	lost := PhaseChange{From: "loyalty", To: "lost", At: time.Now()}
	ch, err := lc.Explain(lost, Why{Key: "price", Note: "  too dear  "}, someReasons)
	if err != nil || ch.ReasonKey != "price" || ch.ReasonNote != "too dear" {
		t.Fatalf("Explain = %+v, %v", ch, err)
	}
	var unknown *ReasonUnknownError
	for _, key := range []string{"offer", "no-answer", "nonsense"} {
		_, err := lc.Explain(lost, Why{Key: key}, someReasons)
		if !errors.As(err, &unknown) || unknown.Values()["Choices"] != "price, other, lieferzeit" {
			t.Errorf("reason %s for a loss: %v", key, err)
		}
	}
	forward := PhaseChange{From: "conversion", To: "retention"}
	if _, err := lc.Explain(forward, Why{Note: "x"}, someReasons); err == nil {
		t.Error("a move forward took a reason")
	}
	if ch, err := lc.Explain(forward, Why{Key: " "}, someReasons); err != nil || ch.ReasonKey != "" {
		t.Errorf("a move without a reason: %+v, %v", ch, err)
	}
	if _, err := lc.Explain(lost, Why{Note: strings.Repeat("x", MaxNoteBytes+1)}, someReasons); err == nil {
		t.Error("a note over its limit was taken")
	}
}

func TestAReasonAddedIsKeyedByItsLabelAndComesBackOnceHidden(t *testing.T) {
	r, err := NewReason(LostReason, "  Delivery time ", someReasons)
	if err != nil || r.Key != "delivery-time" || r.Label != "Delivery time" {
		t.Fatalf("NewReason = %+v, %v", r, err)
	}
	if _, err := NewReason(LostReason, "Lieferzeit", someReasons); err == nil {
		t.Error("a reason offered already was added again")
	}
	if r, err := NewReason(LostReason, "no answer", someReasons); err != nil || r.Label != "" {
		t.Errorf("a hidden default came back as %+v, %v", r, err)
	}
	if _, err := NewReason(WonBackReason, "Lieferzeit", someReasons); err != nil {
		t.Errorf("a key of the other kind: %v", err)
	}
	for _, bad := range []string{"", " - ", "a\x1bb"} {
		if _, err := NewReason(LostReason, bad, someReasons); err == nil {
			t.Errorf("reason %q was taken", bad)
		}
	}
}

func TestAReasonIsFoundByKeyLabelOrNameInAnyCase(t *testing.T) {
	named := func(r MoveReason) string { return map[string]string{"price": "Too dear"}[r.Key] }
	for _, in := range []string{"PRICE", "too dear", "lieferZEIT"} {
		if _, err := FindReason(someReasons, LostReason, in, named); err != nil {
			t.Errorf("%s: %v", in, err)
		}
	}
	if _, err := FindReason(someReasons, LostReason, "no-answer", named); err == nil {
		t.Error("a hidden reason was found")
	}
}

func TestAReasonKindIsLostOrWonBack(t *testing.T) {
	if k, err := ParseReasonKind(" Won-Back"); err != nil || k != WonBackReason {
		t.Errorf("ParseReasonKind = %q, %v", k, err)
	}
	if _, err := ParseReasonKind("gained"); err == nil {
		t.Error("an unknown kind was taken")
	}
}
