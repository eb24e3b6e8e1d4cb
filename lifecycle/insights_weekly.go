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

// Weeks are the n weeks that end with asOf, oldest first: the last holds
// the seven days up to asOf, today's included; the others are whole weeks
// of days in asOf's zone, each ending with the last second of its last
// day, so that a finished week's end stays put as the clock moves on and
// its figures can be kept.
func Weeks(asOf time.Time, n int) []Week {
	today := time.Date(asOf.Year(), asOf.Month(), asOf.Day(), 0, 0, 0, 0, asOf.Location())
	endOfWeek := func(back int) time.Time { return today.AddDate(0, 0, 1-7*back).Add(-time.Second) }
	weeks := make([]Week, n)
	for i := range weeks {
		end := asOf
		if i < n-1 {
			end = endOfWeek(n - 1 - i)
		}
		weeks[i] = Week{Start: endOfWeek(n - i), End: end, Contacts: map[Kind]int{}, Flagged: map[FlagKind]int{}}
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
