package lifecycle

import "math"

// digamma is ψ(x) = d/dx ln Γ(x) for x > 0, which the gradients of the
// BG/NBD and Gamma-Gamma likelihoods need and the math package lacks.
// Small arguments are raised with ψ(x) = ψ(x+1) − 1/x until the asymptotic
// series (Abramowitz & Stegun 6.3.18) is accurate to a few ulps.
func digamma(x float64) float64 {
	if math.IsNaN(x) || x <= 0 {
		return math.NaN()
	}
	shift := 0.0
	for x < 10 {
		shift -= 1 / x
		x++
	}
	f := 1 / (x * x)
	series := f * (1.0/12 - f*(1.0/120-f*(1.0/252-f*(1.0/240-f*(1.0/132-f*(691.0/32760-f/12))))))
	return shift + math.Log(x) - 0.5/x - series
}

// logAddExp returns ln(e^u + e^v) without overflow or underflow, and the
// shares of the two terms in the sum, which the gradients weigh by.
func logAddExp(u, v float64) (sum, shareU, shareV float64) {
	big, small := u, v
	if v > u {
		big, small = v, u
	}
	e := math.Exp(small - big)
	sum, bigShare, smallShare := big+math.Log1p(e), 1/(1+e), e/(1+e)
	if v > u {
		return sum, smallShare, bigShare
	}
	return sum, bigShare, smallShare
}
