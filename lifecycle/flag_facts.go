package lifecycle

import "time"

// Facts are what the flag rules need to know of one customer as of a date:
// plain values the store keeps or computes from the history up to that
// date. A zero time means there is none.
type Facts struct {
	Group      Group
	Phase      string // the phase key, which Rules.PhaseDays names
	PhaseLabel string
	PhaseSince time.Time
	// LastActivity is the time of the latest contact or phase change.
	LastActivity time.Time
	FirstContact time.Time
	LastContact  time.Time
	Contacts     int
	// FollowUpDue is the open follow-up: the one set by the latest contact
	// that set one, if no contact came after it.
	FollowUpDue time.Time
	// NegativeRun counts the latest contacts in a row that were negative.
	NegativeRun        int
	LastNegativeMoment time.Time // the latest negative moment of truth
	DoNotContact       bool
	SnoozedUntil       time.Time
	LastWinBackAttempt time.Time
	// WonBackAt is when the customer was last won back on the
	// re-engagement list.
	WonBackAt  time.Time
	Value      Money // expected yearly revenue, as entered
	TotalSpend Money
	// RecentSpend is the spend in the Rules.SpendDays calendar days that
	// end with the as-of date, EarlierSpend that in the SpendDays before.
	RecentSpend  Money
	EarlierSpend Money
	// EarlierPurchases counts the purchases (refunds left out) in the
	// earlier period: a single order is no level of spend to fall from.
	EarlierPurchases int
	Purchases        int
	Forecast         Forecast
}

// Forecast holds the purchase model's figures for a customer. It is not
// Fitted where the book has too little purchase history for the model;
// the flags then go by the rules alone and say so.
type Forecast struct {
	Fitted            bool
	PAlive            float64 // the probability of still being active
	ExpectedPurchases float64
	ExpectedValue     Money
}

// Worth is what winning or keeping the customer is worth: the spend so far
// plus what is expected, by the purchase model where it is fitted and by
// the yearly value entered for the customer where not. Refunds can make
// the spend negative, but worth is never below zero.
func (f Facts) Worth() Money {
	return max(0, f.TotalSpend+f.expected())
}

// expected is the value still to come from the customer.
func (f Facts) expected() Money {
	if f.Forecast.Fitted {
		return f.Forecast.ExpectedValue
	}
	return f.Value
}

// UsualContactDays is the customer's usual interval between contacts in
// days: the time from the first contact to the last, shared among the
// gaps between them. It is false without two contacts at different times.
func (f Facts) UsualContactDays() (float64, bool) {
	span := f.LastContact.Sub(f.FirstContact)
	if f.Contacts < 2 || f.FirstContact.IsZero() || span <= 0 {
		return 0, false
	}
	return span.Hours() / 24 / float64(f.Contacts-1), true
}

// phaseName is the phase as people know it: its label, or its key where
// the label is missing.
func (f Facts) phaseName() string {
	if f.PhaseLabel != "" {
		return f.PhaseLabel
	}
	return f.Phase
}

// known tells whether t happened by asOf, so that a replay of the past
// ignores what came later.
func known(t, asOf time.Time) bool {
	return !t.IsZero() && !t.After(asOf)
}

// FollowUpDaysLate is how many days a follow-up due at due is late on
// asOf's day: 0 on its day and before. The agenda and the at-risk flag
// both count so, and agree.
func FollowUpDaysLate(due, asOf time.Time) int { return daysSince(due, asOf) }

// daysSince counts calendar days, in asOf's time zone, from t to asOf; a t
// after asOf counts as 0.

func daysSince(t, asOf time.Time) int {
	return max(0, int(dayNumber(asOf, asOf.Location())-dayNumber(t, asOf.Location())))
}
