package lifecycle

import (
	"cmp"
	"math"
	"slices"
)

// LogLikelihoodOf is the BG/NBD log-likelihood of the histories, the log of
// the paper's eq. 6 summed over the customers, or NaN when a history is not
// one a customer can have.
func (m BGNBD) LogLikelihoodOf(hs []RepeatHistory) float64 {
	d, err := prepareBGNBD(hs)
	if err != nil {
		return math.NaN()
	}
	grad := make([]float64, 4)
	return -d.meanNegLogLik(m.logParams(), grad) * d.customers
}

// bgnbdData holds histories ready for the likelihood: equal histories are
// merged and counted, and sorted by x, so that the terms that depend on x
// alone are computed once per x.
type bgnbdData struct {
	xs        []float64 // the distinct numbers of repeat purchases, ascending
	xCounts   []float64 // customers with each of them
	rows      []bgnbdRow
	customers float64
}

type bgnbdRow struct {
	xi          int // index into xs
	x, tx, t, n float64
}

// prepareBGNBD checks the histories and merges equal ones.
func prepareBGNBD(hs []RepeatHistory) (*bgnbdData, error) {
	for i, h := range hs {
		if err := checkRepeatHistory(h); err != nil {
			return nil, Problemf(CodeFitHistory, Values{"History": i + 1}, "history %d: %w", i+1, err)
		}
	}
	sorted := slices.Clone(hs)
	slices.SortFunc(sorted, func(p, q RepeatHistory) int {
		return cmp.Or(cmp.Compare(p.X, q.X), cmp.Compare(p.TX, q.TX), cmp.Compare(p.T, q.T))
	})
	d := &bgnbdData{customers: float64(len(hs))}
	for _, h := range sorted {
		x := float64(h.X)
		if n := len(d.xs); n == 0 || d.xs[n-1] != x {
			d.xs, d.xCounts = append(d.xs, x), append(d.xCounts, 0)
		}
		d.xCounts[len(d.xs)-1]++
		if n := len(d.rows); n > 0 && d.rows[n-1].x == x && d.rows[n-1].tx == h.TX && d.rows[n-1].t == h.T {
			d.rows[n-1].n++
			continue
		}
		d.rows = append(d.rows, bgnbdRow{len(d.xs) - 1, x, h.TX, h.T, 1})
	}
	return d, nil
}

func checkRepeatHistory(h RepeatHistory) error {
	switch {
	case h.X < 0:
		return Problemf(CodeFitRepeats, Values{"Repeats": h.X}, "%d repeat purchases", h.X)
	case !finite(h.TX, h.T) || h.TX < 0 || h.TX > h.T:
		return Problemf(CodeFitLast, Values{"Last": h.TX, "T": h.T},
			"last purchase at %g weeks is not between 0 and T = %g", h.TX, h.T)
	case h.X == 0 && h.TX != 0:
		return Problemf(CodeFitLastAlone, Values{"Last": h.TX}, "no repeat purchase, yet one at %g weeks", h.TX)
	}
	return nil
}

// logParams maps the parameters to the space the fit searches, where any
// point is a valid model.
func (m BGNBD) logParams() []float64 {
	return []float64{math.Log(m.R), math.Log(m.Alpha), math.Log(m.A), math.Log(m.B)}
}

func bgnbdFromLog(theta []float64) BGNBD {
	return BGNBD{math.Exp(theta[0]), math.Exp(theta[1]), math.Exp(theta[2]), math.Exp(theta[3])}
}

// meanNegLogLik is the objective of the fit: minus the log-likelihood per
// customer at the log-parameters theta, with its gradient in grad.
//
// Eq. 6 is rewritten so that no term overflows: with L(s) = ln(1 + s/α),
//
//	ln L = G(x) − x ln α + ln(e^(−(r+x)L(T)) + δ·e^(−(r+x)L(tx) + ln(a/(b+x−1))))
//	G(x) = ln Γ(r+x) − ln Γ(r) + ln B(a, b+x) − ln B(a, b)
//
// The log-sum-exp keeps the two terms of a customer with x > 0 precise
// however far apart they are.
func (d *bgnbdData) meanNegLogLik(theta, grad []float64) float64 {
	m := bgnbdFromLog(theta)
	if !finite(m.R, m.Alpha, m.A, m.B) || m.R == 0 || m.Alpha == 0 || m.A == 0 || m.B == 0 {
		return math.Inf(1)
	}
	ll, g := d.perXTerms(m)
	lnA, logOdds := math.Log(m.A), make([]float64, len(d.xs))
	for i, x := range d.xs {
		if x > 0 {
			logOdds[i] = lnA - math.Log(m.B+x-1)
		}
	}
	for _, row := range d.rows {
		rowLL, rowGrad := m.rowTerms(row, logOdds[row.xi])
		ll += row.n * rowLL
		for k := range g {
			g[k] += row.n * rowGrad[k]
		}
	}
	for k := range grad {
		grad[k] = -g[k] / d.customers
	}
	return -ll / d.customers
}

// perXTerms sums G(x) − x ln α over the customers and its gradient in the
// log-parameters.
func (d *bgnbdData) perXTerms(m BGNBD) (float64, [4]float64) {
	var ll float64
	var g [4]float64
	lnAlpha := math.Log(m.Alpha)
	lgR, _ := math.Lgamma(m.R)
	lgB, _ := math.Lgamma(m.B)
	lgAB, _ := math.Lgamma(m.A + m.B)
	psiR, psiB, psiAB := digamma(m.R), digamma(m.B), digamma(m.A+m.B)
	for i, x := range d.xs {
		if x == 0 {
			continue
		}
		n := d.xCounts[i]
		lgRX, _ := math.Lgamma(m.R + x)
		lgBX, _ := math.Lgamma(m.B + x)
		lgABX, _ := math.Lgamma(m.A + m.B + x)
		ll += n * (lgRX - lgR + lgBX - lgB + lgAB - lgABX - x*lnAlpha)
		psiABX := digamma(m.A + m.B + x)
		g[0] += n * m.R * (digamma(m.R+x) - psiR)
		g[1] -= n * x
		g[2] += n * m.A * (psiAB - psiABX)
		g[3] += n * m.B * (digamma(m.B+x) - psiB + psiAB - psiABX)
	}
	return ll, g
}

// rowTerms is the log of the bracket of one history and its gradient in
// the log-parameters. logOdds is ln(a/(b+x−1)).
func (m BGNBD) rowTerms(row bgnbdRow, logOdds float64) (float64, [4]float64) {
	rx := m.R + row.x
	lT := math.Log1p(row.t / m.Alpha)
	if row.x == 0 {
		return -m.R * lT, [4]float64{-m.R * lT, m.R * row.t / (m.Alpha + row.t)}
	}
	lTX := math.Log1p(row.tx / m.Alpha)
	ll, active, dropped := logAddExp(-rx*lT, -rx*lTX+logOdds)
	return ll, [4]float64{
		-m.R * (active*lT + dropped*lTX),
		rx * (active*row.t/(m.Alpha+row.t) + dropped*row.tx/(m.Alpha+row.tx)),
		dropped,
		-dropped * m.B / (m.B + row.x - 1),
	}
}
