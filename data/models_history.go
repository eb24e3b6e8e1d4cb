package data

import (
	"maps"
	"slices"
	"time"

	"tend/lifecycle"
)

// buyerHistories gathers what the purchase models know of each customer as
// of a day, one customer at a time.
type buyerHistories struct {
	asOf      time.Time
	repeat    []lifecycle.RepeatHistory
	spend     map[string][]lifecycle.SpendHistory // by the one currency the customer bought in
	mixed     int                                 // repeat buyers who bought in several currencies
	purchases int
	times     []time.Time // reused from customer to customer
}

func newBuyerHistories(asOf time.Time) *buyerHistories {
	return &buyerHistories{asOf: asOf, spend: map[string][]lifecycle.SpendHistory{}}
}

// add takes in one customer's purchases, oldest first. Spend is only
// comparable within a currency, so a customer who bought in several is
// left out of the spend histories.
func (h *buyerHistories) add(ps []lifecycle.Purchase) {
	h.times = h.times[:0]
	for _, p := range ps {
		h.times = append(h.times, p.At)
	}
	r, ok := lifecycle.RepeatHistoryOf(h.times, h.asOf)
	if !ok {
		return
	}
	h.repeat = append(h.repeat, r)
	h.purchases += len(ps)
	cur, ok := oneCurrency(ps)
	if !ok {
		if r.X > 0 {
			h.mixed++
		}
		return
	}
	if s, ok := lifecycle.SpendHistoryOf(ps, h.asOf); ok {
		h.spend[cur] = append(h.spend[cur], s)
	}
}

// merge adds the histories of other, read after h's.
func (h *buyerHistories) merge(other *buyerHistories) {
	h.repeat = append(h.repeat, other.repeat...)
	h.purchases += other.purchases
	h.mixed += other.mixed
	for cur, ss := range other.spend {
		h.spend[cur] = append(h.spend[cur], ss...)
	}
}

// repeatBuyers counts the customers who bought on more than one day.
func (h *buyerHistories) repeatBuyers() int {
	n := 0
	for _, r := range h.repeat {
		if r.X > 0 {
			n++
		}
	}
	return n
}

// mainCurrency is the currency with the most repeat buyers (the first in
// alphabetical order among equals), their spend, and how many repeat
// buyers it leaves out: those who bought in another currency or in
// several. The currency is "" when no repeat buyer kept to one.
func (h *buyerHistories) mainCurrency() (cur string, spend []lifecycle.SpendHistory, others int) {
	for _, c := range slices.Sorted(maps.Keys(h.spend)) {
		if len(h.spend[c]) > len(h.spend[cur]) {
			cur = c
		}
	}
	others = h.mixed
	for c, ss := range h.spend {
		if c != cur {
			others += len(ss)
		}
	}
	return cur, h.spend[cur], others
}

// oneCurrency returns the currency of the purchases, and false when they
// are in more than one.
func oneCurrency(ps []lifecycle.Purchase) (string, bool) {
	for _, p := range ps[1:] {
		if p.Currency != ps[0].Currency {
			return "", false
		}
	}
	return ps[0].Currency, true
}
