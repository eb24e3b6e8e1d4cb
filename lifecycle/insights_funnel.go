package lifecycle

import "time"

// FunnelStep is a phase with the customers in it and their value.
type FunnelStep struct {
	Phase     Phase
	Customers int
	Value     Money // the sum of the customers' entered yearly value
}

// funnelCounter counts the customers on the book per phase as of a date,
// in the order of the lifecycle, hidden phases included: a customer may
// still be in one.
type funnelCounter struct {
	list  []FunnelStep
	place map[string]int
}

func newFunnelCounter(lc Lifecycle) funnelCounter {
	f := funnelCounter{place: phasePlaces(lc)}
	for _, p := range lc.Phases {
		f.list = append(f.list, FunnelStep{Phase: p})
	}
	return f
}

// phasePlaces maps each phase key to its place in the lifecycle.
func phasePlaces(lc Lifecycle) map[string]int {
	places := make(map[string]int, len(lc.Phases))
	for i, p := range lc.Phases {
		places[p.Key] = i
	}
	return places
}

func (f *funnelCounter) add(s Story, asOf time.Time) {
	if !s.OnBookAt(asOf) {
		return
	}
	phase, _ := s.PhaseAt(asOf)
	if i, ok := f.place[phase]; ok {
		f.list[i].Customers++
		f.list[i].Value += s.Value
	}
}

func (f *funnelCounter) steps() []FunnelStep { return f.list }
