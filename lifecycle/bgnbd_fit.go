package lifecycle

// BGNBDFit is a BG/NBD model fitted by maximum likelihood, with how the fit
// went.
type BGNBDFit struct {
	BGNBD
	FitReport
}

// bgnbdShapes are the r, a and b of the starting points of a fit; each
// gets the α that matches the book's purchase rate r/α. Each shape varies
// by a factor of four to ten across them, so that whatever the book, some
// start is not far off (CDNOW: 0.24, 0.79, 2.43; all four reach it).
var bgnbdShapes = [][3]float64{
	{1, 1, 1},
	{0.5, 0.5, 3},
	{0.25, 1, 5},
	{2, 2, 10},
}

// FitBGNBD fits the BG/NBD model to the histories by maximum likelihood
// on eq. 6, searching over the logs of r, α, a and b so that all
// four stay positive, from several starting points, and keeps the best
// converged fit. When no start converges it returns the best fit found with
// an error wrapping ErrNotConverged. It fails with ErrTooFewCustomers below
// MinFitCustomers and with ErrNoRepeatPurchases when no one bought twice.
func FitBGNBD(hs []RepeatHistory) (BGNBDFit, error) {
	d, err := prepareBGNBDFit(hs)
	if err != nil {
		return BGNBDFit{}, err
	}
	return d.fit(d.starts())
}

// FitBGNBDFrom is FitBGNBD from one starting point, such as the previous
// fit of the same book.
func FitBGNBDFrom(hs []RepeatHistory, start BGNBD) (BGNBDFit, error) {
	d, err := prepareBGNBDFit(hs)
	if err != nil {
		return BGNBDFit{}, err
	}
	if !finite(start.logParams()...) {
		return BGNBDFit{}, Problemf(CodeFitStart, Values{"Start": start},
			"the starting point %+v has a parameter that is not positive", start)
	}
	return d.fit([][]float64{start.logParams()})
}

func prepareBGNBDFit(hs []RepeatHistory) (*bgnbdData, error) {
	if len(hs) < MinFitCustomers {
		return nil, tooFew(CodeFitTooFew, len(hs), "%w: %d, need %d", ErrTooFewCustomers, len(hs), MinFitCustomers)
	}
	d, err := prepareBGNBD(hs)
	if err != nil {
		return nil, err
	}
	if d.xs[len(d.xs)-1] == 0 {
		return nil, Problemf(CodeFitNoRepeats, Values{"Customers": len(hs)}, "%w among %d", ErrNoRepeatPurchases, len(hs))
	}
	return d, nil
}

func (d *bgnbdData) fit(starts [][]float64) (BGNBDFit, error) {
	m := bestMinimum(d.meanNegLogLik, starts)
	model := bgnbdFromLog(m.x)
	rep, err := report(m, d.customers, map[string]float64{"r": model.R, "a": model.A, "b": model.B})
	return BGNBDFit{model, rep}, err
}

// starts returns the starting points in log-parameters.
func (d *bgnbdData) starts() [][]float64 {
	var purchases, weeks float64
	for _, row := range d.rows {
		purchases += row.n * row.x
		weeks += row.n * row.t
	}
	if weeks == 0 {
		weeks = 1 // every history is zero weeks long; any time scale will do
	}
	rate := purchases / weeks
	starts := make([][]float64, len(bgnbdShapes))
	for i, s := range bgnbdShapes {
		starts[i] = BGNBD{R: s[0], Alpha: s[0] / rate, A: s[1], B: s[2]}.logParams()
	}
	return starts
}
