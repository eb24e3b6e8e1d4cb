package cli

import (
	"bytes"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
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

// byEncoder hides a value's hand-written form, so that the encoder
// writes it.
type byEncoder struct{ riskOutput }

func (byEncoder) writeIndented(*indentedJSON) bool { return false }

var awkwardTexts = []string{"", "Müller & Söhne <GmbH>", "a \"quoted\" \\ back", "tab\there\nline\r\x00\x07\x1f\x7f",
	"\b\f", "bad \xff\xfe utf-8", "sep \u2028 \u2029", "emoji 😀", "\u00e9\u0301"}

var awkwardFloats = []float64{0, 1, -1, 0.5, 1e-7, 1.5e-7, 123456789.125, 1e21, 1e20, -2.5e-9, math.SmallestNonzeroFloat64,
	math.MaxFloat64, 0.7238173214499876, 104215.59, 1e-6, 999999999999999999999.0}

func randomRisk(r *rand.Rand) riskOutput {
	text := func() string { return awkwardTexts[r.IntN(len(awkwardTexts))] }
	figure := func() *float64 {
		if r.IntN(4) == 0 {
			return nil
		}
		f := awkwardFloats[r.IntN(len(awkwardFloats))] * float64(1-2*r.IntN(2))
		return &f
	}
	o := riskOutput{ID: r.Int64N(1 << 40), Name: text(), Phase: text(), Flags: make([]flagOutput, r.IntN(3)),
		PAlive: figure(), ExpectedPurchases: figure(), ExpectedValue: figure()}
	for i := range o.Flags {
		o.Flags[i] = flagOutput{Kind: text(), Severity: r.IntN(200) - 50, Reasons: make([]string, r.IntN(3)), Details: make([]reasonDetail, r.IntN(3))}
		for j := range o.Flags[i].Reasons {
			o.Flags[i].Reasons[j] = text()
		}
		for j := range o.Flags[i].Details {
			o.Flags[i].Details[j] = randomDetail(r, text)
		}
	}
	if r.IntN(3) > 0 {
		o.RFM = &rfmOutput{r.IntN(6), r.IntN(6), r.IntN(6), text()}
	}
	return o
}

// randomDetail is a reason's detail with figures of every kind.
func randomDetail(r *rand.Rand, text func() string) reasonDetail {
	d := reasonDetail{code: text()}
	for i := range r.IntN(4) {
		var v any
		switch r.IntN(3) {
		case 0:
			v = r.IntN(2000) - 1000
		case 1:
			v = awkwardFloats[r.IntN(len(awkwardFloats))]
		default:
			v = text()
		}
		d.values = append(d.values, detailValue{"v" + strconv.Itoa(i), v})
	}
	return d
}

// TestRiskJSONByHandIsWhatTheEncoderWrites writes random customers of
// tend risk --json, with awkward names and figures, by hand and by the
// encoder, and compares the bytes.
func TestRiskJSONByHandIsWhatTheEncoderWrites(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 15))
	for range 2000 {
		a, b := randomRisk(r), randomRisk(r)
		if got, want := encoded(t, a, b), encoded(t, byEncoder{a}, byEncoder{b}); got != want {
			t.Fatalf("by hand:\n%s\nby the encoder:\n%s", got, want)
		}
	}
}

func TestAFigureJSONCannotHoldIsRefusedByTheEncoder(t *testing.T) {
	nan := math.NaN()
	var out bytes.Buffer
	err := writeJSONList(&out, []riskOutput{{Name: "x", Flags: []flagOutput{}, PAlive: &nan}}, func(o riskOutput) any { return o })
	if err == nil || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("NaN written: %v\n%s", err, out.String())
	}
}

// FuzzJSONTextByHand checks that any text is quoted as the encoder quotes
// it.
func FuzzJSONTextByHand(f *testing.F) {
	for _, s := range awkwardTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o := riskOutput{Name: s, Phase: s, Flags: []flagOutput{{Kind: s, Reasons: []string{s}, Details: []reasonDetail{{code: s}}}}}
		if got, want := encoded(t, o), encoded(t, byEncoder{o}); got != want {
			t.Errorf("%q by hand:\n%s\nby the encoder:\n%s", s, got, want)
		}
	})
}
