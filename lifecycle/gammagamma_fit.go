package lifecycle

import (
	"cmp"
	"math"
	"slices"
)

// GammaGammaFit is a Gamma-Gamma model fitted by maximum likelihood, with
// how the fit went.
type GammaGammaFit struct {
	GammaGamma
	FitReport
}

// gammaGammaShapes are the p and q of the starting points of a fit; each
// gets the γ that matches the book's mean spend pγ/(q−1). They span the
// range from widely to narrowly spread spend (CDNOW: 6.25, 3.74).
var gammaGammaShapes = [][2]float64{
	{1, 2},
	{5, 4},
	{2, 10},
	{20, 3},
}

// FitGammaGamma fits the Gamma-Gamma model to the spend of repeat buyers by
// maximum likelihood, over the logs of p, q and γ, from several starting
// points, and keeps the best converged fit. Customers without a repeat
// purchase carry no spend to fit and must be left out. Errors are as for
// FitBGNBD.
func FitGammaGamma(ss []SpendHistory) (GammaGammaFit, error) {
	if len(ss) < MinFitCustomers {
		return GammaGammaFit{}, tooFew(CodeFitTooFewBuyers, len(ss), "%w: %d repeat buyers, need %d", ErrTooFewCustomers, len(ss), MinFitCustomers)
	}
	d, err := prepareGammaGamma(ss)
	if err != nil {
		return GammaGammaFit{}, err
	}
	m := bestMinimum(d.meanNegLogLik, d.starts())
	model := gammaGammaFromLog(m.x)
	rep, err := report(m, d.customers, map[string]float64{"p": model.P, "q": model.Q})
	return GammaGammaFit{model, rep}, err
}

// LogLikelihoodOf is the Gamma-Gamma log-likelihood of the customers' mean
// spend, or NaN when a history is not one the model covers.
func (g GammaGamma) LogLikelihoodOf(ss []SpendHistory) float64 {
	d, err := prepareGammaGamma(ss)
	if err != nil {
		return math.NaN()
	}
	grad := make([]float64, 3)
	return -d.meanNegLogLik(g.logParams(), grad) * d.customers
}

// gammaGammaData holds spend histories sorted by x, so that the terms that
// depend on x alone are computed once per x.
type gammaGammaData struct {
	rows      []SpendHistory
	customers float64
}

func prepareGammaGamma(ss []SpendHistory) (*gammaGammaData, error) {
	for i, s := range ss {
		if s.X < 1 || !finite(s.Mean) || s.Mean <= 0 {
			return nil, Problemf(CodeFitSpend, Values{"History": i + 1, "Repeats": s.X, "Mean": s.Mean},
				"spend history %d: %d repeat purchases of mean %g; need at least one and a positive mean", i+1, s.X, s.Mean)
		}
	}
	rows := slices.Clone(ss)
	slices.SortFunc(rows, func(a, b SpendHistory) int { return cmp.Compare(a.X, b.X) })
	return &gammaGammaData{rows, float64(len(rows))}, nil
}

func (g GammaGamma) logParams() []float64 {
	return []float64{math.Log(g.P), math.Log(g.Q), math.Log(g.Gamma)}
}

func gammaGammaFromLog(theta []float64) GammaGamma {
	return GammaGamma{math.Exp(theta[0]), math.Exp(theta[1]), math.Exp(theta[2])}
}

// starts returns the starting points in log-parameters.
func (d *gammaGammaData) starts() [][]float64 {
	mean := 0.0
	for _, s := range d.rows {
		mean += s.Mean / d.customers
	}
	starts := make([][]float64, len(gammaGammaShapes))
	for i, s := range gammaGammaShapes {
		starts[i] = GammaGamma{P: s[0], Q: s[1], Gamma: mean * (s[1] - 1) / s[0]}.logParams()
	}
	return starts
}
