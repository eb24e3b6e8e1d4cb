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

// TestFlowSkipsOnlyVisiblePhases checks that a move past a hidden phase is
// forward: on the board the two phases are neighbours.
func TestFlowSkipsOnlyVisiblePhases(t *testing.T) {
	lc, err := Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	if lc, err = lc.SetHidden(lc.Phases[1].Key, true); err != nil {
		t.Fatal(err)
	}
	aw, cv, rt := lc.Phases[0].Key, lc.Phases[2].Key, lc.Phases[3].Key
	at := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	c := NewInsightsCounter(lc, Period{From: at.AddDate(0, 0, -1), To: at.AddDate(0, 0, 1)}, at.AddDate(0, 0, 1), 1)
	c.Add(Story{ID: 1, Moves: []PhaseChange{{At: at, To: aw}, {At: at, From: aw, To: cv}}})
	c.Add(Story{ID: 2, Moves: []PhaseChange{{At: at, To: aw}, {At: at, From: aw, To: rt}}})
	got := map[string]MoveDirection{}
	for _, m := range c.Insights().Flow.Moves {
		got[m.To] = m.Direction
	}
	if got[cv] != Forward || got[rt] != Skipped {
		t.Errorf("past hidden Acquisition to Conversion %s, to Retention %s; want forward and skipped", got[cv], got[rt])
	}
}
