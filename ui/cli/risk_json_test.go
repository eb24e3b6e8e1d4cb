package cli

import (
	"math/rand/v2"
	"testing"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// someReasons are reasons of every kind of figure, shared between the
// customers as a reading of the book shares them, and with awkward text.
var someReasons = []lifecycle.Reason{
	{Code: lifecycle.ReasonSilentRhythm, Values: map[string]any{"Days": 53, "Every": 26}},
	{Code: lifecycle.ReasonIdle, Values: map[string]any{"Days": 22, "Phase": "Müller \"&\" <Söhne>\t\u2028", "Limit": 21}},
	{Code: lifecycle.ReasonLowPAlive, Values: map[string]any{"PAlive": 1.5e-7, "Purchases": 6}},
	{Code: lifecycle.ReasonSpendDrop, Values: map[string]any{"Recent": lifecycle.Money(12050), "Earlier": lifecycle.Money(900000), "Days": 90}},
	{Code: lifecycle.ReasonWorthSpentForecast, Values: map[string]any{"Worth": lifecycle.Money(150000), "Spent": lifecycle.Money(100000), "Expected": lifecycle.Money(50000), "More": 1.5}},
}

func randomFlagged(r *rand.Rand) data.Flagged {
	text := func() string { return awkwardTexts[r.IntN(len(awkwardTexts))] }
	figure := func() float64 { return awkwardFloats[r.IntN(len(awkwardFloats))] }
	f := data.Flagged{ID: r.Int64N(1 << 40), Name: text(), Phase: text(), Flags: make([]lifecycle.Flag, 1+r.IntN(3)),
		Forecast:      lifecycle.Forecast{Fitted: r.IntN(3) > 0, PAlive: figure(), ExpectedPurchases: figure(), ExpectedValue: lifecycle.Money(r.Int64N(1 << 30))},
		ValueForecast: r.IntN(2) == 0}
	for i := range f.Flags {
		f.Flags[i] = lifecycle.Flag{Kind: lifecycle.FlagKind(text()), Severity: r.IntN(101), Reasons: make([]lifecycle.Reason, 1+r.IntN(3))}
		for j := range f.Flags[i].Reasons {
			f.Flags[i].Reasons[j] = someReasons[r.IntN(len(someReasons))]
		}
	}
	if r.IntN(3) > 0 {
		f.RFM = &lifecycle.RFMScore{R: r.IntN(6), F: r.IntN(6), M: r.IntN(6), Segment: lifecycle.Segment(text())}
	}
	return f
}

// TestRiskJSONWritesWhatTheEncoderWrites: risk --json writes each
// customer straight from its flags, each reason's JSON made once, byte
// for byte as the encoder writes the customer's riskOutput, with the
// reasons' keys made or not.
func TestRiskJSONWritesWhatTheEncoderWrites(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for _, stored := range []bool{false, true} {
		said := newReasonWords(8, words.ReasonInEnglish)
		if stored {
			said = newStoredReasonWords(8, words.ReasonInEnglish)
		}
		var items, outputs []any
		for range 300 {
			f := randomFlagged(r)
			item := &riskItem{f: f, said: said}
			// By hand, or the list would fall back to the encoder and
			// compare it with itself.
			if !item.writeIndented(&indentedJSON{}) {
				t.Fatalf("stored %v: a customer was not written by hand: %+v", stored, f)
			}
			items = append(items, item)
			outputs = append(outputs, newRiskOutput(f, newReasonWords(1, words.ReasonInEnglish)))
		}
		if got, want := encoded(t, items...), encoded(t, outputs...); got != want {
			t.Fatalf("stored %v: by hand\n%.2000s\nby the encoder\n%.2000s", stored, got, want)
		}
	}
}
