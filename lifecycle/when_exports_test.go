package lifecycle

import (
	"testing"
	"time"
)

// The dates other systems write in their exports, with the time of day
// as they write it.
func TestParseWhenReadsTheDatesOfOtherSystemsExports(t *testing.T) {
	tests := []struct {
		in    string
		order DateOrder
		want  time.Time
	}{
		{"2024-03-01 10:22", MonthFirst, at(2024, 3, 1, 10, 22)},
		{"2025-04-03 12:00:00", MonthFirst, at(2025, 4, 3, 12, 0)},
		{"14.02.2024", MonthFirst, at(2024, 2, 14, 0, 0)},
		{"14.02.2024 10:22:33", MonthFirst, at(2024, 2, 14, 10, 22).Add(33 * time.Second)},
		{"14.02.2024, 10:22", MonthFirst, at(2024, 2, 14, 10, 22)},
		{"3/1/2024 9:00 AM", MonthFirst, at(2024, 3, 1, 9, 0)},
		{"3/1/2024 9:00 pm", MonthFirst, at(2024, 3, 1, 21, 0)},
		{"3/1/2024 12:05 AM", MonthFirst, at(2024, 3, 1, 0, 5)},
		{"3/1/2024, 9:00 AM", MonthFirst, at(2024, 3, 1, 9, 0)},
		{"3/1/2024 9:00:30 PM", MonthFirst, at(2024, 3, 1, 21, 0).Add(30 * time.Second)},
		{"03/04/2024", MonthFirst, at(2024, 3, 4, 0, 0)},
		{"03/04/2024", DayFirst, at(2024, 4, 3, 0, 0)},
		{"14/02/2024 10:22", DayFirst, at(2024, 2, 14, 10, 22)},
		{"01.03.2024", DayFirst, at(2024, 3, 1, 0, 0)}, // dots are day first whatever the order
		{"2024-03-04", DayFirst, at(2024, 3, 4, 0, 0)},
	}
	for _, tt := range tests {
		got, err := ParseWhenOrdered(tt.in, clock, Past, tt.order)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseWhenOrdered(%q, %v) = %v, %v; want %v", tt.in, tt.order, got, err, tt.want)
		}
	}
	for _, bad := range []string{"14/02/2024", "3/1/2024 13:00 PM", "3/1/2024 9:00 XM"} {
		if got, err := ParseWhen(bad, clock, Past); err == nil {
			t.Errorf("ParseWhen(%q) = %v, want an error", bad, got)
		}
	}
}

// FuzzParseWhenOrdered: whatever a file holds, reading it as a date never
// panics, and a date read is within the years the book keeps and in the
// clock's zone.
func FuzzParseWhenOrdered(f *testing.F) {
	for _, s := range []string{"3/1/2024 9:00 AM", "3/1/2024, 9:00 PM", "14.02.2024 10:22:33",
		"2025-04-03 12:00:00", "03/04/2024", "12/31/9999 11:59 PM", "1/1/1900 12:00 AM", "2/30/2024 1:00 PM"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, dayFirst bool) {
		order := MonthFirst
		if dayFirst {
			order = DayFirst
		}
		got, err := ParseWhenOrdered(s, clock, Past, order)
		if err != nil {
			return
		}
		if y := got.Year(); y < minYear || y > maxYear {
			t.Errorf("ParseWhenOrdered(%q) = %v, outside the years kept", s, got)
		}
	})
}
