package lifecycle

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// cdnowSpend reduces the CDNOW sample to Gamma-Gamma inputs as of
// 1997-09-30: the repeat buyers and the mean of their repeat purchase days.
func cdnowSpend(tb testing.TB) []SpendHistory {
	tb.Helper()
	var ss []SpendHistory
	for _, c := range loadCDNOW(tb) {
		if s, ok := SpendHistoryOf(c.purchases, cdnowAsOf); ok {
			ss = append(ss, s)
		}
	}
	return ss
}

// TestFitGammaGammaReproducesCDNOW compares the fit to the 946 repeat
// buyers of the CDNOW sample with the published p = 6.25, q = 3.74,
// γ = 15.44. The inputs are the same as the published ones: every repeat
// buyer's mean is positive, so all 946 are fitted.
func TestFitGammaGammaReproducesCDNOW(t *testing.T) {
	ss := cdnowSpend(t)
	if len(ss) != 946 {
		t.Fatalf("%d repeat buyers, the papers have 946", len(ss))
	}
	fit, err := FitGammaGamma(ss)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name      string
		got, want float64
	}{{"p", fit.P, 6.25}, {"q", fit.Q, 3.74}, {"γ", fit.Gamma, 15.44}} {
		if math.Abs(tt.got-tt.want) > 0.005 {
			t.Errorf("%s = %.4f, published %.2f", tt.name, tt.got, tt.want)
		}
	}
	d, err := prepareGammaGamma(ss)
	if err != nil {
		t.Fatal(err)
	}
	for _, start := range d.starts() {
		m := minimize(d.meanNegLogLik, start)
		if !m.converged || math.Abs(-m.f*d.customers-fit.LogLikelihood) > 1e-6 {
			t.Errorf("from %+v: %+v, the best fit has log-likelihood %.6f", gammaGammaFromLog(start), m, fit.LogLikelihood)
		}
	}
	checkGradient(t, d.meanNegLogLik, GammaGamma{P: 1, Q: 2, Gamma: 30}.logParams())
}

// TestGammaGammaLogLikelihoodIsTheDensity compares the log-likelihood with
// the density of a customer's mean spend evaluated directly.
func TestGammaGammaLogLikelihoodIsTheDensity(t *testing.T) {
	g := GammaGamma{P: 3, Q: 4, Gamma: 20}
	density := func(s SpendHistory) float64 {
		px, x, m := g.P*float64(s.X), float64(s.X), s.Mean
		return math.Gamma(px+g.Q) / (math.Gamma(px) * math.Gamma(g.Q)) *
			math.Pow(g.Gamma, g.Q) * math.Pow(m, px-1) * math.Pow(x, px) / math.Pow(g.Gamma+m*x, px+g.Q)
	}
	ss := []SpendHistory{{1, 12.5}, {2, 30}, {5, 8}, {3, 100}, {1, 0.5}}
	want := 0.0
	for _, s := range ss {
		want += math.Log(density(s))
	}
	if got := g.LogLikelihoodOf(ss); math.Abs(got-want) > 1e-10*math.Abs(want) {
		t.Errorf("LogLikelihoodOf = %.15g, the density gives %.15g", got, want)
	}
}

// simulateGammaGamma draws customers from the model: ν ~ Gamma(q, γ), and
// 1 to 8 purchases each of Gamma(p, ν).
func simulateGammaGamma(rng *rand.Rand, g GammaGamma, n int) []SpendHistory {
	ss := make([]SpendHistory, n)
	for i := range ss {
		nu := gammaDraw(rng, g.Q) / g.Gamma
		x := 1 + rng.IntN(8)
		total := 0.0
		for range x {
			total += gammaDraw(rng, g.P) / nu
		}
		ss[i] = SpendHistory{X: x, Mean: total / float64(x)}
	}
	return ss
}

// TestFitGammaGammaRecoversSimulatedParameters fits 5,000 simulated repeat
// buyers. A large p, where one customer's purchases hardly vary, needs ten
// times as many customers to be told apart from a smaller p with a larger
// γ, so the cases keep p moderate.
func TestFitGammaGammaRecoversSimulatedParameters(t *testing.T) {
	for i, truth := range []GammaGamma{{P: 6, Q: 4, Gamma: 15}, {P: 1.5, Q: 8, Gamma: 400}, {P: 3, Q: 2.5, Gamma: 40}} {
		ss := simulateGammaGamma(rand.New(rand.NewPCG(uint64(i+1), 11)), truth, 5000)
		fit, err := FitGammaGamma(ss)
		if err != nil {
			t.Errorf("%+v: %v", truth, err)
			continue
		}
		if truthLL := truth.LogLikelihoodOf(ss); fit.LogLikelihood < truthLL {
			t.Errorf("fit of %+v: log-likelihood %.4f, below the truth's %.4f", truth, fit.LogLikelihood, truthLL)
		}
		got, want := []float64{fit.P, fit.Q, fit.Gamma}, []float64{truth.P, truth.Q, truth.Gamma}
		for k := range got {
			if math.Abs(got[k]/want[k]-1) > 0.15 {
				t.Errorf("fit of %+v = %+v, off by more than 15%%", truth, fit.GammaGamma)
				break
			}
		}
	}
}

