package lifecycle

import (
	"sort"
	"time"
)

// Week is the book's activity in the calendar week that ends with End (Start
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

// Weeks are the n calendar weeks up to asOf, oldest first, Monday to
// Sunday in asOf's zone (as ISO 8601 counts them): the last is the week so
// far, from its Monday to asOf; each of the others ends with the last
// second of its Sunday, so a finished week's end stays put all week as the
// clock moves on, and its figures can be kept until the next Monday.
func Weeks(asOf time.Time, n int) []Week {
	today := time.Date(asOf.Year(), asOf.Month(), asOf.Day(), 0, 0, 0, 0, asOf.Location())
	monday := today.AddDate(0, 0, -(int(today.Weekday())+6)%7)
	// startOfWeek is the first second of the week back weeks before this.
	startOfWeek := func(back int) time.Time { return monday.AddDate(0, 0, -7*back) }
	weeks := make([]Week, n)
	for i := range weeks {
		back := n - 1 - i
		end := asOf
		if back > 0 {
			end = startOfWeek(back - 1).Add(-time.Second)
		}
		weeks[i] = Week{Start: startOfWeek(back).Add(-time.Second), End: end, Contacts: map[Kind]int{}, Flagged: map[FlagKind]int{}}
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
