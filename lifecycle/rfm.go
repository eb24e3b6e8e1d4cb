package lifecycle

import "slices"

// RFMValues are what a customer's RFM scores are computed from, as of a date.
type RFMValues struct {
	Recency   int   // days from the last purchase to the as-of date
	Frequency int   // purchase days
	Monetary  Money // total spend
}

// RFMScore places a customer among the scored ones: each score runs from 1
// (the bottom fifth) to 5 (the top fifth), and the segment follows from R
// and F.
type RFMScore struct {
	R, F, M int
	Segment Segment
}

// Quintiles are the edges between the fifths of a set of values: the 20th,
// 40th, 60th and 80th percentiles.
type Quintiles [4]float64

// QuintilesOf computes the edges by linear interpolation between the
// sorted values (the default of R's quantile and of NumPy), so that the
// edges of a small set fall between its values.
func QuintilesOf(values []float64) Quintiles {
	var q Quintiles
	if len(values) == 0 {
		return q
	}
	sorted := slices.Sorted(slices.Values(values))
	for k := range q {
		h := float64(len(sorted)-1) * float64(k+1) / 5
		lo := int(h)
		q[k] = sorted[lo]
		if lo+1 < len(sorted) {
			q[k] += (h - float64(lo)) * (sorted[lo+1] - sorted[lo])
		}
	}
	return q
}

// ScoreHigher scores a value where more is better: 1 plus the number of
// edges it exceeds. A value on an edge takes the lower score, so that equal
// values always score alike.
func (q Quintiles) ScoreHigher(v float64) int {
	s := 1
	for _, e := range q {
		if v > e {
			s++
		}
	}
	return s
}

// ScoreLower scores a value where less is better, such as days since the
// last purchase: 1 plus the number of edges it stays below. A value on an
// edge takes the lower score.
func (q Quintiles) ScoreLower(v float64) int {
	s := 1
	for _, e := range q {
		if v < e {
			s++
		}
	}
	return s
}

// RFMEdges are the quintiles of recency (days), frequency (purchase days)
// and monetary value (whole currency units) over the scored customers.
type RFMEdges struct {
	Recency, Frequency, Monetary Quintiles
}

// RFMEdgesOf computes the quintiles over a set of customers.
func RFMEdgesOf(values []RFMValues) RFMEdges {
	r, f, m := make([]float64, len(values)), make([]float64, len(values)), make([]float64, len(values))
	for i, v := range values {
		r[i], f[i], m[i] = float64(v.Recency), float64(v.Frequency), v.Monetary.Float()
	}
	return RFMEdges{QuintilesOf(r), QuintilesOf(f), QuintilesOf(m)}
}

// Score scores one customer against the edges: a recent purchase, many
// purchase days and a high spend score high.
func (e RFMEdges) Score(v RFMValues) RFMScore {
	s := RFMScore{
		R: e.Recency.ScoreLower(float64(v.Recency)),
		F: e.Frequency.ScoreHigher(float64(v.Frequency)),
		M: e.Monetary.ScoreHigher(v.Monetary.Float()),
	}
	s.Segment = SegmentOf(s.R, s.F)
	return s
}

// ScoreRFM scores each customer by the quintiles of the set.
func ScoreRFM(values []RFMValues) []RFMScore {
	e := RFMEdgesOf(values)
	scores := make([]RFMScore, len(values))
	for i, v := range values {
		scores[i] = e.Score(v)
	}
	return scores
}
