package lifecycle

import (
	"fmt"
	"time"
)

// MissingDayError says that a date never happened in a time zone: its
// clocks skipped the whole day, as Samoa's did on 30 December 2011.
type MissingDayError struct {
	Date string // as 2006-01-02
	Zone string
}

func (e *MissingDayError) Code() string { return CodeDayMissing }

func (e *MissingDayError) Values() map[string]any { return Values{"Date": e.Date, "Zone": e.Zone} }

func (e *MissingDayError) Error() string {
	return fmt.Sprintf("%s never happened in %s: its clocks skipped that day", e.Date, e.Zone)
}

// DayStart is the first moment of a calendar day in loc: midnight, or the
// moment the clocks jump to where a change to summer time skips midnight
// (01:00 in São Paulo on 4 November 2018). time.Date would take a skipped
// midnight back into the day before. A day the clocks skipped whole is a
// MissingDayError. The day may be given unnormalized (the 32nd of
// January is 1 February).
func DayStart(y int, m time.Month, d int, loc *time.Location) (time.Time, error) {
	y, m, d = time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Date()
	t := dayFrom(y, m, d, loc)
	if ty, tm, td := t.Date(); ty != y || tm != m || td != d {
		return time.Time{}, &MissingDayError{Date: fmt.Sprintf("%04d-%02d-%02d", y, m, d), Zone: loc.String()}
	}
	return t, nil
}

// StartOfDay is the first moment of t's calendar day, in t's zone.
func StartOfDay(t time.Time) time.Time {
	return DaysAfter(t, 0)
}

// DaysAfter is the first moment of the calendar day n days after t's, in
// t's zone, or of the first day after it that happened.
func DaysAfter(t time.Time, n int) time.Time {
	y, m, d := time.Date(t.Year(), t.Month(), t.Day()+n, 12, 0, 0, 0, time.UTC).Date()
	return dayFrom(y, m, d, t.Location())
}

// MonthStart is the first moment of the month n months after t's, in t's
// zone.
func MonthStart(t time.Time, n int) time.Time {
	y, m, _ := time.Date(t.Year(), t.Month()+time.Month(n), 1, 12, 0, 0, 0, time.UTC).Date()
	return dayFrom(y, m, 1, t.Location())
}

// EndOfDay is the last moment of t's calendar day: a nanosecond before the
// next day starts.
func EndOfDay(t time.Time) time.Time {
	return DaysAfter(t, 1).Add(-time.Nanosecond)
}

// dayFrom is the first moment whose date in loc is y-m-d or later. It lies
// in the first span of one offset that reaches the day: the day's
// midnight at that offset, or the span's start where the clocks jumped
// past midnight.
func dayFrom(y int, m time.Month, d int, loc *time.Location) time.Time {
	midnight := time.Date(y, m, d, 0, 0, 0, 0, time.UTC) // the day's wall clock, read as UTC
	// No zone is more than a day off UTC, so the day starts in this window.
	at, last := midnight.Add(-26*time.Hour).In(loc), midnight.Add(26*time.Hour)
	for at.Before(last) {
		_, offset := at.Zone()
		start, end := at.ZoneBounds()
		t := midnight.Add(-time.Duration(offset) * time.Second).In(loc)
		if t.Before(start) {
			t = start
		}
		if end.IsZero() || t.Before(end) {
			return t // the clock shows the day at t, and showed an earlier one before
		}
		at = end.In(loc)
	}
	return last.In(loc) // not reached: some span reaches the day in the window
}
