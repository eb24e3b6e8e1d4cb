package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// encoded is what writeJSONList writes for a list of values.
func encoded(t *testing.T, values ...any) string {
	t.Helper()
	var out bytes.Buffer
	if err := writeJSONList(&out, values, func(v any) any { return v }); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

var awkwardTexts = []string{"", "Müller & Söhne <GmbH>", "a \"quoted\" \\ back", "tab\there\nline\r\x00\x07\x1f\x7f",
	"\b\f", "bad \xff\xfe utf-8", "sep \u2028 \u2029", "emoji 😀", "\u00e9\u0301"}

var awkwardFloats = []float64{0, 1, -1, 0.5, 1e-7, 1.5e-7, 123456789.125, 1e21, 1e20, -2.5e-9, math.SmallestNonzeroFloat64,
	math.MaxFloat64, 0.7238173214499876, 104215.59, 1e-6, 999999999999999999999.0}

// byEncoder is what the encoder writes for v, as writeJSONList sets it.
func byEncoder(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// TestFiguresByHandAreWhatTheEncoderWrites: the hand writer's numbers,
// of either sign, and texts are the encoder's bytes.
func TestFiguresByHandAreWhatTheEncoderWrites(t *testing.T) {
	var values []any
	for _, f := range awkwardFloats {
		values = append(values, f, -f)
	}
	for _, n := range []int{0, 1, -1, 999, -1000, math.MaxInt32, math.MinInt32} {
		values = append(values, n)
	}
	for _, s := range awkwardTexts {
		values = append(values, s)
	}
	for _, v := range values {
		var j indentedJSON
		j.value(v)
		if got, want := string(j.b), byEncoder(t, v); j.bad || got != want {
			t.Errorf("%#v by hand %s (bad %v), by the encoder %s", v, got, j.bad, want)
		}
	}
}

func TestAFigureJSONCannotHoldIsRefusedByTheEncoder(t *testing.T) {
	f := data.Flagged{Name: "x", Flags: []lifecycle.Flag{}, Forecast: lifecycle.Forecast{Fitted: true, PAlive: math.NaN()}}
	var out bytes.Buffer
	if err := writeRiskJSON(&out, []data.Flagged{f}, false); err == nil || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("NaN written: %v\n%s", err, out.String())
	}
}

// FuzzJSONTextByHand checks that any text is quoted as the encoder quotes
// it, alone and where risk --json writes it: a name, a phase, a flag's
// kind and a reason's figure.
func FuzzJSONTextByHand(f *testing.F) {
	for _, s := range awkwardTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var j indentedJSON
		j.str(s)
		if got, want := string(j.b), byEncoder(t, s); got != want {
			t.Fatalf("%q by hand %s, by the encoder %s", s, got, want)
		}
		idle := lifecycle.Reason{Code: lifecycle.ReasonIdle, Values: map[string]any{"Days": 22, "Phase": s, "Limit": 21}}
		flagged := data.Flagged{Name: s, Phase: s, Flags: []lifecycle.Flag{{Kind: lifecycle.FlagKind(s), Reasons: []lifecycle.Reason{idle}}}}
		said := newReasonWords(1, words.ReasonInEnglish)
		item := &riskItem{f: flagged, said: said}
		if !item.writeIndented(&indentedJSON{}) {
			t.Fatalf("%q was not written by hand", s)
		}
		if got, want := encoded(t, item), encoded(t, newRiskOutput(flagged, said)); got != want {
			t.Errorf("%q by hand:\n%s\nby the encoder:\n%s", s, got, want)
		}
	})
}
