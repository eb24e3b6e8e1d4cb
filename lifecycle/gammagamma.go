package lifecycle

import "math"

// GammaGamma holds the parameters of the Gamma-Gamma model of spend per
// purchase (Fader, Hardie & Lee, "RFM and CLV: Using Iso-Value Curves for
// Customer Base Analysis", Journal of Marketing Research 42(4), 2005;
// Fader & Hardie, "The Gamma-Gamma Model of Monetary Value", 2013). A
// customer's purchase amounts are Gamma(P, ν) with a mean p/ν of their own,
// and ν varies across customers as Gamma(Q, Gamma). Gamma is in currency
// units, like the spend.
type GammaGamma struct {
	P, Q, Gamma float64
}

// ExpectedSpend is the expected amount of a future purchase of a customer
// whose x repeat purchases averaged mean (the 2013 note, eq. 5):
//
//	E[M | x, m] = p(γ + m·x) / (p·x + q − 1)
//
// a weighted mean of the population's mean pγ/(q−1) and the customer's own,
// leaning toward the customer's the more purchases there are. With x = 0 it
// is the population's mean, which is infinite when q ≤ 1.
func (g GammaGamma) ExpectedSpend(x int, mean float64) float64 {
	px := g.P * float64(x)
	if x == 0 {
		mean = 0 // no purchase to average, whatever was passed
	}
	den := px + g.Q - 1
	if den <= 0 {
		return math.Inf(1)
	}
	return g.P * (g.Gamma + mean*float64(x)) / den
}

// ExpectedValue is a customer's expected spend over the next weeks: the
// BG/NBD's expected number of purchases (eq. 10 of its paper) times the
// Gamma-Gamma's expected amount of each. It is undiscounted revenue, not
// margin, and as the Gamma-Gamma model assumes, it takes the amounts to be
// independent of how often the customer buys. meanSpend is the mean of the
// repeat purchase days (SpendHistory.Mean) and is not read when h.X is 0.
func ExpectedValue(bg BGNBD, gg GammaGamma, h RepeatHistory, meanSpend, weeks float64) float64 {
	n := bg.ConditionalExpectedPurchases(h, weeks)
	if n == 0 {
		return 0 // nothing bought, whatever each purchase would be worth
	}
	return n * gg.ExpectedSpend(h.X, meanSpend)
}

// Finite tells whether every parameter is a number.
func (m GammaGamma) Finite() bool { return finite(m.P, m.Q, m.Gamma) }
