package demo

import (
	"math/rand/v2"
	"time"
)

// talks is how the account manager keeps in touch with a customer: at the
// pace of the sales pipeline while they are a prospect, at a pace of their
// own once they buy, until quietFrom.
type talks struct {
	leadEvery float64   // weeks between talks with a prospect
	every     float64   // weeks between talks with a customer
	quietFrom time.Time // when the regular talks stop
}

// contactsPerWeek is the mean rate of talks with a customer; each
// customer's own rate is drawn from a Gamma around it, and their pace kept
// between minEveryWeeks and maxEveryWeeks.
const contactsPerWeek = 0.15

// A prospect is talked to every two and a half weeks on average, so that a
// deal in the works seldom sits idle for the three weeks a buying phase
// allows. A customer is talked to every two to seven weeks: the flags
// measure a customer's silence against their usual interval over the whole
// history, the prospect's closer talks included, so that a customer
// talked to much less often than as a prospect would look neglected.
const (
	leadEveryWeeks = 2.5
	minLeadWeeks   = 2.0 / 7
	minEveryWeeks  = 2
	maxEveryWeeks  = 7
)

// rhythmShape is how regular the talks are: gaps drawn from a Gamma of
// this shape vary by half their mean, as they do when someone keeps in
// touch on purpose rather than at random.
const rhythmShape = 6

func drawTalks(rng *rand.Rand) talks {
	rate := drawGamma(rng, 2, contactsPerWeek/2)
	return talks{
		leadEvery: max(drawGamma(rng, 5, leadEveryWeeks/5), minLeadWeeks),
		every:     min(max(1/rate, minEveryWeeks), maxEveryWeeks),
	}
}

// neglectedShare is the part of the customers still buying whom the
// account manager has lost sight of: the regular talks stopped a while ago.
const neglectedShare = 0.06

// neglectedFrom is when the talks with a neglected customer stopped: one
// to four of their usual intervals ago, though not before they first
// bought.
func (s story) neglectedFrom(rng *rand.Rand, now time.Time) time.Time {
	ago := weeks(s.every * (1 + 3*rng.Float64()))
	return maxTime(s.purchases[0], now.Add(-ago))
}

// talkTimes are the times of the regular talks along the story, and when
// the next one was due: with a prospect at the pipeline's pace until they
// buy; with a customer once more at that pace to get them started, then
// at their own until quietFrom.
func (s story) talkTimes(rng *rand.Rand) ([]time.Time, time.Time) {
	if len(s.purchases) == 0 {
		return rhythm(rng, s.created, s.quietFrom, s.leadEvery)
	}
	first := s.purchases[0]
	times, _ := rhythm(rng, s.created, first, s.leadEvery)
	onboarding := first.Add(weeks(drawGamma(rng, rhythmShape, s.leadEvery/rhythmShape)))
	if !onboarding.Before(s.quietFrom) {
		return times, onboarding
	}
	times = append(times, officeHours(rng, onboarding, first, s.quietFrom))
	later, next := rhythm(rng, onboarding, s.quietFrom, s.every)
	return append(times, later...), next
}

// rhythm returns the times of talks kept at a steady pace, every so many
// weeks, from from until until, moved into office hours, and when the next
// one was due.
func rhythm(rng *rand.Rand, from, until time.Time, every float64) (times []time.Time, next time.Time) {
	for t := from; ; {
		t = t.Add(weeks(drawGamma(rng, rhythmShape, every/rhythmShape)))
		if !t.Before(until) {
			return times, t
		}
		times = append(times, officeHours(rng, t, from, until))
	}
}
