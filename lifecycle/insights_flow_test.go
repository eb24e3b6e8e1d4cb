package lifecycle

import (
	"testing"
	"time"
)

// TestConversionLeavesOutCustomersArchivedBefore checks that a lead
// archived before the period does not count among the customers of its
// last buying phase, while one archived within the period does.
func TestConversionLeavesOutCustomersArchivedBefore(t *testing.T) {
	lc, err := Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	day := func(d int) time.Time { return time.Date(2026, time.January, d, 12, 0, 0, 0, time.UTC) }
	lead := func(id int64, archived time.Time) Story {
		return Story{ID: id, Created: day(1), Archived: archived, Moves: []PhaseChange{{CustomerID: id, At: day(1), To: "awareness"}}}
	}
	period := Period{From: day(10), To: day(20)}
	c := NewInsightsCounter(lc, period, day(20), 1)
	c.Add(lead(1, day(5)))
	c.Add(lead(2, day(15)))
	c.Add(lead(3, time.Time{}))
	if got := c.Insights().Flow.Conversion[0]; got != (Conversion{Phase: "awareness", Customers: 2}) {
		t.Errorf("awareness converts %+v, want 2 customers: the one archived before the period left out", got)
	}
}
