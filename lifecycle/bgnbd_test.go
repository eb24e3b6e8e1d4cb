package lifecycle

import (
	"errors"
	"math"
	"testing"
)

// cdnowPublished is the BG/NBD fit to the CDNOW sample in the paper.
var cdnowPublished = BGNBD{R: 0.243, Alpha: 4.414, A: 0.793, B: 2.426}

// hyp2f1 sums Gauss's hypergeometric series term by term, as written, for
// 0 ≤ z < 1: slow, but independent of the transformed series the package
// sums.
func hyp2f1(a, b, c, z float64) float64 {
	term, sum := 1.0, 1.0
	for n := 0.0; n < 1e6; n++ {
		term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z
		sum += term
		if math.Abs(term) < 1e-17*math.Abs(sum) && n > 10 {
			break
		}
	}
	return sum
}

// paperPAlive and paperConditional are the closed forms as printed: P(alive)
// from Fader, Hardie & Lee's 2008 note, eq. 10 of the 2005 paper.
func paperPAlive(m BGNBD, h RepeatHistory) float64 {
	if h.X == 0 {
		return 1
	}
	x := float64(h.X)
	return 1 / (1 + m.A/(m.B+x-1)*math.Pow((m.Alpha+h.T)/(m.Alpha+h.TX), m.R+x))
}

func paperConditional(m BGNBD, h RepeatHistory, t float64) float64 {
	x := float64(h.X)
	z := t / (m.Alpha + h.T + t)
	bracket := 1 - math.Pow((m.Alpha+h.T)/(m.Alpha+h.T+t), m.R+x)*hyp2f1(m.R+x, m.B+x, m.A+m.B+x-1, z)
	return (m.A + m.B + x - 1) / (m.A - 1) * bracket * paperPAlive(m, h)
}

// posteriorConditional derives eq. 10 a second way, from the model's story:
// an active customer with drop-out probability p and rate λ buys
// (1 − e^(−λpt))/p times in t (paper, eq. 7); given the history and being
// active, λ ~ Gamma(r+x, α+T) and p ~ Beta(a, b+x). Averaging over λ in
// closed form leaves an integral over p, taken here by Simpson's rule after
// p = u^(j/a) with j = ⌈a⌉, which turns the p^(a−1) of the Beta density,
// singular or kinked at 0, into the smooth (j/a)·u^(j−1).
func posteriorConditional(m BGNBD, h RepeatHistory, t float64) float64 {
	x := float64(h.X)
	active := func(p float64) float64 {
		if p == 0 {
			return (m.R + x) * t / (m.Alpha + h.T)
		}
		return (1 - math.Pow(1+p*t/(m.Alpha+h.T), -(m.R+x))) / p
	}
	j := math.Ceil(m.A)
	integrand := func(u float64) float64 {
		p := math.Pow(u, j/m.A)
		return active(p) * math.Pow(1-p, m.B+x-1) * math.Pow(u, j-1)
	}
	const n = 20_000
	sum := integrand(0) + integrand(1)
	for i := 1; i < n; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4
		}
		sum += w * integrand(float64(i)/n)
	}
	lgA, _ := math.Lgamma(m.A)
	lgB, _ := math.Lgamma(m.B + x)
	lgAB, _ := math.Lgamma(m.A + m.B + x)
	beta := math.Exp(lgA + lgB - lgAB)
	return sum / (3 * n) * j / (m.A * beta) * paperPAlive(m, h)
}

func TestPredictionsMatchTheClosedForms(t *testing.T) {
	tests := []struct {
		m BGNBD
		h RepeatHistory
		t float64
	}{
		{cdnowPublished, RepeatHistory{2, 30.43, 38.86}, 39},
		{cdnowPublished, RepeatHistory{0, 0, 38.86}, 39},
		{cdnowPublished, RepeatHistory{1, 1.71, 38.86}, 39},
		{cdnowPublished, RepeatHistory{26, 30.86, 31}, 39},
		{cdnowPublished, RepeatHistory{7, 20, 35}, 104},
		{BGNBD{R: 0.5, Alpha: 100, A: 1.2, B: 2}, RepeatHistory{5, 200, 600}, 180},
		{BGNBD{R: 2, Alpha: 3, A: 3, B: 1.5}, RepeatHistory{3, 5, 10}, 20},
		{BGNBD{R: 0.8, Alpha: 10, A: 0.999999, B: 4}, RepeatHistory{4, 12, 20}, 52},
		// a > 2+r+x: the ratio of the series' terms falls toward z from above.
		{BGNBD{R: 0.3, Alpha: 2, A: 6, B: 4}, RepeatHistory{0, 0, 5}, 60},
		{BGNBD{R: 0.3, Alpha: 2, A: 6, B: 4}, RepeatHistory{1, 2, 5}, 60},
	}
	for _, tt := range tests {
		pa, want := tt.m.PAlive(tt.h), paperPAlive(tt.m, tt.h)
		if math.Abs(pa-want) > 1e-13 {
			t.Errorf("%+v %+v: PAlive = %.15g, closed form %.15g", tt.m, tt.h, pa, want)
		}
		got := tt.m.ConditionalExpectedPurchases(tt.h, tt.t)
		printed, derived := paperConditional(tt.m, tt.h, tt.t), posteriorConditional(tt.m, tt.h, tt.t)
		// a near 1 costs the printed form six digits to cancellation.
		if math.Abs(got/printed-1) > 1e-8 || math.Abs(got/derived-1) > 1e-8 {
			t.Errorf("%+v %+v: E[Y(%g)] = %.12g; printed eq. 10 %.12g, from the posterior %.12g", tt.m, tt.h, tt.t, got, printed, derived)
		}
	}
}

