package lifecycle

import (
	"math"
	"testing"
	"time"
	_ "time/tzdata" // the zone tests must not depend on the machine's zone files
)

func TestRepeatHistoryOfCountsCalendarDays(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	utc := func(s string) time.Time {
		at, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return at
	}
	asOf := time.Date(2024, 4, 6, 0, 0, 0, 0, berlin)
	tests := []struct {
		name      string
		purchases []string
		want      RepeatHistory
	}{
		{"one purchase", []string{"2024-03-30T10:00:00+01:00"}, RepeatHistory{0, 0, 1}},
		{"same day twice counts once", []string{"2024-03-30T09:00:00+01:00", "2024-03-30T18:00:00+01:00"}, RepeatHistory{0, 0, 1}},
		// Summer time starts on 31 March: the week holds 167 hours, still 7 days.
		{"whole days across daylight saving", []string{"2024-03-30T12:00:00+01:00", "2024-04-06T12:00:00+02:00"}, RepeatHistory{1, 1, 1}},
		{"the as-of day counts in full", []string{"2024-03-23T12:00:00+01:00", "2024-04-06T23:59:00+02:00"}, RepeatHistory{1, 2, 2}},
		{"later purchases do not count", []string{"2024-03-23T12:00:00+01:00", "2024-04-07T00:00:00+02:00"}, RepeatHistory{0, 0, 2}},
		// 23:30 UTC on 29 March is already 30 March in Berlin.
		{"days are read in the zone of the as-of date", []string{"2024-03-29T23:30:00Z", "2024-03-30T08:00:00+01:00"}, RepeatHistory{0, 0, 1}},
		{"order does not matter", []string{"2024-04-01T08:00:00+02:00", "2024-03-16T08:00:00+01:00", "2024-03-23T08:00:00+01:00"}, RepeatHistory{2, 16.0 / 7, 3}},
	}
	for _, tt := range tests {
		var times []time.Time
		for _, s := range tt.purchases {
			times = append(times, utc(s))
		}
		got, ok := RepeatHistoryOf(times, asOf)
		if !ok || got.X != tt.want.X || math.Abs(got.TX-tt.want.TX) > 1e-12 || math.Abs(got.T-tt.want.T) > 1e-12 {
			t.Errorf("%s: RepeatHistoryOf = %+v, %v; want %+v", tt.name, got, ok, tt.want)
		}
	}
}

func TestRepeatHistoryOfWithoutPurchasesByTheDate(t *testing.T) {
	asOf := time.Date(2024, 4, 6, 0, 0, 0, 0, time.UTC)
	for _, times := range [][]time.Time{nil, {asOf.AddDate(0, 0, 1)}} {
		if h, ok := RepeatHistoryOf(times, asOf); ok {
			t.Errorf("RepeatHistoryOf(%v) = %+v, true; want false", times, h)
		}
	}
}

func TestSpendHistoryOfAveragesRepeatDays(t *testing.T) {
	asOf := time.Date(2024, 4, 30, 0, 0, 0, 0, time.UTC)
	day := func(d, hour int) time.Time { return time.Date(2024, 4, d, hour, 0, 0, 0, time.UTC) }
	tests := []struct {
		name      string
		purchases []Purchase
		want      SpendHistory
		ok        bool
	}{
		{"the first day is left out", []Purchase{{At: day(1, 9), Amount: 100000}, {At: day(5, 9), Amount: 2000}, {At: day(9, 9), Amount: 4000}}, SpendHistory{2, 30}, true},
		{"a day's amounts are summed", []Purchase{{At: day(1, 9), Amount: 500}, {At: day(5, 9), Amount: 1000}, {At: day(5, 17), Amount: 1550}}, SpendHistory{1, 25.5}, true},
		{"the first day is the earliest, not the first listed", []Purchase{{At: day(9, 9), Amount: 4000}, {At: day(1, 9), Amount: 100000}}, SpendHistory{1, 40}, true},
		{"later purchases do not count", []Purchase{{At: day(1, 9), Amount: 500}, {At: day(5, 9), Amount: 1000}, {At: asOf.AddDate(0, 0, 1), Amount: 9900}}, SpendHistory{1, 10}, true},
		{"no repeat day", []Purchase{{At: day(1, 9), Amount: 500}, {At: day(1, 10), Amount: 500}}, SpendHistory{}, false},
		{"refunds leave no spend", []Purchase{{At: day(1, 9), Amount: 500}, {At: day(5, 9), Amount: -500}}, SpendHistory{}, false},
	}
	for _, tt := range tests {
		got, ok := SpendHistoryOf(tt.purchases, asOf)
		if ok != tt.ok || got.X != tt.want.X || math.Abs(got.Mean-tt.want.Mean) > 1e-9 {
			t.Errorf("%s: SpendHistoryOf = %+v, %v; want %+v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
