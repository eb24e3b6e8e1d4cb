package lifecycle

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// cet is a fixed zone east of UTC, so that a date read in UTC by mistake
// shows up as an hour off.
var cet = time.FixedZone("CET", 3600)

// clock is a Wednesday afternoon.
var clock = time.Date(2026, 3, 11, 15, 4, 5, 0, cet)

func at(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, cet)
}

func TestParseWhenReadsDatesInTheClocksZone(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2024-03-01", at(2024, 3, 1, 0, 0)},
		{"2024-3-1", at(2024, 3, 1, 0, 0)},
		{"2024-03-01 14:30", at(2024, 3, 1, 14, 30)},
		{"2024-03-01  14:30", at(2024, 3, 1, 14, 30)},
		{"2024-03-01T14:30", at(2024, 3, 1, 14, 30)},
		{"2024-03-01 14:30:15", at(2024, 3, 1, 14, 30).Add(15 * time.Second)},
		{"01.03.2024", at(2024, 3, 1, 0, 0)},
		{"1.3.2024", at(2024, 3, 1, 0, 0)},
		{"1.3.2024 9:30", at(2024, 3, 1, 9, 30)},
		{"01.03.24", at(2024, 3, 1, 0, 0)},
		{"3/1/2024", at(2024, 3, 1, 0, 0)},
		{"03/01/2024", at(2024, 3, 1, 0, 0)},
		{"12/31/2024 18:00", at(2024, 12, 31, 18, 0)},
		{"3/1/24", at(2024, 3, 1, 0, 0)},
		{"20240301", at(2024, 3, 1, 0, 0)},
		{"2024-03-01T14:30:00Z", at(2024, 3, 1, 15, 30)},
		{"2024-03-01T14:30:00+05:00", at(2024, 3, 1, 10, 30)},
		{" 2024-03-01 ", at(2024, 3, 1, 0, 0)},
	}
	for _, tt := range tests {
		got, err := ParseWhen(tt.in, clock, Past)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseWhen(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			continue
		}
		if got.Location() != cet {
			t.Errorf("ParseWhen(%q) is in %v, want the clock's zone", tt.in, got.Location())
		}
	}
}

