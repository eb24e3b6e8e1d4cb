package demo

import (
	"math/rand/v2"
	"time"

	"tend/lifecycle"
)

// winBack is how the book worked an ended customer: the offers made to win
// them back, the snooze set after the latest until the next is due, and
// when they asked not to be contacted again, if they did.
type winBack struct {
	offers       []time.Time
	snoozedUntil time.Time
	blocked      time.Time
}

// Most ended customers are offered a way back at a steady pace, more often
// while in the win-back phase than once lost; after each offer the account
// manager snoozes them until the next is due. Some answer the first offer
// by asking to be left alone, some get no more than the first offer, and
// some lost ones are archived.
const (
	workedShare     = 0.8
	blockedShare    = 0.15
	closedLostShare = 0.25
	offerEveryDays  = 75.0
	lostEveryDays   = 240.0
	offerLateDays   = 7.0 // how late, on average, an offer comes after it is due
)

// workWinBack makes the offers to an ended customer, the first within two
// weeks of giving them up, and decides whether they were archived.
func (s *story) workWinBack(rng *rand.Rand, now time.Time) {
	next := s.givenUp.Add(days(14 * rng.Float64()))
	if chance(rng, blockedShare) && next.Before(now) {
		s.block(rng, next, now)
	}
	end := now
	if !s.lost.IsZero() && chance(rng, closedLostShare) {
		s.closed = workTime(rng, s.lost, minTime(now, s.lost.Add(60*day)))
		end = s.closed
	}
	if !s.winBack.blocked.IsZero() {
		return
	}
	w, worked := &s.winBack, chance(rng, workedShare)
	for next.Before(end) {
		at := officeHours(rng, next, s.givenUp, end)
		w.offers = append(w.offers, at)
		if !worked {
			return
		}
		every := offerEveryDays
		if !s.lost.IsZero() && at.After(s.lost) {
			every = lostEveryDays
		}
		w.snoozedUntil = at.Add(days(drawGamma(rng, rhythmShape, every/rhythmShape)))
		next = w.snoozedUntil.Add(days(rng.ExpFloat64() * offerLateDays))
	}
}

// block makes the one offer to a customer who answers it by asking not to
// be contacted again, which loses them there and then.
func (s *story) block(rng *rand.Rand, offer, now time.Time) {
	at := officeHours(rng, offer, s.givenUp, now)
	s.winBack.offers = []time.Time{at}
	s.winBack.blocked = workTime(rng, at, minTime(now, at.Add(10*day)))
	s.lost = s.winBack.blocked
}

// lastOffer is the time of the latest offer; zero if none was made.
func (w winBack) lastOffer() time.Time {
	if len(w.offers) == 0 {
		return time.Time{}
	}
	return w.offers[len(w.offers)-1]
}

// contacts are the offers, and the answer of a customer who asked to be
// left alone.
func (w winBack) contacts(rng *rand.Rand, id int64) []lifecycle.Contact {
	var out []lifecycle.Contact
	for _, at := range w.offers {
		offer := newContact(rng, id, at)
		offer.Kind, offer.Direction = pick(rng, []lifecycle.Kind{lifecycle.Email, lifecycle.Call}), lifecycle.Out
		offer.Summary, offer.Sentiment = pick(rng, WinBackTopics), lifecycle.Neutral
		out = append(out, offer)
	}
	if !w.blocked.IsZero() {
		answer := newContact(rng, id, w.blocked)
		answer.Kind, answer.Direction = pick(rng, []lifecycle.Kind{lifecycle.Email, lifecycle.Call}), lifecycle.In
		answer.Summary, answer.Sentiment = leaveMeAlone, lifecycle.Negative
		out = append(out, answer)
	}
	return out
}
