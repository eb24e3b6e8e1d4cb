package lifecycle

import (
	"fmt"
	"testing"
	"time"
)

// TestTheFlowCountsWhyCustomersWereLostAndWonBack counts the reasons of
// the period's losses and win-backs, most first, a customer once per
// reason, the losses given no reason last.
func TestTheFlowCountsWhyCustomersWereLostAndWonBack(t *testing.T) {
	lc, _ := Preset("classic")
	day := func(d int) time.Time { return time.Date(2026, time.January, d, 12, 0, 0, 0, time.UTC) }
	move := func(d int, from, to, key string) PhaseChange {
		return PhaseChange{At: day(d), From: from, To: to, ReasonKey: key}
	}
	c := NewInsightsCounter(lc, Period{From: day(10), To: day(20)}, day(20), 1)
	for id, moves := range [][]PhaseChange{
		{move(1, "", "retention", ""), move(12, "retention", "lost", "price")},
		{move(1, "", "retention", ""), move(11, "retention", "win-back", "price"), move(13, "win-back", "lost", "price")},
		{move(1, "", "retention", ""), move(5, "retention", "lost", "competitor")}, // before the period
		{move(1, "", "loyalty", ""), move(14, "loyalty", "lost", "competitor")},
		{move(1, "", "loyalty", ""), move(15, "loyalty", "win-back", "")},
		{move(1, "", "lost", ""), move(16, "lost", "conversion", "offer"), move(17, "conversion", "retention", "")},
	} {
		c.Add(Story{ID: int64(id), Moves: moves})
	}
	var got []string
	for _, r := range c.Insights().Flow.Reasons {
		got = append(got, fmt.Sprintf("%s:%s=%d", r.Kind, r.Key, r.Customers))
	}
	if want := "[lost:price=2 lost:competitor=1 lost:=1 won-back:offer=1]"; fmt.Sprint(got) != want {
		t.Errorf("reasons = %v, want %s", got, want)
	}
}
