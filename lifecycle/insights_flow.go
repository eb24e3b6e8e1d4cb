package lifecycle

import (
	"cmp"
	"slices"
	"time"
)

// MoveDirection says how a move went along the lifecycle.
type MoveDirection string

// The directions of a move: into the book, to the next phase, past one or
// more phases, or back.
const (
	Entered  MoveDirection = "new"
	Forward  MoveDirection = "forward"
	Skipped  MoveDirection = "skipped"
	Backward MoveDirection = "backward"
)

// FlowCell counts the customers who moved from one phase to another in a
// period; From is empty for customers who entered the book. A customer who
// made the same move twice counts once.
type FlowCell struct {
	From, To  string
	Direction MoveDirection
	Customers int
}

// Conversion is how many of the customers who were in a buying phase in a
// period went on from it to an owning phase within the period.
type Conversion struct {
	Phase     string
	Customers int
	Converted int
}

// Rate is the share of the phase's customers who converted, 0 for none.
func (c Conversion) Rate() float64 {
	if c.Customers == 0 {
		return 0
	}
	return float64(c.Converted) / float64(c.Customers)
}

// Flow is the movement between phases in a period: each move made, the
// strongest first, and the conversion of each buying phase. Target is the
// first owning phase, where a conversion leads; skipping past it to a
// later owning phase converts too.
type Flow struct {
	Moves      []FlowCell
	Conversion []Conversion
	Target     string
	// Reasons count why customers were lost and what won them back.
	Reasons []ReasonCount
}

type flowCounter struct {
	lc     Lifecycle
	place  map[string]int
	cells  map[[2]string]int
	buying []Conversion
	seen   map[[2]string]bool // the moves of the current customer
	why    reasonCounter
}

func newFlowCounter(lc Lifecycle) flowCounter {
	f := flowCounter{lc: lc, place: phasePlaces(lc), cells: map[[2]string]int{}, seen: map[[2]string]bool{}, why: newReasonCounter(lc)}
	for _, p := range lc.Phases {
		if p.Group == Buying {
			f.buying = append(f.buying, Conversion{Phase: p.Key})
		}
	}
	return f
}

func (f *flowCounter) add(s Story, period Period) {
	clear(f.seen)
	f.why.begin()
	for _, m := range s.Moves {
		if !period.Contains(m.At) {
			continue
		}
		f.why.add(m)
		pair := [2]string{m.From, m.To}
		if !f.seen[pair] {
			f.seen[pair] = true
			f.cells[pair]++
		}
	}
	for i := range f.buying {
		f.convert(&f.buying[i], s, period)
	}
}

// convert counts the customer for a buying phase if it was in the phase at
// some time in the period, and as converted if it then entered an owning
// phase by the period's end. A customer archived before the period keeps
// its last phase but is no longer on the book, so it is not counted.
func (f *flowCounter) convert(c *Conversion, s Story, period Period) {
	in := time.Time{}
	if phase, _ := s.PhaseAt(period.From); phase == c.Phase && s.OnBookAt(period.From) {
		in = period.From
	}
	for _, m := range s.Moves {
		if m.At.After(period.To) {
			break
		}
		if in.IsZero() && m.To == c.Phase && period.Contains(m.At) {
			in = m.At
		}
		if !in.IsZero() && !m.At.Before(in) && f.group(m.To) == Owning {
			c.Customers++
			c.Converted++
			return
		}
	}
	if !in.IsZero() {
		c.Customers++
	}
}

func (f *flowCounter) group(key string) Group {
	if i, ok := f.place[key]; ok {
		return f.lc.Phases[i].Group
	}
	return ""
}

// direction tells how a move from one phase to another goes along the
// lifecycle's order. A move skips a phase when a visible one lies between
// the two: a hidden phase is not on the board to be passed over.
func (f *flowCounter) direction(from, to string) MoveDirection {
	if from == "" {
		return Entered
	}
	a, b := f.place[from], f.place[to]
	switch {
	case b <= a:
		return Backward
	case slices.ContainsFunc(f.lc.Phases[a+1:b], func(p Phase) bool { return !p.Hidden }):
		return Skipped
	}
	return Forward
}

func (f *flowCounter) result() Flow {
	out := Flow{Conversion: f.buying, Reasons: f.why.result()}
	if p, ok := f.lc.First(Owning); ok {
		out.Target = p.Key
	}
	for pair, n := range f.cells {
		out.Moves = append(out.Moves, FlowCell{From: pair[0], To: pair[1], Direction: f.direction(pair[0], pair[1]), Customers: n})
	}
	slices.SortFunc(out.Moves, func(a, b FlowCell) int {
		return cmp.Or(cmp.Compare(b.Customers, a.Customers), f.order(a.From, b.From), f.order(a.To, b.To))
	})
	return out
}

// order compares two phases by their place in the lifecycle, entering the
// book first.
func (f *flowCounter) order(a, b string) int {
	place := func(k string) int {
		if k == "" {
			return -1
		}
		return f.place[k]
	}
	return cmp.Compare(place(a), place(b))
}
