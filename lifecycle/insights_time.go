package lifecycle

import (
	"math"
	"slices"
	"time"
)

// DaySpread sums up lengths of time in days: how many there are, their
// median and their 90th percentile (0 for none).
type DaySpread struct {
	Customers   int
	Median, P90 float64
}

// PhaseTime is how long customers stay in a phase: those who left it in a
// period, and those still in it at the period's end, how long they have
// been waiting.
type PhaseTime struct {
	Phase   string
	Left    DaySpread
	Waiting DaySpread
}

type timeCounter struct {
	lc            Lifecycle
	place         map[string]int
	left, waiting [][]float64 // days, per phase
}

func newTimeCounter(lc Lifecycle) timeCounter {
	n := len(lc.Phases)
	return timeCounter{lc: lc, place: phasePlaces(lc), left: make([][]float64, n), waiting: make([][]float64, n)}
}

// add takes in each stay in a phase that ended in the period, and the stay
// of a customer still on the book at the period's end.
func (t *timeCounter) add(s Story, period Period) {
	for i, m := range s.Moves {
		if m.At.After(period.To) {
			break
		}
		at, ok := t.place[m.To]
		if !ok {
			continue
		}
		if i+1 < len(s.Moves) && !s.Moves[i+1].At.After(period.To) {
			if leave := s.Moves[i+1].At; period.Contains(leave) {
				t.left[at] = append(t.left[at], inDays(leave.Sub(m.At)))
			}
			continue
		}
		if s.OnBookAt(period.To) {
			t.waiting[at] = append(t.waiting[at], inDays(period.To.Sub(m.At)))
		}
	}
}

func inDays(d time.Duration) float64 { return d.Hours() / 24 }

func (t *timeCounter) result() []PhaseTime {
	out := make([]PhaseTime, len(t.lc.Phases))
	for i, p := range t.lc.Phases {
		out[i] = PhaseTime{Phase: p.Key, Left: spreadOf(t.left[i]), Waiting: spreadOf(t.waiting[i])}
	}
	return out
}

// spreadOf sums up lengths of time; it sorts them in place.
func spreadOf(days []float64) DaySpread {
	slices.Sort(days)
	return DaySpread{Customers: len(days), Median: percentile(days, 0.5), P90: percentile(days, 0.9)}
}

// percentile is the p-th quantile of sorted values, interpolated between
// the two nearest (so the median of an even count is the mean of the
// middle two); 0 for none.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	pos := p * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (pos-float64(lo))*(sorted[hi]-sorted[lo])
}
