package lifecycle

import (
	"math"
	"testing"
)

func TestDigamma(t *testing.T) {
	const euler = 0.57721566490153286061
	tests := []struct {
		x, want float64
	}{
		{1, -euler},
		{0.5, -euler - 2*math.Ln2},
		{2, 1 - euler},
		{10, 2.251752589066721107647},      // H(9) − γ
		{1e-8, -1e8 - euler + 1.644934e-8}, // −1/x − γ + ζ(2)·x
		{1e6, 13.81551005796419},           // ln x − 1/(2x)
	}
	for _, tt := range tests {
		if got := digamma(tt.x); math.Abs(got-tt.want) > 1e-14*math.Max(1, math.Abs(tt.want)) {
			t.Errorf("digamma(%g) = %.17g, want %.17g", tt.x, got, tt.want)
		}
	}
}

// TestDigammaIsTheSlopeOfLgamma checks ψ against central differences of
// ln Γ across the range the likelihoods use.
func TestDigammaIsTheSlopeOfLgamma(t *testing.T) {
	for _, x := range []float64{0.05, 0.3, 0.793, 2.426, 7.5, 9.99, 10.01, 55, 4000} {
		h := 1e-5 * x
		hi, _ := math.Lgamma(x + h)
		lo, _ := math.Lgamma(x - h)
		if want := (hi - lo) / (2 * h); math.Abs(digamma(x)-want) > 1e-7*math.Max(1, math.Abs(want)) {
			t.Errorf("digamma(%g) = %.12g, slope of ln Γ %.12g", x, digamma(x), want)
		}
	}
}

func TestLogAddExp(t *testing.T) {
	tests := []struct {
		u, v, sum, shareU float64
	}{
		{0, 0, math.Ln2, 0.5},
		{math.Log(3), math.Log(1), math.Log(4), 0.75},
		{-1000, -1000 - math.Log(3), -1000 + math.Log(4.0/3), 0.75},
		{1000, 0, 1000, 1},
		{0, 1000, 1000, 0},
	}
	for _, tt := range tests {
		sum, su, sv := logAddExp(tt.u, tt.v)
		if math.Abs(sum-tt.sum) > 1e-12*math.Max(1, math.Abs(tt.sum)) || math.Abs(su-tt.shareU) > 1e-12 || math.Abs(su+sv-1) > 1e-15 {
			t.Errorf("logAddExp(%g, %g) = %g, %g, %g; want %g, %g", tt.u, tt.v, sum, su, sv, tt.sum, tt.shareU)
		}
	}
}
