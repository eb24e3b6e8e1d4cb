package data

import (
	"slices"
	"time"

	"tend/lifecycle"
)

// keptSentiments is the least number of the latest sentiments the facts
// keep; more when the rules look at a longer run.
const keptSentiments = 5

// factsBuilder makes the facts of one customer after another from the
// rows of the streams, reusing its lists from customer to customer.
type factsBuilder struct {
	asOf   time.Time
	models *Models
	// recentFrom starts the latest period of spend, earlierFrom the one
	// before it.
	recentFrom, earlierFrom time.Time
	sentimentsKept          int
	sentiments              []lifecycle.Sentiment
	bought                  []lifecycle.Purchase // refunds left out
	times                   []time.Time
}

func newFactsBuilder(asOf time.Time, m *Models, r lifecycle.Rules) *factsBuilder {
	y, mo, d := asOf.Date()
	return &factsBuilder{
		asOf:           asOf,
		models:         m,
		recentFrom:     time.Date(y, mo, d-r.SpendDays+1, 0, 0, 0, 0, asOf.Location()),
		earlierFrom:    time.Date(y, mo, d-2*r.SpendDays+1, 0, 0, 0, 0, asOf.Location()),
		sentimentsKept: max(keptSentiments, r.NegativeContacts),
	}
}

// build makes the facts of one customer from the rows of the streams. It
// is false for a customer without a phase by the date: one created later.
func (b *factsBuilder) build(id int64, p profileRow, s *factStreams) (CustomerFacts, bool) {
	f := lifecycle.Facts{Value: p.value, DoNotContact: p.doNotContact}
	s.phases.take(id, func(r phaseRow) {
		f.Phase, f.PhaseLabel, f.Group, f.PhaseSince = r.phase, r.label, r.group, r.at
	})
	b.sentiments = b.sentiments[:0]
	s.contacts.take(id, func(r contactRow) { b.addContact(&f, r) })
	b.bought = b.bought[:0]
	s.purchases.take(id, func(p lifecycle.Purchase) { b.addPurchase(&f, p) })
	s.triage.take(id, func(r triageRow) { f.SnoozedUntil, f.LastWinBackAttempt = r.snoozedUntil, r.lastAttempt })
	f.LastActivity = f.PhaseSince
	if f.LastContact.After(f.LastActivity) {
		f.LastActivity = f.LastContact
	}
	f.Sentiments = b.latestSentiments()
	c := CustomerFacts{ID: id, Name: p.name, Archived: p.archived, Facts: f}
	c.RFM, c.Bought = lifecycle.RFMValuesOf(b.bought, b.asOf)
	b.forecast(&c)
	return c, f.Phase != ""
}

// addContact takes in a contact, the contacts coming oldest first. Each
// contact sets the open follow-up, none when it set none: a later contact
// answers an earlier one's follow-up.
func (b *factsBuilder) addContact(f *lifecycle.Facts, r contactRow) {
	if f.Contacts == 0 {
		f.FirstContact = r.at
	}
	f.Contacts++
	f.LastContact = r.at
	f.FollowUpDue = r.followUp
	if r.moment && r.sentiment == lifecycle.Negative {
		f.LastNegativeMoment = r.at
	}
	b.sentiments = append(b.sentiments, r.sentiment)
}

// latestSentiments are the sentiments of the latest contacts, newest first.
func (b *factsBuilder) latestSentiments() []lifecycle.Sentiment {
	if len(b.sentiments) == 0 {
		return nil
	}
	latest := slices.Clone(b.sentiments[max(0, len(b.sentiments)-b.sentimentsKept):])
	slices.Reverse(latest)
	return latest
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
	}
	if p.Amount >= 0 {
		f.Purchases++
		b.bought = append(b.bought, p)
	}
}