// TestConditionalExpectationOfNote004 checks the worked example of Fader,
// Hardie & Lee's note "Implementing the BG/NBD Model in Excel": customer
// 0001 of CDNOW (x = 2, t_x = 30.43, T = 38.86) is expected to buy 1.226
// times in the next 39 weeks.
func TestConditionalExpectationOfNote004(t *testing.T) {
	got := cdnowPublished.ConditionalExpectedPurchases(RepeatHistory{2, 30.43, 38.86}, 39)
	if math.Round(got*1000) != 1226 {
		t.Errorf("E[Y(39)] = %.5f, the note has 1.226", got)
	}
}

func TestExpectedPurchasesIsEq9(t *testing.T) {
	for _, m := range []BGNBD{cdnowPublished, {R: 2, Alpha: 3, A: 3, B: 1.5}, {R: 0.5, Alpha: 6, A: 0.8, B: 3}} {
		for _, weeks := range []float64{0, 1, 39, 78, 260} {
			want := 0.0
			if weeks > 0 {
				want = (m.A + m.B - 1) / (m.A - 1) * (1 - math.Pow(m.Alpha/(m.Alpha+weeks), m.R)*hyp2f1(m.R, m.B, m.A+m.B-1, weeks/(m.Alpha+weeks)))
			}
			if got := m.ExpectedPurchases(weeks); math.Abs(got-want) > 1e-9*math.Max(1, want) {
				t.Errorf("%+v: E[X(%g)] = %.12g, eq. 9 gives %.12g", m, weeks, got, want)
			}
		}
	}
}

func TestPAliveIsOneWithoutRepeatPurchases(t *testing.T) {
	// In the BG/NBD one drops out only after a repeat purchase, so a
	// one-time buyer is active however long ago the purchase was.
	for _, T := range []float64{0, 1, 38.86, 1e6} {
		if p := cdnowPublished.PAlive(RepeatHistory{0, 0, T}); p != 1 {
			t.Errorf("PAlive(x=0, T=%g) = %g, want 1", T, p)
		}
	}
}

func TestPredictionsStayFiniteForExtremeHistories(t *testing.T) {
	models := []BGNBD{
		cdnowPublished,
		{R: 0.5, Alpha: 6, A: 1, B: 3},        // a = 1, where eq. 10 reads 0/0
		{R: 0.3, Alpha: 0.01, A: 0.4, B: 0.6}, // a+b = 1, and a tiny α
		{R: 50, Alpha: 2, A: 20, B: 0.1},
	}
	histories := []RepeatHistory{
		{0, 0, 0},
		{0, 0, 1e-9},
		{0, 0, 1e6},
		{3, 1e-9, 1e-9},
		{500, 52, 52},
		{100_000, 100, 100},
		{5000, 1, 1000},
		{1, 0.14, 1e6},
	}
	for _, m := range models {
		ll := m.LogLikelihoodOf(histories)
		if !finite(ll) {
			t.Errorf("%+v: log-likelihood %g", m, ll)
		}
		for _, h := range histories {
			for _, weeks := range []float64{0, 1e-6, 1, 52, 520} {
				p, e := m.PAlive(h), m.ConditionalExpectedPurchases(h, weeks)
				if !finite(p, e) || p < 0 || p > 1 || e < 0 {
					t.Errorf("%+v %+v: PAlive %g, E[Y(%g)] %g", m, h, p, weeks, e)
				}
			}
		}
	}
}

func TestPredictionsOverMillenniaSayTheyCannot(t *testing.T) {
	if e := cdnowPublished.ExpectedPurchases(1e4 * cdnowPublished.Alpha); !finite(e) {
		t.Errorf("E[X(t)] over 10⁴ α = %g, want a number", e)
	}
	if e := cdnowPublished.ExpectedPurchases(1e6 * cdnowPublished.Alpha); !math.IsNaN(e) {
		t.Errorf("E[X(t)] over 10⁶ α = %g, want NaN rather than a sum cut short", e)
	}
}

