package demo

import (
	"math/rand/v2"
	"slices"
	"time"

	"tend/lifecycle"
)

// How account managers keep in touch, by how often each kind is used.
var (
	contactKinds = []lifecycle.Kind{lifecycle.Email, lifecycle.Call, lifecycle.Meeting,
		lifecycle.Message, lifecycle.Social, lifecycle.Note}
	kindWeights = []float64{34, 24, 10, 12, 6, 14}
)

// Sentiment runs in streaks: a bad contact is often followed by another.
const (
	positiveChance       = 0.3
	negativeChance       = 0.05
	negativeAfterBad     = 0.45
	negativeAfterLeaving = 0.25 // once a customer has made their last purchase for good
)

// contactsFor makes up a customer's contacts along their story: the first
// enquiry, the regular talks, some around their purchases, the offers to
// win them back once given up, and the note that closed a cold lead.
func contactsFor(rng *rand.Rand, w wording, id int64, s story, now time.Time) []lifecycle.Contact {
	first := newContact(rng, id, s.created)
	first.Summary = pick(rng, firstTopics)
	out := []lifecycle.Contact{first}
	times, next := s.talkTimes(rng)
	for _, at := range times {
		out = append(out, newContact(rng, id, at))
	}
	out = append(out, orderContacts(rng, id, s.purchases)...)
	out = append(out, s.winBack.contacts(rng, id)...)
	if !s.check.at.IsZero() {
		out = append(out, s.check.contact(rng, id))
	}
	if s.group == lifecycle.Buying && !s.closed.IsZero() {
		note := newContact(rng, id, s.closed)
		note.Kind, note.Direction = lifecycle.Note, lifecycle.Out
		note.Summary, note.Sentiment = pick(rng, closedLeadTopics), lifecycle.Neutral
		out = append(out, note)
	}
	slices.SortStableFunc(out, func(a, b lifecycle.Contact) int { return a.At.Compare(b.At) })
	describeContacts(rng, w, out, s)
	planFollowUps(rng, out, next)
	return out
}

// newContact draws the kind and direction of a contact at a time; notes are
// the account manager's own.
func newContact(rng *rand.Rand, id int64, at time.Time) lifecycle.Contact {
	c := lifecycle.Contact{CustomerID: id, At: at, Kind: contactKinds[pickWeighted(rng, kindWeights)], Direction: lifecycle.Out}
	if c.Kind != lifecycle.Note && chance(rng, 0.4) {
		c.Direction = lifecycle.In
	}
	return c
}

// orderContacts are the talks that come with purchases: the first order is
// a moment of truth, later ones often come with a call or an e-mail.
func orderContacts(rng *rand.Rand, id int64, purchases []time.Time) []lifecycle.Contact {
	var out []lifecycle.Contact
	for i, at := range purchases {
		switch {
		case i == 0 && chance(rng, 0.7):
			c := newContact(rng, id, at)
			c.Kind, c.Summary, c.Sentiment, c.Moment = lifecycle.Meeting, firstOrderNote, lifecycle.Positive, true
			out = append(out, c)
		case i > 0 && chance(rng, 0.4):
			c := newContact(rng, id, at)
			c.Kind, c.Direction, c.Summary = pick(rng, []lifecycle.Kind{lifecycle.Email, lifecycle.Call}), lifecycle.In, pick(rng, orderTopics)
			out = append(out, c)
		}
	}
	return out
}

// describeContacts gives the contacts that have none their sentiment and
// summary, worded by w, in order, so that bad news comes in streaks and grows once a
// customer has left; strongly felt ones become moments of truth.
func describeContacts(rng *rand.Rand, w wording, contacts []lifecycle.Contact, s story) {
	mood := lifecycle.Neutral
	for i := range contacts {
		c := &contacts[i]
		bought := len(s.purchases) > 0 && !c.At.Before(s.purchases[0])
		if c.Summary == "" {
			c.Sentiment = nextMood(rng, mood, s.dropped && c.At.After(s.lastPurchase()))
			c.Summary = w.say(topicFor(rng, c.Kind, c.Sentiment, bought), c.Sentiment)
			c.Moment = c.Sentiment == lifecycle.Negative && chance(rng, 0.15) || c.Sentiment == lifecycle.Positive && chance(rng, 0.04)
		}
		if c.Sentiment == "" {
			c.Sentiment = lifecycle.Neutral
		}
		mood = c.Sentiment
	}
}

// nextMood draws a contact's sentiment from the one before.
func nextMood(rng *rand.Rand, before lifecycle.Sentiment, leaving bool) lifecycle.Sentiment {
	bad := negativeChance
	switch {
	case before == lifecycle.Negative:
		bad = negativeAfterBad
	case leaving:
		bad = negativeAfterLeaving
	}
	x := rng.Float64()
	switch {
	case x < bad:
		return lifecycle.Negative
	case x < bad+positiveChance:
		return lifecycle.Positive
	}
	return lifecycle.Neutral
}

// planFollowUps sets follow-ups after a part of the contacts, more often
// after the latest one. A follow-up is due about when the next contact
// comes, which answers it; for the latest contact that is the next talk
// due, so that its follow-up is overdue only where the talks have stopped
// or the next one is late.
func planFollowUps(rng *rand.Rand, contacts []lifecycle.Contact, next time.Time) {
	for i := range contacts {
		c := &contacts[i]
		p, after := 0.12, next
		if i < len(contacts)-1 {
			after = contacts[i+1].At
		} else {
			p = 0.35
		}
		if chance(rng, p) {
			c.FollowUp = followUpDate(rng, c.At, after)
		}
	}
}

// followUpOnTime is the part of the follow-ups the next contact answers by
// their date; the others it answers late.
const followUpOnTime = 0.85

// followUpDate is when a follow-up set at a contact is due, given when the
// next contact comes: mostly a day or so before it, now and then well
// before it; some days ahead when no next contact is in sight.
func followUpDate(rng *rand.Rand, at, next time.Time) time.Time {
	var due time.Time
	switch gap := next.Sub(at); {
	case gap <= 0:
		due = at.Add(days(2 + rng.Float64()*19))
	case chance(rng, followUpOnTime):
		due = maxTime(at, next.Add(-min(days(rng.ExpFloat64()), gap/2)))
	default:
		due = at.Add(time.Duration((0.3 + 0.6*rng.Float64()) * float64(gap)))
	}
	return officeHours(rng, due, at, due.Add(3*day))
}
