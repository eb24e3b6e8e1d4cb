package ui

import (
	"strings"
	"testing"

	"tend/lifecycle"
)

// TestTheFlowColoursAMoveByWhatItMeansForTheBusiness draws the from × to
// table: Win-back → Lost, forward along the lifecycle, is a loss and
// drawn as one; Lost → Win-back and Acquisition → Conversion are gains.
func TestTheFlowColoursAMoveByWhatItMeansForTheBusiness(t *testing.T) {
	lc, err := lifecycle.Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	st := NewStyles(true)
	s := &insightsScreen{width: 120}
	s.figures.Flow.Moves = []lifecycle.FlowCell{
		{From: "win-back", To: "lost", Direction: lifecycle.Forward, Customers: 30},
		{From: "lost", To: "win-back", Direction: lifecycle.Backward, Customers: 7},
		{From: "acquisition", To: "conversion", Direction: lifecycle.Forward, Customers: 5},
	}
	table := strings.Join(s.moveMatrix(&st, lc), "\n")
	for _, tt := range []struct {
		count string
		style string
	}{
		{"30", st.Bad.Bold(true).Reverse(true).Render("30")},
		{"7", st.Good.Bold(true).Reverse(true).Render("7")},
		{"5", st.Good.Bold(true).Reverse(true).Render("5")},
	} {
		if !strings.Contains(table, tt.style) {
			t.Errorf("the move of %s customers is not drawn as %q:\n%q", tt.count, tt.style, table)
		}
	}
	if !strings.Contains(table, "toward owning and loyalty") || !strings.Contains(table, "toward ended") {
		t.Errorf("the legend does not say what the colours mean:\n%s", table)
	}
}
