package data

import (
	"time"

	"tend/lifecycle"
)

// factsBuilder makes the facts of one customer after another from the
// rows of the streams, reusing its lists from customer to customer.
type factsBuilder struct {
	asOf   time.Time
	models *Models
	// recentFrom starts the latest period of spend, earlierFrom the one
	// before it.
	recentFrom, earlierFrom time.Time
	bought                  []lifecycle.Purchase // refunds left out
	times                   []time.Time
}

func newFactsBuilder(asOf time.Time, m *Models, r lifecycle.Rules) *factsBuilder {
	y, mo, d := asOf.Date()
	return &factsBuilder{
		asOf:        asOf,
		models:      m,
		recentFrom:  time.Date(y, mo, d-r.SpendDays+1, 0, 0, 0, 0, asOf.Location()),
		earlierFrom: time.Date(y, mo, d-2*r.SpendDays+1, 0, 0, 0, 0, asOf.Location()),
	}
}

// build makes the facts of one customer from the rows of the streams. It
// is false for a customer without a phase by the date: one created later.
func (b *factsBuilder) build(id int64, p profileRow, s *factStreams) (CustomerFacts, bool) {
	var f lifecycle.Facts
	s.phases.take(id, func(r phaseRow) {
		f.Phase, f.PhaseLabel, f.Group, f.PhaseSince = r.phase, r.label, r.group, r.at
	})
	var d contactDigest
	s.contacts.take(id, d.add)
	return b.finish(id, p, f, d, s.purchases, s.triage), f.Phase != ""
}

// finish adds to the facts of a customer's phase what is known of the
// customer, its contacts, purchases and triage state, and the forecast.
func (b *factsBuilder) finish(id int64, p profileRow, f lifecycle.Facts, d contactDigest,
	purchases *stream[lifecycle.Purchase], triage *stream[triageRow]) CustomerFacts {
	f.Value, f.DoNotContact = p.value, p.doNotContact
	d.into(&f)
	b.bought = b.bought[:0]
	purchases.take(id, func(p lifecycle.Purchase) { b.addPurchase(&f, p) })
	triage.take(id, func(r triageRow) { f.SnoozedUntil, f.LastWinBackAttempt = r.snoozedUntil, r.lastAttempt })
	f.LastActivity = f.PhaseSince
	if f.LastContact.After(f.LastActivity) {
		f.LastActivity = f.LastContact
	}
	c := CustomerFacts{ID: id, Name: p.name, Archived: p.archived, Facts: f}
	c.RFM, c.Bought = lifecycle.RFMValuesOf(b.bought, b.asOf)
	b.forecast(&c)
	return c
}

// addPurchase takes in a purchase or refund: refunds count against the
// spend but are not purchases.
func (b *factsBuilder) addPurchase(f *lifecycle.Facts, p lifecycle.Purchase) {
	f.TotalSpend += p.Amount
	switch {
	case !p.At.Before(b.recentFrom):
		f.RecentSpend += p.Amount
	case !p.At.Before(b.earlierFrom):
		f.EarlierSpend += p.Amount
		if p.Amount >= 0 {
			f.EarlierPurchases++
		}
	}
	if p.Amount >= 0 {
		f.Purchases++
		b.bought = append(b.bought, p)
	}
}
