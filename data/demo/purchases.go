package demo

import (
	"math"
	"math/rand/v2"
	"time"

	"tend/lifecycle"
)

// The purchases of the demo book follow the BG/NBD story (Fader, Hardie and
// Lee, "Counting Your Customers the Easy Way", 2005), so that the model fitted
// on the book later finds what was put in: from the first purchase on, an
// active customer buys at a rate λ drawn from Gamma(r, α); after each repeat
// purchase they drop out for good with a probability p drawn from Beta(a, b).
// Amounts follow the Gamma-Gamma model (Fader, Hardie and Lee, "RFM and
// CLV", 2005): each customer has a ν drawn from Gamma(q, γ), and each of
// their amounts is drawn from Gamma(p, ν). With these values a two-year book
// averages about three purchases per customer, prospects included.
const (
	rateShape       = 0.6   // r
	rateScale       = 4.5   // α, in weeks
	dropoutA        = 0.8   // a
	dropoutB        = 2.4   // b
	amountShape     = 4.0   // p: how much one customer's amounts vary
	amountRateShape = 2.2   // q: how much customers' typical amounts vary
	amountRateScale = 450.0 // γ, in euros: the mean amount is pγ/(q-1) = 1,500
)

// Before the first purchase: most prospects buy after a lead time of some
// weeks; the others never do and stay in the buying phases.
const (
	conversionChance = 0.85
	leadShape        = 2.0
	leadScaleWeeks   = 3.0 // a mean lead time of six weeks
)

// DrawnRates are the mean weekly buying rate (r/α) and the mean dropout
// after a repeat purchase (a/(a+b)) the purchases are drawn with: what a
// model fitted on a demo book should find.
func DrawnRates() (perWeek, dropout float64) {
	return rateShape / rateScale, dropoutA / (dropoutA + dropoutB)
}

const week = 7 * day

// buyer is one customer's draw of the purchase process.
type buyer struct {
	rate       float64 // λ: purchases per week while active
	dropout    float64 // p: the chance of leaving after a repeat purchase
	amountRate float64 // ν: the smaller, the larger the customer's amounts
}

func drawBuyer(rng *rand.Rand) buyer {
	return buyer{
		rate:       drawGamma(rng, rateShape, 1/rateScale),
		dropout:    drawBeta(rng, dropoutA, dropoutB),
		amountRate: drawGamma(rng, amountRateShape, 1/amountRateScale),
	}
}

// firstPurchase returns when a prospect created at created buys for the
// first time, which may be after now, or zero when they never do.
func firstPurchase(rng *rand.Rand, created time.Time) time.Time {
	if !chance(rng, conversionChance) {
		return time.Time{}
	}
	return created.Add(weeks(drawGamma(rng, leadShape, leadScaleWeeks)))
}

// purchaseTimes runs the process from the first purchase until now and
// returns the purchase times and whether the customer dropped out.
func (b buyer) purchaseTimes(rng *rand.Rand, first, now time.Time) ([]time.Time, bool) {
	times := []time.Time{first}
	for t := first; ; {
		if len(times) > 1 && chance(rng, b.dropout) {
			return times, true
		}
		gap := rng.ExpFloat64() / b.rate
		if gap >= weeksBetween(t, now) {
			return times, false
		}
		t = t.Add(time.Duration(gap * float64(week)))
		times = append(times, t)
	}
}

// amount draws the amount of one purchase, at least a cent.
func (b buyer) amount(rng *rand.Rand) lifecycle.Money {
	return max(lifecycle.MoneyFromFloat(drawGamma(rng, amountShape, 1/b.amountRate)), 1)
}

// yearlyValue is what the customer spends in a year while active: their
// rate times their mean amount, rounded to hundreds.
func (b buyer) yearlyValue() lifecycle.Money {
	euros := b.rate * 52 * amountShape / b.amountRate
	hundreds := lifecycle.Money(math.Round(euros / 100))
	return max(hundreds, 1) * 100 * 100
}

// weeksBetween is the time from a to b in weeks, as a float so that very
// long gaps cannot overflow a duration.
func weeksBetween(a, b time.Time) float64 { return b.Sub(a).Hours() / (7 * 24) }