func TestFitGammaGammaRefusesWhatItCannotFit(t *testing.T) {
	enough := simulateGammaGamma(rand.New(rand.NewPCG(1, 1)), GammaGamma{P: 6, Q: 4, Gamma: 15}, 20)
	tests := []struct {
		name string
		ss   []SpendHistory
	}{
		{"no customers", nil},
		{"too few customers", enough[:MinFitCustomers-1]},
		{"a customer without a repeat purchase", append(enough, SpendHistory{0, 10})},
		{"a mean that is not positive", append(enough, SpendHistory{2, 0})},
		{"a mean that is not a number", append(enough, SpendHistory{2, math.NaN()})},
	}
	for _, tt := range tests {
		if fit, err := FitGammaGamma(tt.ss); err == nil || fit.Converged {
			t.Errorf("%s: FitGammaGamma = %+v, %v; want an error", tt.name, fit, err)
		}
	}
	if _, err := FitGammaGamma(nil); !errors.Is(err, ErrTooFewCustomers) {
		t.Errorf("FitGammaGamma(nil) = %v, want ErrTooFewCustomers", err)
	}
}

func TestExpectedSpend(t *testing.T) {
	cdnow := GammaGamma{P: 6.25, Q: 3.74, Gamma: 15.44}
	tests := []struct {
		g    GammaGamma
		x    int
		mean float64
		want float64
	}{
		{cdnow, 0, 0, 6.25 * 15.44 / 2.74},                  // the population mean pγ/(q−1)
		{cdnow, 0, 99, 6.25 * 15.44 / 2.74},                 // no purchase, no mean to read
		{cdnow, 2, 30, 6.25 * (15.44 + 60) / (12.5 + 2.74)}, // (q−1)/(px+q−1) of the way to the population
		{cdnow, 10_000, 30, 6.25 * (15.44 + 300_000) / (62_500 + 2.74)},
		{GammaGamma{P: 2, Q: 0.5, Gamma: 10}, 0, 0, math.Inf(1)}, // q ≤ 1: no finite population mean
		{GammaGamma{P: 2, Q: 0.5, Gamma: 10}, 3, 40, 2 * (10 + 120) / 5.5},
	}
	for _, tt := range tests {
		if got := tt.g.ExpectedSpend(tt.x, tt.mean); math.Abs(got-tt.want) > 1e-12*tt.want && got != tt.want {
			t.Errorf("%+v.ExpectedSpend(%d, %g) = %.15g, want %.15g", tt.g, tt.x, tt.mean, got, tt.want)
		}
	}
}

func TestExpectedValueIsPurchasesTimesSpend(t *testing.T) {
	gg := GammaGamma{P: 6.25, Q: 3.74, Gamma: 15.44}
	tests := []struct {
		h    RepeatHistory
		mean float64
	}{
		{RepeatHistory{2, 30.43, 38.86}, 30},
		{RepeatHistory{0, 0, 38.86}, 0},
		{RepeatHistory{7, 38, 38.86}, 12.5},
	}
	for _, tt := range tests {
		want := cdnowPublished.ConditionalExpectedPurchases(tt.h, 52) * gg.ExpectedSpend(tt.h.X, tt.mean)
		if got := ExpectedValue(cdnowPublished, gg, tt.h, tt.mean, 52); math.Abs(got-want) > 1e-12*want || want <= 0 {
			t.Errorf("ExpectedValue(%+v, %g) = %g, want %g", tt.h, tt.mean, got, want)
		}
	}
	// Customer 0001 of CDNOW: 1.226 purchases in 39 weeks of, leaning
	// toward the customer's own $30, about $31 each.
	if got := ExpectedValue(cdnowPublished, gg, RepeatHistory{2, 30.43, 38.86}, 30, 39); math.Abs(got-1.226*30.937) > 0.01 {
		t.Errorf("ExpectedValue of customer 0001 = %.3f, want 1.226 × 30.937", got)
	}
	if got := ExpectedValue(cdnowPublished, GammaGamma{P: 2, Q: 0.5, Gamma: 10}, RepeatHistory{0, 0, 10}, 0, 0); got != 0 {
		t.Errorf("ExpectedValue over no time = %g, want 0 even with an infinite mean spend", got)
	}
}
