package cli

import (
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// TestWeeklySparklineRunsHighSeriesFromTheirLowest checks that a series
// whose weeks all lie high is drawn from its lowest, which the TREND FROM
// column says, and one that starts at nothing from 0.
func TestWeeklySparklineRunsHighSeriesFromTheirLowest(t *testing.T) {
	asOf := time.Date(2025, 3, 14, 12, 0, 0, 0, time.UTC)
	ins := lifecycle.Insights{AsOf: asOf, Weekly: lifecycle.Weeks(asOf, 3)}
	for i := range ins.Weekly {
		ins.Weekly[i].Purchases = 7_000 + 100*i
		ins.Weekly[i].Contacts = map[lifecycle.Kind]int{lifecycle.Call: 10 * i}
	}
	var b strings.Builder
	weeklyText(&b, ins, textBook{})
	out := b.String()
	lines := strings.Split(out, "\n")
	if !strings.Contains(lines[1], "TREND FROM") {
		t.Fatalf("no TREND FROM column:\n%s", b.String())
	}
	for _, want := range []struct{ name, trend, from string }{
		{"purchases", "▁▅█", "7,000"},
		{"contacts", "▁▅█", "0"},
	} {
		fields := strings.Fields(lines[max(lineOf(out, want.name), 0)])
		if len(fields) < 3 || fields[1] != want.trend || fields[2] != want.from {
			t.Errorf("%s: %q, want the trend %s from %s", want.name, fields, want.trend, want.from)
		}
	}
}
