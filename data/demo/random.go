package demo

import (
	"math"
	"math/rand/v2"
	"time"
)

// The random draws the demo book is made of. Every customer has a source of
// its own, seeded from the book's seed and the customer's number, so that
// a customer comes out the same however the work is split.

// newDemoSource returns the random source of the customer numbered id.
func newDemoSource(seed int64, id int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), uint64(id)))
}

// drawGamma draws from a Gamma distribution with the given shape and scale
// (Marsaglia and Tsang's method; shapes below one are boosted by one and
// scaled back down).
func drawGamma(rng *rand.Rand, shape, scale float64) float64 {
	if shape < 1 {
		return drawGamma(rng, shape+1, scale) * math.Pow(rng.Float64(), 1/shape)
	}
	d := shape - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		x := rng.NormFloat64()
		v := 1 + c*x
		if v <= 0 {
			continue
		}
		v = v * v * v
		if math.Log(rng.Float64()) < 0.5*x*x+d-d*v+d*math.Log(v) {
			return d * v * scale
		}
	}
}

// drawBeta draws from a Beta(a, b) distribution as a ratio of Gammas.
func drawBeta(rng *rand.Rand, a, b float64) float64 {
	x := drawGamma(rng, a, 1)
	return x / (x + drawGamma(rng, b, 1))
}

// chance is true with probability p.
func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }

// pick returns one element of list, each as likely as the others.
func pick[T any](rng *rand.Rand, list []T) T { return list[rng.IntN(len(list))] }

// pickWeighted returns an index into weights, drawn in proportion to them.
func pickWeighted(rng *rand.Rand, weights []float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	x := rng.Float64() * total
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// digits returns n random decimal digits.
func digits(rng *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + rng.IntN(10))
	}
	return string(b)
}

const day = 24 * time.Hour

// days turns a number of days into a duration.
func days(n float64) time.Duration { return time.Duration(n * float64(day)) }

// weeks turns a number of weeks into a duration.
func weeks(n float64) time.Duration { return time.Duration(n * float64(7*day)) }

// between returns a time drawn evenly from [lo, hi].
func between(rng *rand.Rand, lo, hi time.Time) time.Time {
	if !hi.After(lo) {
		return lo
	}
	return lo.Add(time.Duration(rng.Int64N(int64(hi.Sub(lo)) + 1)))
}

// workTime returns a time drawn evenly from [lo, hi] and moved into office
// hours.
func workTime(rng *rand.Rand, lo, hi time.Time) time.Time {
	return officeHours(rng, between(rng, lo, hi), lo, hi)
}

// officeHours moves t to a weekday between eight and six, when people do
// their work, unless that would leave [lo, hi].
func officeHours(rng *rand.Rand, t, lo, hi time.Time) time.Time {
	y, m, d := t.Date()
	switch t.Weekday() {
	case time.Saturday:
		d--
	case time.Sunday:
		d -= 2
	}
	at := time.Date(y, m, d, 8+rng.IntN(10), rng.IntN(60), rng.IntN(60), 0, t.Location())
	if at.Before(lo) || at.After(hi) {
		return t
	}
	return at
}