// TestLogLikelihoodIsEq6 compares the log-likelihood with eq. 6 evaluated
// directly with gamma and beta functions, for histories small enough not
// to overflow them.
func TestLogLikelihoodIsEq6(t *testing.T) {
	m := BGNBD{R: 0.7, Alpha: 5, A: 1.3, B: 2.5}
	beta := func(a, b float64) float64 { return math.Gamma(a) * math.Gamma(b) / math.Gamma(a+b) }
	eq6 := func(h RepeatHistory) float64 {
		x := float64(h.X)
		common := math.Gamma(m.R+x) * math.Pow(m.Alpha, m.R) / math.Gamma(m.R)
		l := beta(m.A, m.B+x) / beta(m.A, m.B) * common / math.Pow(m.Alpha+h.T, m.R+x)
		if h.X > 0 {
			l += beta(m.A+1, m.B+x-1) / beta(m.A, m.B) * common / math.Pow(m.Alpha+h.TX, m.R+x)
		}
		return math.Log(l)
	}
	hs := []RepeatHistory{{0, 0, 30}, {1, 2, 30}, {4, 25, 30}, {4, 25, 30}, {10, 12, 40}, {0, 0, 0}}
	want := 0.0
	for _, h := range hs {
		want += eq6(h)
	}
	if got := m.LogLikelihoodOf(hs); math.Abs(got-want) > 1e-10*math.Abs(want) {
		t.Errorf("LogLikelihood = %.15g, eq. 6 gives %.15g", got, want)
	}
}

// TestLikelihoodGradientMatchesDifferences checks the analytic gradient the
// fit relies on against central differences, at a point away from the
// optimum where every component matters.
func TestLikelihoodGradientMatchesDifferences(t *testing.T) {
	d, err := prepareBGNBD([]RepeatHistory{{0, 0, 30}, {1, 2, 30}, {4, 25, 30}, {10, 12, 40}, {2, 9, 9}, {0, 0, 3}})
	if err != nil {
		t.Fatal(err)
	}
	theta := BGNBD{R: 0.7, Alpha: 5, A: 1.3, B: 2.5}.logParams()
	checkGradient(t, d.meanNegLogLik, theta)
}

// checkGradient compares an objective's gradient with central differences.
func checkGradient(t *testing.T, f objective, theta []float64) {
	t.Helper()
	grad, scratch := make([]float64, len(theta)), make([]float64, len(theta))
	f(theta, grad)
	for k := range theta {
		const h = 1e-6
		up, down := append([]float64(nil), theta...), append([]float64(nil), theta...)
		up[k] += h
		down[k] -= h
		want := (f(up, scratch) - f(down, scratch)) / (2 * h)
		if math.Abs(grad[k]-want) > 1e-7*math.Max(1, math.Abs(want)) {
			t.Errorf("gradient %d = %.10g, differences give %.10g", k, grad[k], want)
		}
	}
}

func TestFitBGNBDRefusesWhatItCannotFit(t *testing.T) {
	oneTimers := make([]RepeatHistory, 50)
	for i := range oneTimers {
		oneTimers[i] = RepeatHistory{0, 0, float64(i + 1)}
	}
	enough := append(oneTimers[:20:20], RepeatHistory{2, 5, 10})
	tests := []struct {
		name string
		hs   []RepeatHistory
		want error
	}{
		{"no customers", nil, ErrTooFewCustomers},
		{"too few customers", []RepeatHistory{{1, 2, 3}, {0, 0, 5}}, ErrTooFewCustomers},
		{"no repeat purchases", oneTimers, ErrNoRepeatPurchases},
		{"a negative count", append(enough, RepeatHistory{-1, 0, 3}), nil},
		{"a last purchase after T", append(enough, RepeatHistory{1, 5, 3}), nil},
		{"a last purchase without a repeat purchase", append(enough, RepeatHistory{0, 2, 3}), nil},
		{"T not a number", append(enough, RepeatHistory{0, 0, math.NaN()}), nil},
	}
	for _, tt := range tests {
		fit, err := FitBGNBD(tt.hs)
		if err == nil || tt.want != nil && !errors.Is(err, tt.want) || fit.Converged {
			t.Errorf("%s: FitBGNBD = %+v, %v; want an error %v", tt.name, fit, err, tt.want)
		}
	}
}

// TestFitBGNBDSaysWhenTheDataHaveNoPeak feeds customers who all buy every
// week and never stop: the likelihood keeps rising toward no drop-out and
// no heterogeneity, and the fit must not present that as an estimate.
func TestFitBGNBDSaysWhenTheDataHaveNoPeak(t *testing.T) {
	var hs []RepeatHistory
	for i := range 40 {
		weeks := 10 + i
		hs = append(hs, RepeatHistory{weeks, float64(weeks), float64(weeks)})
	}
	fit, err := FitBGNBD(hs)
	if !errors.Is(err, ErrNotConverged) || fit.Converged {
		t.Errorf("FitBGNBD = %+v, %v; want ErrNotConverged", fit, err)
	}
}

func BenchmarkPAlive(b *testing.B) {
	h := RepeatHistory{2, 30.43, 38.86}
	for b.Loop() {
		cdnowPublished.PAlive(h)
	}
}

func BenchmarkConditionalExpectedPurchases(b *testing.B) {
	h := RepeatHistory{2, 30.43, 38.86}
	for b.Loop() {
		cdnowPublished.ConditionalExpectedPurchases(h, 39)
	}
}
