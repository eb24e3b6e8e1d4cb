package lifecycle

import (
	"sort"
	"time"
)

// Week is the book's activity in the seven days that end with End (Start
// left out, End included): contacts by kind, purchases (refunds left out)
// and revenue (refunds taken off), and the customers flagged as of End by
// kind, where they were replayed.
type Week struct {
	Start, End time.Time
	Contacts   map[Kind]int
	Purchases  int
	Revenue    Money
	Flagged    map[FlagKind]int
}

// ContactCount is the number of contacts of every kind in the week.
func (w Week) ContactCount() int {
	n := 0
	for _, c := range w.Contacts {
		n += c
	}
	return n
}

// Weeks are the n weeks that end with asOf, oldest first, each ending at
// the same time of day as asOf in its zone.
func Weeks(asOf time.Time, n int) []Week {
	weeks := make([]Week, n)
	for i := range weeks {
		end := asOf.AddDate(0, 0, -7*(n-1-i))
		weeks[i] = Week{Start: end.AddDate(0, 0, -7), End: end, Contacts: map[Kind]int{}, Flagged: map[FlagKind]int{}}
	}
	return weeks
}

type weekCounter struct {
	weeks []Week
}

func newWeekCounter(asOf time.Time, n int) weekCounter {
	return weekCounter{weeks: Weeks(asOf, n)}
}

// WeekOf is the place of the week t falls in, false when it is in none.
func WeekOf(weeks []Week, t time.Time) (int, bool) {
	i := sort.Search(len(weeks), func(i int) bool { return !weeks[i].End.Before(t) })
	if i == len(weeks) || !t.After(weeks[i].Start) {
		return 0, false
	}
	return i, true
}

func (w *weekCounter) add(s Story) {
	for _, c := range s.Contacts {
		if i, ok := WeekOf(w.weeks, c.At); ok {
			w.weeks[i].Contacts[c.Kind]++
		}
	}
	for _, p := range s.Purchases {
		i, ok := WeekOf(w.weeks, p.At)
		if !ok {
			continue
		}
		w.weeks[i].Revenue += p.Amount
		if p.Amount >= 0 {
			w.weeks[i].Purchases++
		}
	}
}

func (w *weekCounter) result() []Week { return w.weeks }
