package lifecycle

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zones below, where the system has no zone files
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestDayStartIsTheFirstMomentOfTheDay(t *testing.T) {
	saoPaulo, berlin, apia := zone(t, "America/Sao_Paulo"), zone(t, "Europe/Berlin"), zone(t, "Pacific/Apia")
	tests := []struct {
		loc     *time.Location
		y       int
		m       time.Month
		d       int
		want    string // RFC 3339
		wantEnd string
	}{
		// Summer time starts at midnight: the day starts at 01:00.
		{saoPaulo, 2018, 11, 4, "2018-11-04T01:00:00-02:00", "2018-11-04T23:59:59.999999999-02:00"},
		// Summer time ends at midnight: 23:00 comes twice on the day before.
		{saoPaulo, 2019, 2, 16, "2019-02-16T00:00:00-02:00", "2019-02-16T23:59:59.999999999-03:00"},
		{saoPaulo, 2019, 2, 17, "2019-02-17T00:00:00-03:00", "2019-02-17T23:59:59.999999999-03:00"},
		{berlin, 2024, 3, 31, "2024-03-31T00:00:00+01:00", "2024-03-31T23:59:59.999999999+02:00"},
		{berlin, 2024, 10, 27, "2024-10-27T00:00:00+02:00", "2024-10-27T23:59:59.999999999+01:00"},
		// Samoa skipped the 30th: the 29th ends where the 31st starts.
		{apia, 2011, 12, 29, "2011-12-29T00:00:00-10:00", "2011-12-29T23:59:59.999999999-10:00"},
		{apia, 2011, 12, 31, "2011-12-31T00:00:00+14:00", "2011-12-31T23:59:59.999999999+14:00"},
		{time.UTC, 2024, 2, 29, "2024-02-29T00:00:00Z", "2024-02-29T23:59:59.999999999Z"},
		{time.FixedZone("X", -5*3600), 2024, 1, 32, "2024-02-01T00:00:00-05:00", "2024-02-01T23:59:59.999999999-05:00"},
	}
	for _, tt := range tests {
		got, err := DayStart(tt.y, tt.m, tt.d, tt.loc)
		if err != nil || got.Format(time.RFC3339Nano) != tt.want || got.Location() != tt.loc {
			t.Errorf("DayStart(%d-%d-%d, %v) = %v, %v; want %s", tt.y, tt.m, tt.d, tt.loc, got, err, tt.want)
			continue
		}
		if end := EndOfDay(got); end.Format(time.RFC3339Nano) != tt.wantEnd {
			t.Errorf("EndOfDay(%v) = %s; want %s", got, end.Format(time.RFC3339Nano), tt.wantEnd)
		}
		if again := StartOfDay(EndOfDay(got)); !again.Equal(got) {
			t.Errorf("StartOfDay(EndOfDay(%v)) = %v", got, again)
		}
	}
}

func TestDayStartRefusesADayThatNeverHappened(t *testing.T) {
	_, err := DayStart(2011, 12, 30, zone(t, "Pacific/Apia"))
	var missing *MissingDayError
	if !errors.As(err, &missing) || missing.Date != "2011-12-30" || !strings.Contains(err.Error(), "Pacific/Apia") {
		t.Fatalf("DayStart(2011-12-30, Apia) = %v; want a MissingDayError", err)
	}
	if got := DaysAfter(time.Date(2011, 12, 29, 18, 0, 0, 0, zone(t, "Pacific/Apia")), 1); got.Day() != 31 || got.Hour() != 0 {
		t.Errorf("the day after 29 December 2011 in Apia starts at %v; want the 31st at midnight", got)
	}
}

// TestEveryDayOfEveryZoneStartsOnItsDate checks each day of years with
// many changes of the clocks in every zone: a day starts on its date, the
// moment before it is on an earlier date, it ends before the next one
// starts, and a day is missing only where the day before ends on the day
// after.
func TestEveryDayOfEveryZoneStartsOnItsDate(t *testing.T) {
	names := zoneNames(t)
	for _, name := range names {
		loc := zone(t, name)
		for _, year := range []int{1995, 2011, 2024} {
			for day := time.Date(year, 1, 1, 12, 0, 0, 0, time.UTC); day.Year() == year; day = day.AddDate(0, 0, 1) {
				checkDay(t, loc, day)
			}
		}
	}
	t.Logf("checked %d zones", len(names))
}

func checkDay(t *testing.T, loc *time.Location, day time.Time) {
	t.Helper()
	y, m, d := day.Date()
	first := dayFrom(y, m, d, loc)
	if !onOrLater(first, y, m, d) || onOrLater(first.Add(-time.Nanosecond), y, m, d) {
		t.Fatalf("%s: the first moment on or after %d-%d-%d is not %v", loc, y, m, d, first)
	}
	start, err := DayStart(y, m, d, loc)
	if onDay := !onOrLater(first, y, m, d+1); onDay != (err == nil) || (onDay && !start.Equal(first)) {
		t.Fatalf("%s: DayStart(%d-%d-%d) = %v, %v; the first moment on or after it is %v", loc, y, m, d, start, err, first)
	}
	end := EndOfDay(first)
	if fy, fm, fd := first.Date(); !onOrLater(end, fy, fm, fd) || onOrLater(end, fy, fm, fd+1) || !onOrLater(end.Add(time.Nanosecond), fy, fm, fd+1) {
		t.Fatalf("%s: the day of %v ends at %v", loc, first, end)
	}
}

// onOrLater tells whether t's date is y-m-d (normalized) or later.
func onOrLater(t time.Time, y int, m time.Month, d int) bool {
	ty, tm, td := t.Date()
	return !time.Date(ty, tm, td, 0, 0, 0, 0, time.UTC).Before(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// zoneNames are the zones of the system's zone table, or a few with
// changes of every kind where it has none.
func zoneNames(t *testing.T) []string {
	names := []string{"America/Sao_Paulo", "Pacific/Apia", "Europe/Berlin", "America/Havana", "Asia/Tehran",
		"Australia/Lord_Howe", "America/Santiago", "Pacific/Kiritimati", "Asia/Gaza", "Africa/Cairo", "UTC"}
	f, err := os.Open("/usr/share/zoneinfo/zone1970.tab")
	if err != nil {
		return names
	}
	defer f.Close()
	lines := bufio.NewScanner(f)
	for lines.Scan() {
		if cols := strings.Split(lines.Text(), "\t"); len(cols) >= 3 && !strings.HasPrefix(cols[0], "#") {
			names = append(names, cols[2])
		}
	}
	return names
}

func TestMonthStartIsTheFirstMomentOfTheMonth(t *testing.T) {
	havana := zone(t, "America/Havana") // summer time started at midnight on 1 April 2012
	got := MonthStart(time.Date(2012, 6, 15, 12, 0, 0, 0, havana), -2)
	if got.Format(time.RFC3339) != "2012-04-01T01:00:00-04:00" {
		t.Errorf("two months before June 2012 in Havana start at %v; want 1 April at 01:00", got)
	}
	if got := MonthStart(time.Date(2024, 1, 31, 12, 0, 0, 0, time.UTC), 13); got.Format(time.RFC3339) != "2025-02-01T00:00:00Z" {
		t.Errorf("13 months after January 2024 start at %v", got)
	}
}
