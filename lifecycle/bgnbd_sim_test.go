package lifecycle

import (
	"math"
	"math/rand/v2"
	"testing"
)

// gammaDraw draws from Gamma(shape, 1) by Marsaglia & Tsang's method, with
// the boost Gamma(k) = Gamma(k+1)·U^(1/k) for shapes below one.
func gammaDraw(rng *rand.Rand, shape float64) float64 {
	if shape < 1 {
		return gammaDraw(rng, shape+1) * math.Pow(rng.Float64(), 1/shape)
	}
	d := shape - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		z := rng.NormFloat64()
		v := 1 + c*z
		if v <= 0 {
			continue
		}
		v = v * v * v
		if u := rng.Float64(); math.Log(u) < z*z/2+d-d*v+d*math.Log(v) {
			return d * v
		}
	}
}

// simulateBGNBD draws customers from the BG/NBD story (paper, section 3):
// λ ~ Gamma(r, α), p ~ Beta(a, b); purchases come at rate λ, and after each
// repeat purchase the customer drops out with probability p. Customers are
// watched for 20 to 52 weeks after their first purchase.
func simulateBGNBD(rng *rand.Rand, m BGNBD, n int) []RepeatHistory {
	hs := make([]RepeatHistory, n)
	for i := range hs {
		lambda := gammaDraw(rng, m.R) / m.Alpha
		g := gammaDraw(rng, m.A)
		p := g / (g + gammaDraw(rng, m.B))
		T := 20 + 32*rng.Float64()
		h := RepeatHistory{T: T}
		for at := rng.ExpFloat64() / lambda; at <= T; at += rng.ExpFloat64() / lambda {
			h.X, h.TX = h.X+1, at
			if rng.Float64() < p {
				break
			}
		}
		hs[i] = h
	}
	return hs
}

// bgnbdQuantity is a figure of a model that a recovery test compares.
type bgnbdQuantity struct {
	name string
	of   func(BGNBD) float64
}

// The purchase rate and the mean drop-out probability are pinned down by a
// few thousand customers; how a and b split the drop-out between loyal and
// fickle customers takes ten times as many (at 5,000 customers a and b
// stray by up to 90% across seeds, by under 10% at 50,000).
var (
	bgnbdIdentified = []bgnbdQuantity{
		{"r", func(m BGNBD) float64 { return m.R }},
		{"α", func(m BGNBD) float64 { return m.Alpha }},
		{"a/(a+b)", func(m BGNBD) float64 { return m.A / (m.A + m.B) }},
	}
	bgnbdAll = append(bgnbdIdentified[:3:3],
		bgnbdQuantity{"a", func(m BGNBD) float64 { return m.A }},
		bgnbdQuantity{"b", func(m BGNBD) float64 { return m.B }})
)

func TestFitBGNBDRecoversSimulatedParameters(t *testing.T) {
	tests := []struct {
		truth   BGNBD
		n       int
		checked []bgnbdQuantity
	}{
		{BGNBD{R: 0.5, Alpha: 6, A: 0.8, B: 3}, 5000, bgnbdIdentified},
		{BGNBD{R: 0.5, Alpha: 6, A: 0.8, B: 3}, 50000, bgnbdAll},
		{BGNBD{R: 2, Alpha: 10, A: 1.5, B: 6}, 50000, bgnbdAll},
	}
	for i, tt := range tests {
		hs := simulateBGNBD(rand.New(rand.NewPCG(uint64(i+1), 7)), tt.truth, tt.n)
		fit, err := FitBGNBD(hs)
		if err != nil {
			t.Errorf("%+v: %v", tt.truth, err)
			continue
		}
		if truthLL := tt.truth.LogLikelihoodOf(hs); fit.LogLikelihood < truthLL {
			t.Errorf("%d customers of %+v: log-likelihood %.4f, below the truth's %.4f", tt.n, tt.truth, fit.LogLikelihood, truthLL)
		}
		for _, q := range tt.checked {
			if got, want := q.of(fit.BGNBD), q.of(tt.truth); math.Abs(got/want-1) > 0.15 {
				t.Errorf("%d customers of %+v: %s = %.4g, want %.4g within 15%%", tt.n, tt.truth, q.name, got, want)
			}
		}
	}
}

func BenchmarkFitBGNBD100k(b *testing.B) {
	hs := simulateBGNBD(rand.New(rand.NewPCG(1, 2)), BGNBD{R: 0.5, Alpha: 6, A: 0.8, B: 3}, 100_000)
	for b.Loop() {
		if _, err := FitBGNBD(hs); err != nil {
			b.Fatal(err)
		}
	}
}
