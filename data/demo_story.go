package data

import (
	"math/rand/v2"
	"time"

	"tend/lifecycle"
)

// demoYears is how far back the demo book's history goes.
const demoYears = 2

// endedAfter is how long a customer who dropped out has to be quiet before
// the book puts them in an ended phase; those who dropped out more recently
// still look like customers, as they would to a real account manager.
const endedAfter = 150 * day

// story is the course of one customer's relationship: when they came, what
// they bought, and when they went quiet.
type story struct {
	created   time.Time
	purchases []time.Time
	dropped   bool      // left after their last purchase, for good
	quietFrom time.Time // when the contacts stop
	group     lifecycle.Group
}

// drawStory runs a customer's relationship from their arrival, some time in
// the last two years, until now.
func drawStory(rng *rand.Rand, b buyer, now time.Time) story {
	s := story{created: officeHoursBefore(rng, between(rng, now.AddDate(-demoYears, 0, 0), now), now)}
	first, bought := firstPurchase(rng, s.created, now)
	if !bought {
		s.group = lifecycle.Buying
		s.quietFrom = maxTime(s.created, now.Add(-days(rng.ExpFloat64()*25)))
		return s
	}
	times, dropped := b.purchaseTimes(rng, first, now)
	lo := s.created
	for _, t := range times {
		lo = officeHours(rng, t, lo, now)
		s.purchases = append(s.purchases, lo)
	}
	s.dropped = dropped
	s.group, s.quietFrom = lifecycle.Owning, now
	if dropped {
		s.quietFrom = minTime(now, s.lastPurchase().Add(days(rng.ExpFloat64()*45)))
		if now.Sub(s.lastPurchase()) >= endedAfter {
			s.group = lifecycle.Ended
		}
	}
	return s
}

// officeHoursBefore moves t into office hours without passing now.
func officeHoursBefore(rng *rand.Rand, t, now time.Time) time.Time {
	return officeHours(rng, t, now.AddDate(-demoYears, 0, 0), now)
}

func (s story) lastPurchase() time.Time { return s.purchases[len(s.purchases)-1] }

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