func TestParseWhenReadsWordsAndOffsetsFromTheClock(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"now", clock},
		{"NOW", clock},
		{"jetzt", clock},
		{"today", at(2026, 3, 11, 0, 0)},
		{"Heute", at(2026, 3, 11, 0, 0)},
		{"yesterday", at(2026, 3, 10, 0, 0)},
		{"gestern", at(2026, 3, 10, 0, 0)},
		{"tomorrow", at(2026, 3, 12, 0, 0)},
		{"morgen", at(2026, 3, 12, 0, 0)},
		{"+3d", clock.AddDate(0, 0, 3)},
		{"3d", clock.AddDate(0, 0, 3)},
		{"-3D", clock.AddDate(0, 0, -3)},
		{"+0d", clock},
		{"-2w", at(2026, 2, 25, 15, 4).Add(5 * time.Second)},
		{"+1m", at(2026, 4, 11, 15, 4).Add(5 * time.Second)},
		{"-1m", at(2026, 2, 11, 15, 4).Add(5 * time.Second)},
		{"+1y", at(2027, 3, 11, 15, 4).Add(5 * time.Second)},
		{"+4h", at(2026, 3, 11, 19, 4).Add(5 * time.Second)},
		{"-36h", at(2026, 3, 10, 3, 4).Add(5 * time.Second)},
	}
	for _, tt := range tests {
		got, err := ParseWhen(tt.in, clock, Past)
		if err != nil || !got.Equal(tt.want) || got.Location() != cet {
			t.Errorf("ParseWhen(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseWhenKeepsMonthOffsetsInTheTargetMonth(t *testing.T) {
	tests := []struct {
		now  time.Time
		in   string
		want time.Time
	}{
		{at(2026, 1, 31, 10, 0), "+1m", at(2026, 2, 28, 10, 0)},
		{at(2024, 1, 31, 10, 0), "+1m", at(2024, 2, 29, 10, 0)},
		{at(2026, 3, 31, 10, 0), "-1m", at(2026, 2, 28, 10, 0)},
		{at(2026, 1, 31, 10, 0), "+13m", at(2027, 2, 28, 10, 0)},
		{at(2026, 12, 31, 10, 0), "+2m", at(2027, 2, 28, 10, 0)},
		{at(2026, 8, 31, 10, 0), "-3m", at(2026, 5, 31, 10, 0)},
		{at(2024, 2, 29, 10, 0), "+1y", at(2025, 2, 28, 10, 0)},
		{at(2024, 2, 29, 10, 0), "+4y", at(2028, 2, 29, 10, 0)},
	}
	for _, tt := range tests {
		got, err := ParseWhen(tt.in, tt.now, Future)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseWhen(%q) at %v = %v, %v; want %v", tt.in, tt.now, got, err, tt.want)
		}
	}
}

func TestParseWhenReadsWeekdaysByLean(t *testing.T) {
	// The clock is Wednesday 11 March 2026.
	tests := []struct {
		in         string
		past, futr time.Time
	}{
		{"friday", at(2026, 3, 6, 0, 0), at(2026, 3, 13, 0, 0)},
		{"Friday", at(2026, 3, 6, 0, 0), at(2026, 3, 13, 0, 0)},
		{"fri", at(2026, 3, 6, 0, 0), at(2026, 3, 13, 0, 0)},
		{"freitag", at(2026, 3, 6, 0, 0), at(2026, 3, 13, 0, 0)},
		{"fr", at(2026, 3, 6, 0, 0), at(2026, 3, 13, 0, 0)},
		{"monday", at(2026, 3, 9, 0, 0), at(2026, 3, 16, 0, 0)},
		{"Montag", at(2026, 3, 9, 0, 0), at(2026, 3, 16, 0, 0)},
		{"tuesday", at(2026, 3, 10, 0, 0), at(2026, 3, 17, 0, 0)},
		{"thursday", at(2026, 3, 5, 0, 0), at(2026, 3, 12, 0, 0)},
		{"donnerstag", at(2026, 3, 5, 0, 0), at(2026, 3, 12, 0, 0)},
		{"sunday", at(2026, 3, 8, 0, 0), at(2026, 3, 15, 0, 0)},
		{"sonntag", at(2026, 3, 8, 0, 0), at(2026, 3, 15, 0, 0)},
		{"sa", at(2026, 3, 7, 0, 0), at(2026, 3, 14, 0, 0)},
		// The bare name of today's weekday is today, whatever the lean.
		{"wednesday", at(2026, 3, 11, 0, 0), at(2026, 3, 11, 0, 0)},
		{"mittwoch", at(2026, 3, 11, 0, 0), at(2026, 3, 11, 0, 0)},
		{"mi", at(2026, 3, 11, 0, 0), at(2026, 3, 11, 0, 0)},
		// last and next override the lean; for today's weekday they mean a week.
		{"last friday", at(2026, 3, 6, 0, 0), at(2026, 3, 6, 0, 0)},
		{"next friday", at(2026, 3, 13, 0, 0), at(2026, 3, 13, 0, 0)},
		{"Last  Friday", at(2026, 3, 6, 0, 0), at(2026, 3, 6, 0, 0)},
		{"letzten freitag", at(2026, 3, 6, 0, 0), at(2026, 3, 6, 0, 0)},
		{"nächsten montag", at(2026, 3, 16, 0, 0), at(2026, 3, 16, 0, 0)},
		{"last wednesday", at(2026, 3, 4, 0, 0), at(2026, 3, 4, 0, 0)},
		{"next wednesday", at(2026, 3, 18, 0, 0), at(2026, 3, 18, 0, 0)},
		{"next tuesday", at(2026, 3, 17, 0, 0), at(2026, 3, 17, 0, 0)},
		{"last thursday", at(2026, 3, 5, 0, 0), at(2026, 3, 5, 0, 0)},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			lean Lean
			want time.Time
		}{{Past, tt.past}, {Future, tt.futr}} {
			got, err := ParseWhen(tt.in, clock, c.lean)
			if err != nil || !got.Equal(c.want) || got.Location() != cet {
				t.Errorf("ParseWhen(%q, lean %d) = %v, %v; want %v", tt.in, c.lean, got, err, c.want)
			}
		}
	}
}

func TestParseWhenRefusesGarbageAndSuggestsForms(t *testing.T) {
	const forms = "(try 2024-03-01, 01.03.2024, 3/1/2024, today, +3d, -2w or friday)"
	tests := []struct{ in, want string }{
		{"", "no date given " + forms},
		{"   ", "no date given " + forms},
		{"garbage", `"garbage" is not a date ` + forms},
		{"soon", `"soon" is not a date ` + forms},
		{"last", `"last" is not a date ` + forms},
		{"last week", `"last week" is not a date ` + forms},
		{"this friday", `"this friday" is not a date ` + forms},
		{"friday 14:00", `"friday 14:00" is not a date ` + forms},
		{"32.01.2024", `"32.01.2024" is not a date ` + forms},
		{"2024-02-30", `"2024-02-30" is not a date ` + forms},
		{"13/1/2024", `"13/1/2024" is not a date ` + forms},
		{"1.3.-5", `"1.3.-5" is not a date ` + forms}, // a sign in a two-digit year
		{"+-3d", `"+-3d" is not a date ` + forms},
		{"2024-03-01 25:00", `"2024-03-01 25:00" is not a date ` + forms},
		{"+3", `"+3" is not a date ` + forms},
		{"+d", `"+d" is not a date ` + forms},
		{"+3x", `"+3x" is not a date ` + forms},
		{"+1000000d", `"+1000000d" is not a date ` + forms},
		{"2024", `"2024" is not a date ` + forms},
		{"01.03.1899", `"01.03.1899" is outside the years 1900 to 9999`},
		{"0001-01-01T00:00:00Z", `"0001-01-01T00:00:00Z" is outside the years 1900 to 9999`},
		{"+10000y", `"+10000y" is outside the years 1900 to 9999`},
		{"-100000y", `"-100000y" is outside the years 1900 to 9999`},
	}
	for _, tt := range tests {
		got, err := ParseWhen(tt.in, clock, Past)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseWhen(%q) = %v, %v; want error %q", tt.in, got, err, tt.want)
		}
		if !got.IsZero() {
			t.Errorf("ParseWhen(%q) returned %v with its error", tt.in, got)
		}
	}
}

