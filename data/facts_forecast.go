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
func (b *factsBuilder) forecast(c *CustomerFacts) {
	m := b.models
	if m == nil || m.BGNBDErr != nil || len(b.bought) == 0 {
		return
	}
	b.times = b.times[:0]
	for _, p := range b.bought {
		b.times = append(b.times, p.At)
	}
	h, ok := lifecycle.RepeatHistoryOf(b.times, b.asOf)
	if !ok {
		return
	}
	fc := &c.Facts.Forecast
	fc.Fitted = true
	fc.PAlive = m.BGNBD.PAlive(h)
	fc.ExpectedPurchases = m.BGNBD.ConditionalExpectedPurchases(h, ForecastWeeks)
	fc.ExpectedValue, c.ValueForecast = b.expectedValue(h)
}

// expectedValue is what the customer is expected to spend in the
// ForecastWeeks, where the spend model was fitted to the currency the
// customer bought in.
func (b *factsBuilder) expectedValue(h lifecycle.RepeatHistory) (lifecycle.Money, bool) {
	m := b.models
	if m.GammaGammaErr != nil {
		return 0, false
	}
	if cur, ok := oneCurrency(b.bought); !ok || cur != m.Currency {
		return 0, false
	}
	s, _ := lifecycle.SpendHistoryOf(b.bought, b.asOf)
	v := lifecycle.ExpectedValue(m.BGNBD.BGNBD, m.GammaGamma.GammaGamma, h, s.Mean, ForecastWeeks)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return lifecycle.MoneyFromFloat(v), true
}
