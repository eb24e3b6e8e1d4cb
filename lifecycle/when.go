package lifecycle

import (
	"strconv"
	"strings"
	"time"
)

// Lean says which way a bare weekday name points: the last such day for when
// something happened, the next one for when something is due.
type Lean int

// The two ways a weekday name can lean.
const (
	Past Lean = iota
	Future
)

// dateForms are the absolute forms accepted, by the mark that tells them
// apart: the first form whose mark a date holds is the one it is read by,
// its layouts tried in order. (A layout of a later form could only read
// the mark as the sign of a two-digit year: 1.3.-5 is no date.) Dates are
// read in the clock's time zone. A one-digit day or month layout also
// reads two digits, so 2.1.2006 reads 01.03.2024 as well as 1.3.2024.
//
// Only the layouts of one form are tried, since a layout that does not fit
// costs an error value: an import of dates tried them all on every row.
var dateForms = []struct {
	mark    string
	layouts []string
}{
	{"-", []string{"2006-1-2", "2006-1-2 15:04", "2006-1-2 15:04:05", "2006-1-2T15:04", "2006-1-2T15:04:05"}},
	{".", []string{"2.1.2006", "2.1.2006 15:04", "2.1.2006 15:04:05", "2.1.2006, 15:04", "2.1.06"}},
	{"/", slashLayouts},
	{"", []string{"20060102"}},
}

// slashLayouts read a date with slashes month first, as the United States
// write it and the CRMs set up there export it ("3/1/2024 9:00 AM",
// Salesforce's "3/1/2024, 9:00 AM"); dayFirstSlash are the same layouts
// day first, as Britain and much of Europe write them.
var (
	slashLayouts = []string{"1/2/2006", "1/2/2006 15:04", "1/2/2006 15:04:05", "1/2/2006 3:04 PM",
		"1/2/2006 3:04:05 PM", "1/2/2006, 3:04 PM", "1/2/2006, 15:04", "1/2/06"}
	dayFirstSlash = func() []string {
		out := make([]string, len(slashLayouts))
		for i, l := range slashLayouts {
			out[i] = strings.Replace(l, "1/2/", "2/1/", 1)
		}
		return out
	}()
)

// DateOrder says how a date with slashes is read: 03/04/2024 is 4 March
// month first and 3 April day first.
type DateOrder int

// The two orders of a date with slashes.
const (
	MonthFirst DateOrder = iota
	DayFirst
)

// layoutsFor are the layouts that can read in.
func layoutsFor(in string, order DateOrder) []string {
	for _, f := range dateForms {
		if strings.Contains(in, f.mark) {
			if f.mark == "/" && order == DayFirst {
				return dayFirstSlash
			}
			return f.layouts
		}
	}
	return nil
}

// The years ParseWhen accepts. Anything outside is a typo (01.03.0224), and
// the zero time stands for "none" in the records.
const (
	minYear = 1900
	maxYear = 9999
)

// whenForms is the hint an error about a date gives.
const whenForms = "try 2024-03-01, 01.03.2024, 3/1/2024, today, +3d, -2w or friday"

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday, "sonntag": time.Sunday, "so": time.Sunday,
	"monday": time.Monday, "mon": time.Monday, "montag": time.Monday, "mo": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "dienstag": time.Tuesday, "di": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "mittwoch": time.Wednesday, "mi": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "donnerstag": time.Thursday, "do": time.Thursday,
	"friday": time.Friday, "fri": time.Friday, "freitag": time.Friday, "fr": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "samstag": time.Saturday, "sa": time.Saturday,
}

// ParseWhen reads a point in time as a user types it: 2024-03-01,
// 2024-03-01 14:30, 01.03.2024, 3/1/2024 (month first), an RFC 3339 time,
// now, today, yesterday, tomorrow, +3d, -2w, +1m, +1y, +4h, or a weekday
// name (last or next such day by lean; "last friday" and "next friday" say
// it outright). A date without a time is the first moment of that day
// (midnight, or when the clocks jump past it); a day or time the clocks
// skipped is an error. The result is in the clock's time zone and between
// the years 1900 and 9999.
func ParseWhen(s string, now time.Time, lean Lean) (time.Time, error) {
	return ParseWhenOrdered(s, now, lean, MonthFirst)
}

// ParseWhenOrdered is ParseWhen with a date with slashes read in the order
// given; it also reads the times of day other systems export with a date,
// with seconds or AM and PM ("3/1/2024 9:00 AM", "14.02.2024 10:22:33").
func ParseWhenOrdered(s string, now time.Time, lean Lean, order DateOrder) (time.Time, error) {
	t, err := parseWhen(s, now, lean, order)
	if err != nil {
		return time.Time{}, err
	}
	if y := t.Year(); y < minYear || y > maxYear {
		return time.Time{}, Problemf(CodeWhenYears, Values{"Date": strings.TrimSpace(s), "From": minYear, "To": maxYear},
			"%q is outside the years %d to %d", strings.TrimSpace(s), minYear, maxYear)
	}
	return t, nil
}