func FuzzParseWhen(f *testing.F) {
	for _, s := range []string{
		"2024-03-01", "2024-03-01 14:30", "01.03.2024", "3/1/2024", "2024-03-01T14:30:00Z", "1.3.-5",
		"20240301", "now", "today", "+3d", "-2w", "+1m", "+1y", "+4h", "friday", "next mittwoch",
	} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, future bool) {
		lean := Past
		if future {
			lean = Future
		}
		got, err := ParseWhen(s, clock, lean)
		if want, ok := anyLayout(s); ok && oneMark(s) && want.Year() >= minYear && want.Year() <= maxYear && (err != nil || !got.Equal(want)) {
			t.Errorf("ParseWhen(%q) = %v, %v, but a layout reads %v", s, got, err, want)
		}
		if err != nil {
			checkWhenRefused(t, s, got, err)
			return
		}
		checkWhenRead(t, s, got)
	})
}

// checkWhenRefused: a refused date comes with no time and an error that
// suggests a form or names the years.
func checkWhenRefused(t *testing.T, s string, got time.Time, err error) {
	t.Helper()
	if !got.IsZero() {
		t.Errorf("ParseWhen(%q) = %v with error %v", s, got, err)
	}
	if !strings.Contains(err.Error(), "try ") && !strings.Contains(err.Error(), "outside the years") {
		t.Errorf("ParseWhen(%q) error %q suggests no form", s, err)
	}
}

// checkWhenRead: a date read is a time in the clock's zone, within the
// years.
func checkWhenRead(t *testing.T, s string, got time.Time) {
	t.Helper()
	if got.IsZero() {
		t.Fatalf("ParseWhen(%q) = the zero time", s)
	}
	if got.Location() != cet {
		t.Errorf("ParseWhen(%q) is in %v, want the clock's zone", s, got.Location())
	}
	if y := got.Year(); y < minYear || y > maxYear {
		t.Errorf("ParseWhen(%q) = %v, outside the years", s, got)
	}
}

