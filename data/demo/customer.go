package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"tend/lifecycle"
)

// Customer is one made-up customer with everything that happened with
// them, its summary already added up.
type Customer struct {
	lifecycle.Customer
	History History
	Triage  Triage
}

// History is what happened with a made-up customer, each in time order.
type History struct {
	Contacts  []lifecycle.Contact
	Purchases []lifecycle.Purchase
	Moves     []lifecycle.PhaseChange
}

// Triage is what the account manager decided about a flagged customer:
// when they last tried to win them back, and until when they are snoozed.
// A customer with neither has no triage row.
type Triage struct {
	LastAttempt, SnoozedUntil time.Time
}

// invoice begins a purchase's note, its invoice number.
const invoice = "Invoice "

// purchasesFor prices the purchases of a customer, each with an invoice
// number as its note.
func purchasesFor(rng *rand.Rand, id int64, b buyer, times []time.Time) []lifecycle.Purchase {
	out := make([]lifecycle.Purchase, len(times))
	for i, at := range times {
		out[i] = lifecycle.Purchase{CustomerID: id, At: at, Amount: b.amount(rng), Currency: lifecycle.DefaultCurrency,
			Note: invoice + fmt.Sprintf("%d-%s", at.Year(), digits(rng, 5))}
	}
	return out
}

// vipValue is the yearly value from which a customer is tagged vip.
const vipValue = 50_000 * 100

// tagsFor tags a customer as a business or a private buyer, with their
// region, vip when they are worth a lot, and newsletter for a part of them.
func tagsFor(rng *rand.Rand, prof profile, value lifecycle.Money) []string {
	tags := []string{"b2c", prof.region.tag}
	if prof.company != "" {
		tags[0] = "b2b"
	}
	if value >= vipValue {
		tags = append(tags, "vip")
	}
	if chance(rng, 0.35) {
		tags = append(tags, "newsletter")
	}
	return tags
}

// markFlags makes some customers promoters (more often among loyal
// buyers), marks those who asked to be left alone and some others
// do-not-contact, and archives the closed ones and a few others.
func (c *Customer) markFlags(rng *rand.Rand, s story, now time.Time) {
	promoter := 0.01
	if s.group == lifecycle.Owning && len(s.purchases) >= 3 {
		promoter = 0.2
	}
	c.Promoter = chance(rng, promoter)
	c.DoNotContact = !s.winBack.blocked.IsZero() || chance(rng, 0.015)
	c.UpdatedAt = c.lastEvent()
	switch {
	case !s.closed.IsZero():
		c.ArchivedAt = maxTime(s.closed, c.UpdatedAt)
		c.UpdatedAt = c.ArchivedAt
	case chance(rng, 0.01):
		c.ArchivedAt = workTime(rng, c.UpdatedAt, minTime(now, c.UpdatedAt.Add(30*day)))
		c.UpdatedAt = c.ArchivedAt
	}
}

// lastEvent is the time of the latest contact, purchase or move.
func (c *Customer) lastEvent() time.Time {
	h := c.History
	last := h.Moves[len(h.Moves)-1].At
	if n := len(h.Contacts); n > 0 {
		last = maxTime(last, h.Contacts[n-1].At)
	}
	if n := len(h.Purchases); n > 0 {
		last = maxTime(last, h.Purchases[n-1].At)
	}
	return last
}

// addUp sets the summary the board reads from the history, as the book's
// writes would have left it.
func (c *Customer) addUp() {
	h := c.History
	c.Summary = lifecycle.Summary{Contacts: len(h.Contacts), Purchases: len(h.Purchases)}
	if n := len(h.Contacts); n > 0 {
		c.LastContactAt = h.Contacts[n-1].At
	}
	// Two purchases placed in office hours may swap their order, so the
	// latest is looked for rather than taken from the end.
	for _, p := range h.Purchases {
		c.LastPurchaseAt = maxTime(c.LastPurchaseAt, p.At)
		c.TotalSpend += p.Amount
	}
}
