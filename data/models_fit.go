package data

import "tend/lifecycle"

// sampleCustomers is the size of the sample a large book's BG/NBD fit
// starts from.
const sampleCustomers = 5000

func (m *Models) fitBGNBD(hs []lifecycle.RepeatHistory) {
	var err error
	m.BGNBD, err = fitBGNBD(hs)
	if err != nil {
		m.BGNBDErr = m.bgnbdFailure(err)
		return
	}
	for _, h := range hs {
		m.ExpectedPurchases += m.BGNBD.ConditionalExpectedPurchases(h, ForecastWeeks)
	}
}

// fitBGNBD fits the BG/NBD model. The fit from several starting points
// costs seconds on a hundred thousand customers, so a large book's fit
// starts from the fit of an even sample of its customers, which is near
// the book's; should the sample not fit, or the book's fit not converge
// from there, the full search runs after all.
func fitBGNBD(hs []lifecycle.RepeatHistory) (lifecycle.BGNBDFit, error) {
	if len(hs) <= 2*sampleCustomers {
		return lifecycle.FitBGNBD(hs)
	}
	sample, err := lifecycle.FitBGNBD(everyNth(hs, len(hs)/sampleCustomers))
	if err != nil {
		return lifecycle.FitBGNBD(hs)
	}
	fit, err := lifecycle.FitBGNBDFrom(hs, sample.BGNBD)
	if err != nil {
		return lifecycle.FitBGNBD(hs)
	}
	return fit, nil
}

// everyNth returns every n-th history, the first included.
func everyNth(hs []lifecycle.RepeatHistory, n int) []lifecycle.RepeatHistory {
	out := make([]lifecycle.RepeatHistory, 0, len(hs)/n+1)
	for i := 0; i < len(hs); i += n {
		out = append(out, hs[i])
	}
	return out
}

func (m *Models) fitGammaGamma(spend []lifecycle.SpendHistory) {
	var err error
	if m.GammaGamma, err = lifecycle.FitGammaGamma(spend); err != nil {
		m.GammaGammaErr = m.gammaGammaFailure(err, len(spend))
	}
}