// anyLayout reads an absolute date by trying RFC 3339 and then every
// layout of every form, in order, whatever marks the date holds: what
// ParseWhen reads, if it reads the date as an absolute one, must be the
// same.
func anyLayout(s string) (time.Time, bool) {
	in := strings.Join(strings.Fields(s), " ")
	if t, err := time.Parse(time.RFC3339, in); err == nil {
		return t.In(cet), true
	}
	for _, f := range dateForms {
		for _, layout := range f.layouts {
			if t, err := time.ParseInLocation(layout, in, cet); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// oneMark tells whether s holds the mark of one form of date at most: a
// date with two can only be read by taking one for a sign (1.3.-5), or it
// is an RFC 3339 time with a fraction of a second, which
// TestEveryDateFormIsReadByItsLayouts checks.
func oneMark(s string) bool {
	marks := 0
	for _, m := range []string{"-", ".", "/"} {
		if strings.Contains(s, m) {
			marks++
		}
	}
	return marks <= 1
}

// TestEveryDateFormIsReadByItsLayouts checks that picking a form by its
// mark finds what trying every layout finds, for each layout and for
// dates with a fraction of a second, on random dates.
func TestEveryDateFormIsReadByItsLayouts(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for range 2000 {
		at := time.Date(1900+rng.IntN(200), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60), 0, cet)
		inputs := []string{at.Format(time.RFC3339), at.UTC().Format(time.RFC3339Nano), at.Format("2006-01-02 15:04:05.000")}
		for _, f := range dateForms {
			for _, layout := range f.layouts {
				inputs = append(inputs, at.Format(layout))
			}
		}
		for _, in := range inputs {
			want, ok := anyLayout(in)
			got, err := ParseWhen(in, clock, Past)
			if !ok || err != nil || !got.Equal(want) {
				t.Fatalf("ParseWhen(%q) = %v, %v; every layout tried reads %v, %v", in, got, err, want, ok)
			}
		}
	}
}

func TestParseWhenStartsADayWhereItsClocksDo(t *testing.T) {
	saoPaulo, apia, berlin := zone(t, "America/Sao_Paulo"), zone(t, "Pacific/Apia"), zone(t, "Europe/Berlin")
	tests := []struct {
		in   string
		now  time.Time
		want string // RFC 3339, or the start of the error
	}{
		{"2018-11-04", time.Date(2019, 1, 1, 12, 0, 0, 0, saoPaulo), "2018-11-04T01:00:00-02:00"},
		{"04.11.2018", time.Date(2019, 1, 1, 12, 0, 0, 0, saoPaulo), "2018-11-04T01:00:00-02:00"},
		{"20181104", time.Date(2019, 1, 1, 12, 0, 0, 0, saoPaulo), "2018-11-04T01:00:00-02:00"},
		{"today", time.Date(2018, 11, 4, 12, 0, 0, 0, saoPaulo), "2018-11-04T01:00:00-02:00"},
		{"tomorrow", time.Date(2018, 11, 3, 12, 0, 0, 0, saoPaulo), "2018-11-04T01:00:00-02:00"},
		{"sunday", time.Date(2018, 11, 6, 12, 0, 0, 0, saoPaulo), "2018-11-04T01:00:00-02:00"},
		{"2018-11-04 00:30", time.Date(2019, 1, 1, 12, 0, 0, 0, saoPaulo), "2018-11-04 00:30 never happened in America/Sao_Paulo"},
		{"2018-11-04 01:30", time.Date(2019, 1, 1, 12, 0, 0, 0, saoPaulo), "2018-11-04T01:30:00-02:00"},
		{"2011-12-30", time.Date(2012, 1, 1, 12, 0, 0, 0, apia), "2011-12-30 never happened in Pacific/Apia"},
		{"yesterday", time.Date(2011, 12, 31, 12, 0, 0, 0, apia), "2011-12-30 never happened in Pacific/Apia"},
		{"2011-12-31", time.Date(2012, 1, 1, 12, 0, 0, 0, apia), "2011-12-31T00:00:00+14:00"},
		{"2024-03-31", time.Date(2024, 6, 1, 12, 0, 0, 0, berlin), "2024-03-31T00:00:00+01:00"},
		{"2024-03-31 02:30", time.Date(2024, 6, 1, 12, 0, 0, 0, berlin), "2024-03-31 02:30 never happened in Europe/Berlin"},
		{"2024-10-27", time.Date(2024, 11, 1, 12, 0, 0, 0, berlin), "2024-10-27T00:00:00+02:00"},
	}
	for _, tt := range tests {
		got, err := ParseWhen(tt.in, tt.now, Past)
		text := got.Format(time.RFC3339)
		if err != nil {
			text = err.Error()
		}
		if !strings.HasPrefix(text, tt.want) {
			t.Errorf("ParseWhen(%q) in %v = %s; want %s", tt.in, tt.now.Location(), text, tt.want)
		}
	}
}

// FuzzParseWhenInZones reads dates in zones whose clocks skip midnight or
// a whole day: what is read is in the zone and, for a date alone, starts
// the day it names or is refused as a day that never happened.
func FuzzParseWhenInZones(f *testing.F) {
	for _, s := range []string{"2018-11-04", "2011-12-30", "30.12.2011", "12/30/2011", "2024-03-31 02:30", "today", "yesterday", "friday", "+1d"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
	}
	zones := []string{"America/Sao_Paulo", "Pacific/Apia", "Europe/Berlin", "Asia/Tehran"}
	f.Fuzz(func(t *testing.T, s string, z uint8) {
		loc, err := time.LoadLocation(zones[int(z)%len(zones)])
		if err != nil {
			t.Fatal(err)
		}
		now := time.Date(2018, 11, 4, 12, 0, 0, 0, loc)
		got, err := ParseWhen(s, now, Past)
		if err != nil {
			if !got.IsZero() {
				t.Errorf("ParseWhen(%q) = %v with error %v", s, got, err)
			}
			return
		}
		if got.Location() != loc {
			t.Errorf("ParseWhen(%q) is in %v, want %v", s, got.Location(), loc)
		}
		if wall, err := time.Parse(time.DateOnly, strings.TrimSpace(s)); err == nil {
			if y, m, d := wall.Date(); got.Year() != y || got.Month() != m || got.Day() != d || !got.Equal(StartOfDay(got)) {
				t.Errorf("ParseWhen(%q) in %v = %v, not the start of that day", s, loc, got)
			}
		}
	})
}
