package lifecycle

import "time"

// The insights are the book's figures for steering customer management:
// how many customers each phase holds, how they flow between phases, how
// long they stay, how active the book is week by week and how long buyers
// keep buying. They are counted from each customer's history, so any date
// can be replayed, and they follow the book's current lifecycle.

// Period is a stretch of time, both ends included.
type Period struct {
	From, To time.Time
}

// Contains tells whether t falls in the period.
func (p Period) Contains(t time.Time) bool {
	return !t.Before(p.From) && !t.After(p.To)
}

// Story is one customer's history as the insights read it.
type Story struct {
	ID       int64
	Created  time.Time
	Archived time.Time // zero while the customer is on the book
	Value    Money     // the expected yearly revenue, as entered now
	// Moves are oldest first; the first enters the customer's first phase
	// (From is empty).
	Moves     []PhaseChange
	Contacts  []ContactMark // oldest first
	Purchases []Purchase    // oldest first, refunds included
}

// ContactMark is what the insights read of a contact: when, and its kind.
type ContactMark struct {
	At   time.Time
	Kind Kind
}

// PhaseAt is the customer's phase at t: the one the last move by t put the
// customer in, "" before the first. The second value is when it was
// entered.
func (s Story) PhaseAt(t time.Time) (string, time.Time) {
	phase, since := "", time.Time{}
	for _, m := range s.Moves {
		if m.At.After(t) {
			break
		}
		phase, since = m.To, m.At
	}
	return phase, since
}

// OnBookAt tells whether the customer was on the book at t: in a phase and
// not archived.
func (s Story) OnBookAt(t time.Time) bool {
	if !s.Archived.IsZero() && !s.Archived.After(t) {
		return false
	}
	phase, _ := s.PhaseAt(t)
	return phase != ""
}

// Insights are the figures of a book as of a date, over a period that ends
// by it.
type Insights struct {
	AsOf        time.Time
	Period      Period
	Funnel      []FunnelStep
	Flow        Flow
	TimeInPhase []PhaseTime
	Weekly      []Week
	Cohorts     []Cohort
}
