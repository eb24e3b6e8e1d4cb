package lifecycle

// Outcome is what a move between phases means for the business, which
// its direction along the lifecycle does not say: Win-back → Lost runs
// forward, and loses a customer.
type Outcome string

const (
	Gain  Outcome = "gain"  // toward owning and loyalty, or back from ended
	Loss  Outcome = "loss"  // toward ended, or back from owning
	Fresh Outcome = "fresh" // a customer entering the book
)

// groupRank orders the groups by what a customer there is to the
// business: ended, then buying, then owning.
var groupRank = map[Group]int{Ended: 0, Buying: 1, Owning: 2}

// OutcomeOf says what a move from one phase to another means: a move to a
// better group gains, to a worse one loses; within buying and owning,
// forward gains and backward loses; within ended, toward the last phase
// (Lost) loses. A move from no phase is a customer entering the book.
func (l Lifecycle) OutcomeOf(from, to string) Outcome {
	if from == "" {
		return Fresh
	}
	fi, ti := l.index(from), l.index(to)
	if fi < 0 || ti < 0 {
		return Fresh
	}
	f, t := l.Phases[fi], l.Phases[ti]
	switch rf, rt := groupRank[f.Group], groupRank[t.Group]; {
	case rt > rf:
		return Gain
	case rt < rf:
		return Loss
	case (ti > fi) != (t.Group == Ended):
		return Gain
	}
	return Loss
}
