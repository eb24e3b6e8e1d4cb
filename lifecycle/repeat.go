package lifecycle

import (
	"slices"
	"time"
)

// RepeatHistory is what the BG/NBD model knows of a customer: X repeat
// purchases, the last one TX weeks after the first purchase, and T weeks
// from the first purchase to the date the history is taken at. Purchases
// on the same calendar day count as one, as in Fader, Hardie & Lee (2005).
type RepeatHistory struct {
	X     int
	TX, T float64
}

// SpendHistory is what the Gamma-Gamma model knows of a customer: X repeat
// purchase days and the mean amount spent on them, in whole currency units.
type SpendHistory struct {
	X    int
	Mean float64
}

// RepeatHistoryOf reduces a customer's purchase times to BG/NBD inputs as of
// the calendar day of asOf, which counts in full. Days are calendar days in
// asOf's time zone, so T is a whole number of days over 7. It returns false
// when the customer bought nothing on or before that day.
func RepeatHistoryOf(purchases []time.Time, asOf time.Time) (RepeatHistory, bool) {
	loc, last := asOf.Location(), dayNumber(asOf, asOf.Location())
	var days []int64
	for _, at := range purchases {
		if d := dayNumber(at, loc); d <= last {
			days = append(days, d)
		}
	}
	if len(days) == 0 {
		return RepeatHistory{}, false
	}
	slices.Sort(days)
	days = slices.Compact(days)
	first := days[0]
	return RepeatHistory{
		X:  len(days) - 1,
		TX: float64(days[len(days)-1]-first) / 7,
		T:  float64(last-first) / 7,
	}, true
}

// SpendHistoryOf reduces a customer's purchases to Gamma-Gamma inputs as of
// the calendar day of asOf: the amounts of each day are summed, the first
// purchase day is left out (its spend is not a repeat purchase), and the
// rest are averaged. All amounts are taken to be in one currency. It returns
// false when there is no repeat purchase day or the mean is not positive,
// since the model is one of positive spend.
func SpendHistoryOf(purchases []Purchase, asOf time.Time) (SpendHistory, bool) {
	loc, last := asOf.Location(), dayNumber(asOf, asOf.Location())
	byDay := map[int64]Money{}
	first := int64(0)
	for _, p := range purchases {
		d := dayNumber(p.At, loc)
		if d > last {
			continue
		}
		if len(byDay) == 0 || d < first {
			first = d
		}
		byDay[d] += p.Amount
	}
	x := len(byDay) - 1
	if x < 1 {
		return SpendHistory{}, false
	}
	total := -byDay[first]
	for _, amount := range byDay {
		total += amount
	}
	mean := total.Float() / float64(x)
	if mean <= 0 {
		return SpendHistory{}, false
	}
	return SpendHistory{X: x, Mean: mean}, true
}

// dayNumber counts calendar days in loc from 1970-01-01. Counting on the
// date alone keeps days whole across daylight saving changes.
func dayNumber(t time.Time, loc *time.Location) int64 {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}
