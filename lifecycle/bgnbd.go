package lifecycle

import "math"

// BGNBD holds the parameters of the beta-geometric/negative binomial model
// of repeat buying (Fader, Hardie & Lee, "Counting Your Customers the Easy
// Way", Marketing Science 24(2), 2005). While active, a customer buys at a
// rate λ ~ Gamma(R, Alpha) per week; after each repeat purchase the
// customer drops out for good with probability p ~ Beta(A, B). Alpha is in
// weeks, like the histories.
type BGNBD struct {
	R, Alpha, A, B float64
}

// PAlive is the probability that a customer with this history is still
// active at T: the share of the "still active" term in the likelihood of
// eq. 6 (Fader, Hardie & Lee, "Computing P(alive) Using the BG/NBD Model",
// 2008). A customer without a repeat purchase is active for certain: in the
// model one can only drop out after a repeat purchase.
func (m BGNBD) PAlive(h RepeatHistory) float64 {
	if h.X == 0 {
		return 1
	}
	// P = 1 / (1 + e^z) with z the log of the odds of having dropped out.
	x := float64(h.X)
	z := math.Log(m.A/(m.B+x-1)) + (m.R+x)*math.Log((m.Alpha+h.T)/(m.Alpha+h.TX))
	if z > 0 {
		e := math.Exp(-z)
		return e / (1 + e)
	}
	return 1 / (1 + math.Exp(z))
}

// ConditionalExpectedPurchases is the expected number of purchases in the
// t weeks after T of a customer with this history (paper, eq. 10): the
// chance of being active times what an active customer is expected to buy.
// It is NaN only when t is some 10⁵ times Alpha + T or more, millennia for
// any real book, where the hypergeometric series cannot be summed.
func (m BGNBD) ConditionalExpectedPurchases(h RepeatHistory, t float64) float64 {
	return m.PAlive(h) * m.expectedWhileActive(float64(h.X), h.T, t)
}

// ExpectedPurchases is the expected number of repeat purchases of a new
// customer in the t weeks after the first purchase (paper, eq. 9).
func (m BGNBD) ExpectedPurchases(t float64) float64 {
	return m.expectedWhileActive(0, 0, t)
}

// expectedWhileActive is what a customer active at T with x repeat
// purchases is expected to buy in the next t weeks: the bracket of eq. 10
// times its factor (a+b+x−1)/(a−1).
//
// The paper's 2F1(r+x, b+x; a+b+x−1; z), z = t/(α+T+t), has terms that grow
// like n^(r+x−a) before z^n tames them, which overflows for large x. Euler's
// transformation 2F1(a,b;c;z) = (1−z)^(c−a−b) 2F1(c−a, c−b; c; z) turns the
// bracket into 1 − (1−z)^B F(A, B; C; z) with A = a+b−1−r, B = a−1 and
// C = a+b+x−1, whose terms fall like n^(a−2−r−x) zⁿ. Splitting off the
// first term and taking the factor B out of (B)ₙ = B·(B+1)ₙ₋₁ cancels the
// 1/(a−1) and the C, so that a = 1 and a+b = 1 need no special case:
//
//	C/B·[1 − (1−z)^B F] = −C·expm1(B·L)/B − (1−z)^B Σₙ≥₁ (A)ₙ(B+1)ₙ₋₁ zⁿ / ((C+1)ₙ₋₁ n!)
//
// with L = ln(1−z).
func (m BGNBD) expectedWhileActive(x, T, t float64) float64 {
	if t <= 0 {
		return 0
	}
	A, B, C := m.A+m.B-1-m.R, m.A-1, m.A+m.B+x-1
	z := t / (m.Alpha + T + t)
	L := -math.Log1p(t / (m.Alpha + T))
	sum, ok := eulerTail(A, B, C, z)
	if !ok {
		return math.NaN()
	}
	return -C*L*expm1Ratio(B*L) - math.Exp(B*L)*sum
}

// expm1Ratio is (eʸ − 1)/y, continued by 1 at y = 0.
func expm1Ratio(y float64) float64 {
	if y == 0 {
		return 1
	}
	return math.Expm1(y) / y
}

// maxSeriesTerms bounds the hypergeometric sum; it is reached only when
// z is within about 10⁻⁵ of 1.
const maxSeriesTerms = 2_000_000

// eulerTail sums Σₙ≥₁ (A)ₙ(B+1)ₙ₋₁ zⁿ / ((C+1)ₙ₋₁ n!) for 0 ≤ z < 1. Once
// the ratio of successive terms is below one and the terms keep their sign,
// the rest of the sum is at most term·ρ/(1−ρ) with ρ the larger of the last
// ratio and z, its limit; summing stops when that is negligible.
func eulerTail(A, B, C, z float64) (float64, bool) {
	term := A * z
	sum := term
	for n := 1.0; n < maxSeriesTerms; n++ {
		ratio := (A + n) * (B + n) / ((C + n) * (n + 1)) * z
		term *= ratio
		sum += term
		rho := math.Max(ratio, z)
		if term == 0 || ratio > 0 && rho < 1 && math.Abs(term)*rho <= 1e-16*(1-rho)*math.Abs(sum) {
			return sum, true
		}
	}
	return sum, false
}

// Finite tells whether every parameter is a number, which a model to
// forecast with or to store must have.
func (m BGNBD) Finite() bool { return finite(m.R, m.Alpha, m.A, m.B) }