func parseWhen(s string, now time.Time, lean Lean, order DateOrder) (time.Time, error) {
	in := strings.Join(strings.Fields(s), " ")
	low := strings.ToLower(in)
	day := StartOfDay(now)
	switch low {
	case "":
		return time.Time{}, Problemf(CodeWhenEmpty, nil, "no date given (%s)", whenForms)
	case "now", "jetzt":
		return now, nil
	case "today", "heute":
		return day, nil
	case "yesterday", "gestern":
		return daysFrom(day, -1)
	case "tomorrow", "morgen":
		return daysFrom(day, 1)
	}
	if t, ok := parseOffset(low, now); ok {
		return t, nil
	}
	if diff, ok := weekdayDiff(low, day, lean); ok {
		return daysFrom(day, diff)
	}
	if strings.Contains(in, "T") && strings.Contains(in, "-") {
		if t, err := time.Parse(time.RFC3339, in); err == nil {
			return t.In(now.Location()), nil
		}
	}
	// The layouts read AM and PM in capitals only.
	upper := strings.ToUpper(in)
	for _, layout := range layoutsFor(in, order) {
		if t, err := time.Parse(layout, upper); err == nil {
			return inZone(t, now.Location(), !strings.Contains(layout, ":"))
		}
	}
	return time.Time{}, Problemf(CodeWhenInvalid, Values{"Date": in}, "%q is not a date (%s)", in, whenForms)
}

// daysFrom is the start of the day n days from day's, which must have
// happened.
func daysFrom(day time.Time, n int) (time.Time, error) {
	y, m, d := day.Date()
	return DayStart(y, m, d+n, day.Location())
}

// inZone puts a date and time read as UTC on the clocks of loc: a date
// alone means the first moment of that day there. A time the clocks
// skipped, when summer time starts, is refused rather than moved to
// another hour, or even to the day before.
func inZone(wall time.Time, loc *time.Location, dateOnly bool) (time.Time, error) {
	y, m, d := wall.Date()
	if dateOnly {
		return DayStart(y, m, d, loc)
	}
	t := time.Date(y, m, d, wall.Hour(), wall.Minute(), wall.Second(), 0, loc)
	if t.Hour() != wall.Hour() || t.Minute() != wall.Minute() || t.Day() != d {
		return time.Time{}, Problemf(CodeWhenSkipped, Values{"Time": wall, "Zone": loc.String()},
			"%s never happened in %s: its clocks skipped that time", wall.Format("2006-01-02 15:04"), loc)
	}
	return t, nil
}

// parseOffset reads +3d, -2w, 3d, +1m (months), +1y and +4h, counted from
// now, so they keep the time of day.
func parseOffset(s string, now time.Time) (time.Time, bool) {
	if len(s) < 2 {
		return time.Time{}, false
	}
	unit := s[len(s)-1]
	num := s[:len(s)-1]
	if digits := strings.TrimLeft(num, "+-"); digits == "" || len(num)-len(digits) > 1 || strings.Trim(digits, "0123456789") != "" {
		return time.Time{}, false // not a number: Atoi would say so at the cost of an error value
	}
	n, err := strconv.Atoi(num)
	if err != nil || n > 100000 || n < -100000 {
		return time.Time{}, false
	}
	switch unit {
	case 'h':
		return now.Add(time.Duration(n) * time.Hour), true
	case 'd':
		return now.AddDate(0, 0, n), true
	case 'w':
		return now.AddDate(0, 0, 7*n), true
	case 'm':
		return addMonths(now, n), true
	case 'y':
		return addMonths(now, 12*n), true
	}
	return time.Time{}, false
}

// addMonths moves t by n months, keeping the day of the month where that
// month has it and taking its last day otherwise: a month after 31 January
// is 28 February, not 3 March as time.AddDate would have it.
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	m += time.Month(n)
	last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return time.Date(y, m, min(d, last), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// weekdayDiff reads "friday", "last friday" and "next friday" as the
// days from day to it. A bare name that is today's weekday means today.
func weekdayDiff(s string, day time.Time, lean Lean) (int, bool) {
	word, name, found := strings.Cut(s, " ")
	if found {
		switch word {
		case "last", "letzten", "letzter":
			lean = Past
		case "next", "nächsten", "nächster":
			lean = Future
		default:
			return 0, false
		}
	} else {
		name = word
	}
	wd, ok := weekdays[name]
	if !ok {
		return 0, false
	}
	diff := int(wd - day.Weekday())
	if lean == Past {
		if diff > 0 || (found && diff == 0) {
			diff -= 7
		}
	} else if diff < 0 || (found && diff == 0) {
		diff += 7
	}
	return diff, true
}
