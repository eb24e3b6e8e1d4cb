package lifecycle

import "math"

// meanNegLogLik is the objective of the Gamma-Gamma fit: minus the
// log-likelihood per customer at the log-parameters theta, with its
// gradient in grad. The mean m of x purchases has the density
//
//	f(m | x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q m^(px−1) x^px / (γ + m x)^(px+q)
//
// whose log is taken as
//
//	ln Γ(px+q) − ln Γ(px) − ln Γ(q) − px·ln(1 + γ/(mx)) − q·ln(1 + mx/γ) − ln m
//
// so that no power of a large spend or a large x is ever formed.
func (d *gammaGammaData) meanNegLogLik(theta, grad []float64) float64 {
	g := gammaGammaFromLog(theta)
	if !finite(g.P, g.Q, g.Gamma) || g.P == 0 || g.Q == 0 || g.Gamma == 0 {
		return math.Inf(1)
	}
	lgQ, _ := math.Lgamma(g.Q)
	psiQ := digamma(g.Q)
	var ll, dp, dq, dgamma float64
	var x, lgRatio, psiPX, psiPXQ float64 // terms of the current x
	for _, s := range d.rows {
		if sx := float64(s.X); sx != x {
			x = sx
			lgPXQ, _ := math.Lgamma(g.P*x + g.Q)
			lgPX, _ := math.Lgamma(g.P * x)
			lgRatio, psiPX, psiPXQ = lgPXQ-lgPX, digamma(g.P*x), digamma(g.P*x+g.Q)
		}
		px, mx := g.P*x, s.Mean*x
		toSpend, toGamma := math.Log1p(g.Gamma/mx), math.Log1p(mx/g.Gamma)
		ll += lgRatio - lgQ - px*toSpend - g.Q*toGamma - math.Log(s.Mean)
		dp += px * (psiPXQ - psiPX - toSpend)
		dq += g.Q * (psiPXQ - psiQ - toGamma)
		dgamma += (g.Q*mx - px*g.Gamma) / (g.Gamma + mx)
	}
	grad[0], grad[1], grad[2] = -dp/d.customers, -dq/d.customers, -dgamma/d.customers
	return -ll / d.customers
}
