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
	// kindsOnly leaves out the expected purchases and value, which cost
	// most of the time of the facts: they weigh in the severity of a flag
	// and its worth, never in whether it is raised, and a replay that only
	// counts the flags of each kind does without them.
	kindsOnly bool
}

func newFactsBuilder(asOf time.Time, m *Models, r lifecycle.Rules) *factsBuilder {
	return &factsBuilder{
		asOf:        asOf,
		models:      m,
		recentFrom:  lifecycle.DaysAfter(asOf, 1-r.SpendDays),
		earlierFrom: lifecycle.DaysAfter(asOf, 1-2*r.SpendDays),
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
	return b.finish(id, p, f, d, purchaseSource{all: s.purchases}, takeTriage(s.triage, id)), f.Phase != ""
}

// takeTriage reads the customer's triage state from the stream.
func takeTriage(s *stream[triageRow], id int64) triageRow {
	var t triageRow
	s.take(id, func(r triageRow) { t = r })
	return t
}

// purchaseSource gives the builder a customer's purchases: every one from
// the stream all, or, where a digest of them is kept (stored), that digest
// and the purchases of the two periods of spend from recent. A replay that
// holds the customer's purchases gives them as the list instead.
type purchaseSource struct {
	all, recent *stream[lifecycle.Purchase]
	list        []lifecycle.Purchase
	stored      *lifecycle.PurchaseDigest
	totalSpend  lifecycle.Money // with a stored digest: the spend, refunds included
}

// each calls fn with the customer's purchases the builder reads, oldest
// first: those of the two periods of spend from recent where a digest is
// stored, else every one from all; with neither stream, those of the list.
func (s purchaseSource) each(id int64, fn func(lifecycle.Purchase)) {
	from := s.all
	if s.stored != nil {
		from = s.recent
	}
	if from != nil {
		from.take(id, fn)
		return
	}
	for _, p := range s.list {
		fn(p)
	}
}

// finish adds to the facts of a customer's phase what is known of the
// customer, its contacts, purchases and triage state, and the forecast.
func (b *factsBuilder) finish(id int64, p profileRow, f lifecycle.Facts, d contactDigest,
	src purchaseSource, t triageRow) CustomerFacts {
	f.Value, f.DoNotContact = p.value, p.doNotContact
	d.into(&f)
	c := CustomerFacts{ID: id, Name: p.name, Archived: p.archived}
	pd := b.purchases(&c, &f, src)
	f.SnoozedUntil, f.LastWinBackAttempt, f.WonBackAt = t.snoozedUntil, t.lastAttempt, t.wonBack
	f.LastActivity = f.PhaseSince
	if f.LastContact.After(f.LastActivity) {
		f.LastActivity = f.LastContact
	}
	c.Facts = f
	if c.Bought {
		c.RFM = pd.RFM(b.asOf)
	}
	b.forecast(&c, pd)
	return c
}

// purchases adds up the customer's purchases into the facts and returns
// their digest; one made here from the purchases is kept in c.Digest, for
// the book to store.
func (b *factsBuilder) purchases(c *CustomerFacts, f *lifecycle.Facts, src purchaseSource) lifecycle.PurchaseDigest {
	if src.stored != nil {
		src.each(c.ID, func(p lifecycle.Purchase) { b.addSpend(f, p) })
		f.TotalSpend, f.Purchases, c.Bought = src.totalSpend, src.stored.Count, true
		return *src.stored
	}
	b.bought = b.bought[:0]
	src.each(c.ID, func(p lifecycle.Purchase) { b.addPurchase(f, p) })
	pd, ok := lifecycle.DigestPurchases(b.bought, b.asOf)
	if ok {
		c.Bought, c.Digest = true, &pd
	}
	return pd
}

// addPurchase takes in a purchase or refund: refunds count against the
// spend but are not purchases.
func (b *factsBuilder) addPurchase(f *lifecycle.Facts, p lifecycle.Purchase) {
	f.TotalSpend += p.Amount
	b.addSpend(f, p)
	if p.Amount >= 0 {
		f.Purchases++
		b.bought = append(b.bought, p)
	}
}

// addSpend adds a purchase or refund to the period of spend it falls in.
func (b *factsBuilder) addSpend(f *lifecycle.Facts, p lifecycle.Purchase) {
	switch {
	case !p.At.Before(b.recentFrom):
		f.RecentSpend += p.Amount
	case !p.At.Before(b.earlierFrom):
		f.EarlierSpend += p.Amount
		if p.Amount >= 0 {
			f.EarlierPurchases++
		}
	}
}
