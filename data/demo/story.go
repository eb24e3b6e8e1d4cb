package demo

import (
	"math/rand/v2"
	"time"

	"tend/lifecycle"
)

// Years is how far back the demo book's history goes.
const Years = 2

// EndedAfter is how long a customer who dropped out has to be quiet before
// the book puts them in an ended phase; those who dropped out more recently
// still look like customers, as they would to a real account manager.
const EndedAfter = 90 * day

// noticeDays is how long, on average, the account manager takes after
// EndedAfter to give a quiet customer up.
const noticeDays = 14

// story is the course of one customer's relationship: when they came, what
// they bought, how they were kept in touch with and when they went quiet.
type story struct {
	created   time.Time
	purchases []time.Time
	dropped   bool // left after their last purchase, for good
	talks
	group   lifecycle.Group
	givenUp time.Time // when the book gave an ended customer up
	lost    time.Time // when the win-back offers went unanswered or were refused; zero if not (yet)
	winBack winBack
	check   checkIn
	closed  time.Time // when the customer was archived; zero if not
}

// drawStory runs a customer's relationship from their arrival, some time in
// the last two years, until now.
func drawStory(rng *rand.Rand, b buyer, now time.Time) story {
	s := story{created: workTime(rng, now.AddDate(-Years, 0, 0), now), talks: drawTalks(rng)}
	first := firstPurchase(rng, s.created)
	if first.IsZero() || !first.Before(now) {
		s.group = lifecycle.Buying
		s.pursue(rng, first, now)
		return s
	}
	times, dropped := b.purchaseTimes(rng, first, now)
	// Each purchase falls in office hours after the one before: moved to
	// office hours, the one before may have come later than this one.
	lo := s.created
	for _, t := range times {
		lo = officeHours(rng, maxTime(t, lo), lo, now)
		s.purchases = append(s.purchases, lo)
	}
	s.dropped = dropped
	s.group, s.quietFrom = lifecycle.Owning, now
	switch {
	case dropped:
		s.quietFrom = minTime(now, s.lastPurchase().Add(days(rng.ExpFloat64()*45)))
		s.giveUp(rng, now)
	case chance(rng, neglectedShare):
		s.quietFrom = s.neglectedFrom(rng, now)
	}
	if s.group == lifecycle.Owning {
		s.callIn(rng, now)
	}
	return s
}

// giveUp ends a customer who dropped out once the account manager notices,
// a little after EndedAfter, and marks them lost when a few months more
// bring no answer to the win-back offers. Until noticed, they stay owning.
func (s *story) giveUp(rng *rand.Rand, now time.Time) {
	noticed := s.lastPurchase().Add(EndedAfter + days(rng.ExpFloat64()*noticeDays))
	if noticed.After(now) {
		return
	}
	s.group = lifecycle.Ended
	s.givenUp = officeHours(rng, noticed, s.lastPurchase(), now)
	if now.Sub(s.givenUp) > 120*day && chance(rng, 0.75) {
		s.lost = workTime(rng, s.givenUp.Add(90*day), now)
	}
	s.workWinBack(rng, now)
}

// snoozedUntil is until when the account manager snoozed the customer,
// after a win-back offer or a check-in; zero if never.
func (s story) snoozedUntil() time.Time {
	return maxTime(s.winBack.snoozedUntil, s.check.snoozedUntil)
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
