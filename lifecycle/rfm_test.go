package lifecycle

import (
	"math"
	"slices"
	"testing"
	"time"
)

func TestQuintilesOf(t *testing.T) {
	tests := []struct {
		name   string
		values []float64
		want   Quintiles
	}{
		// h = 9·k/5 between the sorted values: 1.8, 3.6, 5.4, 7.2.
		{"one to ten", []float64{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, Quintiles{2.8, 4.6, 6.4, 8.2}},
		{"ties", []float64{1, 1, 1, 1, 1, 1, 2, 2, 3, 5}, Quintiles{1, 1, 1.4, 2.2}},
		{"one value", []float64{7}, Quintiles{7, 7, 7, 7}},
		{"two values", []float64{0, 100}, Quintiles{20, 40, 60, 80}},
		{"none", nil, Quintiles{}},
	}
	for _, tt := range tests {
		got := QuintilesOf(tt.values)
		for k := range got {
			if math.Abs(got[k]-tt.want[k]) > 1e-12 {
				t.Errorf("%s: QuintilesOf = %v, want %v", tt.name, got, tt.want)
				break
			}
		}
	}
}

func TestQuintileScores(t *testing.T) {
	q := Quintiles{2.8, 4.6, 6.4, 8.2}
	ties := Quintiles{1, 1, 1.4, 2.2}
	tests := []struct {
		q             Quintiles
		v             float64
		higher, lower int
	}{
		{q, 1, 1, 5}, {q, 3, 2, 4}, {q, 5, 3, 3}, {q, 7, 4, 2}, {q, 10, 5, 1},
		// On an edge a value takes the lower score either way.
		{q, 2.8, 1, 4}, {q, 8.2, 4, 1},
		// Most customers bought on one day: they all score 1, the rest high.
		{ties, 1, 1, 3}, {ties, 2, 4, 2}, {ties, 3, 5, 1},
	}
	for _, tt := range tests {
		if h, l := tt.q.ScoreHigher(tt.v), tt.q.ScoreLower(tt.v); h != tt.higher || l != tt.lower {
			t.Errorf("%v: scores of %g = %d (higher is better), %d (lower is better); want %d, %d", tt.q, tt.v, h, l, tt.higher, tt.lower)
		}
	}
}

// rfmOf reads the RFM values of purchases through their digest, as the
// book does.
func rfmOf(purchases []Purchase, asOf time.Time) (RFMValues, bool) {
	d, ok := DigestPurchases(purchases, asOf)
	if !ok {
		return RFMValues{}, false
	}
	return d.RFM(asOf), true
}

func TestRFMValuesOfADigest(t *testing.T) {
	asOf := time.Date(2024, 6, 30, 9, 0, 0, 0, time.UTC)
	day := func(m time.Month, d, hour int) time.Time { return time.Date(2024, m, d, hour, 0, 0, 0, time.UTC) }
	purchases := []Purchase{
		{At: day(6, 1, 10), Amount: 2000},
		{At: day(6, 1, 15), Amount: 500}, // the same day: one purchase day, both amounts
		{At: day(6, 20, 10), Amount: 1250},
		{At: day(6, 30, 23), Amount: 100}, // the as-of day counts in full
		{At: day(7, 1, 0), Amount: 9999},  // after the as-of day
	}
	got, ok := rfmOf(purchases, asOf)
	if want := (RFMValues{Recency: 0, Frequency: 3, Monetary: 3850}); !ok || got != want {
		t.Errorf("RFM values = %+v, %v; want %+v", got, ok, want)
	}
	got, ok = rfmOf(purchases[:3], asOf)
	if want := (RFMValues{Recency: 10, Frequency: 2, Monetary: 3750}); !ok || got != want {
		t.Errorf("RFM values without the last two = %+v, %v; want %+v", got, ok, want)
	}
	if got, ok := rfmOf(purchases[4:], asOf); ok {
		t.Errorf("RFM values with only a later purchase = %+v, true; want false", got)
	}
}

// TestScoreRFM scores ten hand-made customers. Recency days 1…10 give the
// edges 2.8, 4.6, 6.4, 8.2; the frequencies are those of the ties case
// (edges 1, 1, 1.4, 2.2), the spend 10…100 gives 28, 46, 64, 82.
func TestScoreRFM(t *testing.T) {
	values := []RFMValues{
		{Recency: 1, Frequency: 5, Monetary: 10000},
		{Recency: 2, Frequency: 1, Monetary: 2000},
		{Recency: 3, Frequency: 2, Monetary: 9000},
		{Recency: 4, Frequency: 1, Monetary: 3000},
		{Recency: 5, Frequency: 1, Monetary: 5000},
		{Recency: 6, Frequency: 1, Monetary: 6000},
		{Recency: 7, Frequency: 3, Monetary: 8000},
		{Recency: 8, Frequency: 1, Monetary: 4000},
		{Recency: 9, Frequency: 2, Monetary: 7000},
		{Recency: 10, Frequency: 1, Monetary: 1000},
	}
	want := []RFMScore{
		{5, 5, 5, SegmentChampions},
		{5, 1, 1, SegmentNewCustomers},
		{4, 4, 5, SegmentLoyal},
		{4, 1, 2, SegmentPromising},
		{3, 1, 3, SegmentAboutToSleep},
		{3, 1, 3, SegmentAboutToSleep},
		{2, 5, 4, SegmentCantLoseThem},
		{2, 1, 2, SegmentHibernating},
		{1, 4, 4, SegmentAtRisk},
		{1, 1, 1, SegmentLost},
	}
	if got := ScoreRFM(values); !slices.Equal(got, want) {
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("customer %d %+v: %+v, want %+v", i+1, values[i], got[i], want[i])
			}
		}
	}
	if got := ScoreRFM(nil); len(got) != 0 {
		t.Errorf("ScoreRFM(nil) = %v, want none", got)
	}
}

