package demo

import (
	"math/rand/v2"
	"time"
)

// Prospects who never buy are worked like the others for some weeks
// before the lead goes cold. The account manager closes most cold leads,
// archiving them, some weeks later; a few are forgotten and stay open.
const (
	pursuitShape      = 2.0
	pursuitScaleWeeks = 4.0 // eight weeks on average
	closeAfterDays    = 21  // the least time a cold lead is left open
	closeDelayDays    = 30  // the mean of the time on top
	closedLeadShare   = 0.92
)

// pursue sets how long a prospect who has not bought by now is worked:
// until now when they buy later (first is then after now), otherwise for
// some weeks, after which the lead goes cold and is mostly closed.
func (s *story) pursue(rng *rand.Rand, first, now time.Time) {
	s.quietFrom = now
	if !first.IsZero() {
		return
	}
	cold := s.created.Add(weeks(drawGamma(rng, pursuitShape, pursuitScaleWeeks)))
	if !cold.Before(now) {
		return
	}
	s.quietFrom = cold
	closed := cold.Add(days(closeAfterDays + rng.ExpFloat64()*closeDelayDays))
	if closed.Before(now) && chance(rng, closedLeadShare) {
		s.closed = officeHours(rng, closed, cold, now)
	}
}
