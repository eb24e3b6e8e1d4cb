package lifecycle

import (
	"cmp"
	"slices"
)

// ReasonCount counts the customers lost, or won back, for one reason in a
// period. A move that took a reason but was given none counts under an
// empty Key. Label is the reason's name as the user typed it, filled in
// by the book.
type ReasonCount struct {
	MoveReason
	Customers int
}

// reasonCounter counts the reasons of the moves that take one, a customer
// once for each reason of each kind.
type reasonCounter struct {
	lc     Lifecycle
	counts map[MoveReason]int
	seen   map[MoveReason]bool // the reasons of the current customer
}

func newReasonCounter(lc Lifecycle) reasonCounter {
	return reasonCounter{lc: lc, counts: map[MoveReason]int{}, seen: map[MoveReason]bool{}}
}

// begin starts the moves of another customer.
func (c *reasonCounter) begin() { clear(c.seen) }

// add counts a move of the period: one that gave a reason by the kind its
// phase gives it now, one that takes a reason and gave none as not given.
func (c *reasonCounter) add(m PhaseChange) {
	r := MoveReason{Key: m.ReasonKey}
	if m.ReasonKey != "" {
		r.Kind = c.lc.KindOfGiven(m.To)
	} else if kind, takes := c.lc.ReasonFor(m.From, m.To); takes {
		r.Kind = kind
	} else {
		return
	}
	if !c.seen[r] {
		c.seen[r] = true
		c.counts[r]++
	}
}

// result lists the counts, the lost ones first, then by count, most
// first, with the moves given no reason last of their kind.
func (c *reasonCounter) result() []ReasonCount {
	out := make([]ReasonCount, 0, len(c.counts))
	for r, n := range c.counts {
		out = append(out, ReasonCount{MoveReason: r, Customers: n})
	}
	unexplained := func(r ReasonCount) int {
		if r.Key == "" {
			return 1
		}
		return 0
	}
	slices.SortFunc(out, func(a, b ReasonCount) int {
		return cmp.Or(cmp.Compare(slices.Index(ReasonKinds, a.Kind), slices.Index(ReasonKinds, b.Kind)),
			cmp.Compare(unexplained(a), unexplained(b)), cmp.Compare(b.Customers, a.Customers), cmp.Compare(a.Key, b.Key))
	})
	return out
}
