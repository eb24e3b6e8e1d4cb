package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"tend/lifecycle"
)

// stages are the visible phases of a book's lifecycle by group, in order.
type stages struct {
	buying, owning, ended []lifecycle.Phase
}

// stagesOf sorts a lifecycle's visible phases into groups. A demo book needs
// each group, since its customers pass through all three.
func stagesOf(lc lifecycle.Lifecycle) (stages, error) {
	var s stages
	for _, p := range lc.Visible() {
		switch p.Group {
		case lifecycle.Buying:
			s.buying = append(s.buying, p)
		case lifecycle.Owning:
			s.owning = append(s.owning, p)
		case lifecycle.Ended:
			s.ended = append(s.ended, p)
		}
	}
	if len(s.buying) == 0 || len(s.owning) == 0 || len(s.ended) == 0 {
		return s, lifecycle.Problemf(lifecycle.CodeStoryPhases, nil, "a demo book needs a visible buying, owning and ended phase")
	}
	return s, nil
}

// journey collects a customer's moves between phases as they happen.
type journey struct {
	customerID int64
	moves      []lifecycle.PhaseChange
}

// to records a move at a time; a move to the phase the customer is in is
// no move.
func (p *journey) to(at time.Time, phase lifecycle.Phase, reason string) {
	from := p.current()
	if from == phase.Key {
		return
	}
	p.moves = append(p.moves, lifecycle.PhaseChange{CustomerID: p.customerID, At: at, From: from, To: phase.Key, Reason: reason})
}

func (p *journey) current() string {
	if len(p.moves) == 0 {
		return ""
	}
	return p.moves[len(p.moves)-1].To
}

// phasePath walks a customer through the lifecycle along their story: the
// buying phases until the first purchase, up the owning phases as the
// purchases add up, out to an ended phase after a long silence and back
// when they buy again.
func (st stages) phasePath(rng *rand.Rand, id int64, s story) []lifecycle.PhaseChange {
	p := &journey{customerID: id}
	until := s.quietFrom
	if len(s.purchases) > 0 {
		until = s.purchases[0]
	}
	st.prospecting(rng, p, s, until)
	if len(s.purchases) == 0 {
		return p.moves
	}
	st.ordering(rng, p, s.purchases)
	if s.group == lifecycle.Ended {
		st.ending(p, s)
	}
	return p.moves
}

// prospecting records the creation and the moves through the buying phases
// up to until. Prospects who have not bought end up spread over the buying
// phases, more in the early ones; buyers get part of the way and skip the
// rest with their first order. Now and then a prospect falls back a phase.
func (st stages) prospecting(rng *rand.Rand, p *journey, s story, until time.Time) {
	n := len(st.buying)
	weights := make([]float64, n)
	for i := range weights {
		weights[i] = 1
		if len(s.purchases) == 0 {
			weights[i] = float64(n - i) // fewer prospects get further
		}
	}
	reach := pickWeighted(rng, weights)
	start := 0
	if reach > 0 && chance(rng, 0.15) {
		start = 1 // came recommended, past the first phase
	}
	steps := []int{}
	for i := start + 1; i <= reach; i++ {
		steps = append(steps, i)
		if chance(rng, 0.08) {
			steps = append(steps, i-1, i) // went cold for a while
		}
	}
	p.to(s.created, st.buying[start], "created")
	times := spread(rng, s.created, until, len(steps))
	for k, i := range steps {
		reason := pick(rng, []string{"showed interest", "asked for an offer", "meeting held", "qualified"})
		if k > 0 && i < steps[k-1] {
			reason = "went quiet"
		}
		p.to(times[k], st.buying[i], reason)
	}
}

// ordering records the first order and the climb through the owning phases:
// a customer moves up a phase when their purchases double (2, 4, 8, …). A
// pause of more than half a year may have put them in an ended phase until
// they bought again.
func (st stages) ordering(rng *rand.Rand, p *journey, purchases []time.Time) {
	p.to(purchases[0], st.owning[0], "first order")
	for i := 1; i < len(purchases); i++ {
		prev, at := purchases[i-1], purchases[i]
		if at.Sub(prev) > 180*day && chance(rng, 0.5) {
			out := workTime(rng, prev.Add(120*day), at.Add(-7*day))
			p.to(out, st.ended[0], quietReason(out.Sub(prev)))
			p.to(at, st.owning[st.ownedTier(i+1)], "ordered again")
			continue
		}
		if tier := st.ownedTier(i + 1); tier > st.ownedTier(i) {
			p.to(at, st.owning[tier], "orders regularly")
		}
	}
}

// ownedTier is the owning phase of a customer with n purchases.
func (st stages) ownedTier(n int) int {
	return min(int(math.Log2(float64(n))), len(st.owning)-1)
}

// ending records a customer who was given up: into the first ended phase,
// and, where the lifecycle has a later ended phase, on to it when they
// were lost: when the win-back offers went unanswered, or when they asked
// to be left alone.
func (st stages) ending(p *journey, s story) {
	p.to(s.givenUp, st.ended[0], quietReason(s.givenUp.Sub(s.lastPurchase())))
	if len(st.ended) > 1 && !s.lost.IsZero() {
		reason := "no answer to the win-back offer"
		if !s.winBack.blocked.IsZero() {
			reason = "asked not to be contacted again"
		}
		p.to(s.lost, st.ended[len(st.ended)-1], reason)
	}
}

func quietReason(d time.Duration) string {
	return fmt.Sprintf("no orders for %d months", int(d/(30*day)))
}

// spread returns n sorted times drawn evenly from [from, until].
func spread(rng *rand.Rand, from, until time.Time, n int) []time.Time {
	times := make([]time.Time, n)
	for i := range times {
		times[i] = workTime(rng, from, until)
	}
	slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
	return times
}
