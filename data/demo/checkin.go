package demo

import (
	"math/rand/v2"
	"time"

	"tend/lifecycle"
)

// The account manager works the board: a customer whose orders have
// slowed gets a check-in call and, when all is well, a snooze until the
// next look is due, so that the board keeps to the customers who need
// attention. A customer who has in truth left does not answer, or answers
// coolly, and stays on the board. Neglected customers get no call.
const (
	checkInShare   = 0.8 // of the customers whose orders have slowed
	slowedDays     = 60  // without an order
	checkInWithin  = 75  // days before now in which the latest check-in lies
	snoozeMinDays  = 30
	snoozeMoreDays = 90
)

// checkIn is the latest call to a customer whose orders have slowed.
type checkIn struct {
	at           time.Time
	answered     bool
	mood         lifecycle.Sentiment
	snoozedUntil time.Time
}

// slowedFrom is when a customer's orders began to look slowed: some
// weeks after the last, however often they usually order, since a call
// is cheap.
func (s story) slowedFrom() time.Time { return s.lastPurchase().Add(slowedDays * day) }

// callIn makes the check-in of an owning customer whose orders have
// slowed, unless they are neglected.
func (s *story) callIn(rng *rand.Rand, now time.Time) {
	from := s.slowedFrom()
	neglected := !s.dropped && s.quietFrom.Before(now)
	if !from.Before(now) || neglected || !chance(rng, checkInShare) {
		return
	}
	c := checkIn{at: workTime(rng, maxTime(from, now.Add(-checkInWithin*day)), now), answered: true}
	switch {
	case !s.dropped:
		c.mood = pick(rng, []lifecycle.Sentiment{lifecycle.Positive, lifecycle.Neutral, lifecycle.Neutral})
		c.snoozedUntil = c.at.Add(days(snoozeMinDays + snoozeMoreDays*rng.Float64()))
	case chance(rng, 0.5):
		c.answered, c.mood = false, lifecycle.Neutral
	default:
		c.mood = lifecycle.Negative
	}
	s.check = c
}

// contact is the call as the book logged it; a cool answer is now and then
// a moment of truth.
func (c checkIn) contact(rng *rand.Rand, id int64) lifecycle.Contact {
	call := newContact(rng, id, c.at)
	call.Kind, call.Direction, call.Sentiment = pick(rng, []lifecycle.Kind{lifecycle.Call, lifecycle.Call, lifecycle.Email}), lifecycle.Out, c.mood
	switch {
	case !c.answered:
		call.Summary = pick(rng, checkInUnanswered)
	case c.mood == lifecycle.Negative:
		call.Summary, call.Moment = pick(rng, checkInUnhappy), chance(rng, 0.3)
	default:
		call.Summary = pick(rng, checkInFine)
	}
	return call
}
