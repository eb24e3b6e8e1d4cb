package data

import (
	"math"

	"tend/lifecycle"
)

// forecast puts the purchase models' figures for the customer into the
// facts: from BG/NBD the chance of still buying and the purchases expected
// in the ForecastWeeks after the date, and from Gamma-Gamma what they are
// worth. A customer who bought nothing, or a book whose repeat-buying model
// could not be fitted, gets no forecast.
func (b *factsBuilder) forecast(c *CustomerFacts, d lifecycle.PurchaseDigest) {
	m := b.models
	if m == nil || m.BGNBDErr != nil || !c.Bought {
		return
	}
	h := d.Repeat(b.asOf)
	fc := &c.Facts.Forecast
	fc.Fitted = true
	fc.PAlive = m.BGNBD.PAlive(h)
	if b.kindsOnly {
		return
	}
	fc.ExpectedPurchases = m.BGNBD.ConditionalExpectedPurchases(h, ForecastWeeks)
	fc.ExpectedValue, c.ValueForecast = b.expectedValue(h, d)
}

// expectedValue is what the customer is expected to spend in the
// ForecastWeeks, where the spend model was fitted to the currency the
// customer bought in.
func (b *factsBuilder) expectedValue(h lifecycle.RepeatHistory, d lifecycle.PurchaseDigest) (lifecycle.Money, bool) {
	m := b.models
	if m.GammaGammaErr != nil || d.Currency == "" || d.Currency != m.Currency {
		return 0, false
	}
	s, _ := d.Spend()
	v := lifecycle.ExpectedValue(m.BGNBD.BGNBD, m.GammaGamma.GammaGamma, h, s.Mean, ForecastWeeks)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return lifecycle.MoneyFromFloat(v), true
}