// appendIf appends s to list when ok.
func appendIf(list []Segment, s Segment, ok bool) []Segment {
	if ok {
		return append(list, s)
	}
	return list
}

// within tells whether lo <= v <= hi.
func within(v, lo, hi int) bool { return lo <= v && v <= hi }

// segmentRanges are the cells of the RFM map each segment covers, written
// out as conditions on the R and F scores.
var segmentRanges = []struct {
	segment Segment
	covers  func(r, f int) bool
}{
	{SegmentChampions, func(r, f int) bool { return r == 5 && within(f, 4, 5) }},
	{SegmentLoyal, func(r, f int) bool { return within(r, 3, 4) && within(f, 4, 5) }},
	{SegmentPotentialLoyalist, func(r, f int) bool { return within(r, 4, 5) && within(f, 2, 3) }},
	{SegmentNewCustomers, func(r, f int) bool { return r == 5 && f == 1 }},
	{SegmentPromising, func(r, f int) bool { return r == 4 && f == 1 }},
	{SegmentNeedAttention, func(r, f int) bool { return r == 3 && f == 3 }},
	{SegmentAboutToSleep, func(r, f int) bool { return r == 3 && within(f, 1, 2) }},
	{SegmentAtRisk, func(r, f int) bool { return within(r, 1, 2) && within(f, 3, 4) }},
	{SegmentCantLoseThem, func(r, f int) bool { return within(r, 1, 2) && f == 5 }},
	{SegmentHibernating, func(r, f int) bool { return r == 2 && within(f, 1, 2) }},
	{SegmentLost, func(r, f int) bool { return r == 1 && within(f, 1, 2) }},
}

// TestSegmentOfCoversTheGrid checks every cell of the map against the
// ranges of the segments, written out here as conditions.
func TestSegmentOfCoversTheGrid(t *testing.T) {
	for r := 1; r <= 5; r++ {
		for f := 1; f <= 5; f++ {
			var covering []Segment
			for _, rule := range segmentRanges {
				covering = appendIf(covering, rule.segment, rule.covers(r, f))
			}
			if len(covering) != 1 || SegmentOf(r, f) != covering[0] {
				t.Errorf("R %d F %d: SegmentOf = %q, the ranges give %q", r, f, SegmentOf(r, f), covering)
			}
		}
	}
	for _, rf := range [][2]int{{0, 3}, {6, 3}, {3, 0}, {3, 6}} {
		if s := SegmentOf(rf[0], rf[1]); s != "" {
			t.Errorf("SegmentOf(%d, %d) = %q, want none", rf[0], rf[1], s)
		}
	}
}
