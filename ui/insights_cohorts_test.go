package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCohortLegendStepsAreRound reads the heat legend for tops of several
// sizes: its steps are round numbers, and the shades follow them.
func TestCohortLegendStepsAreRound(t *testing.T) {
	st := NewStyles(true)
	for _, tt := range []struct {
		top     float64
		want    string
		darkest bool
	}{
		{0.37, "░ ≤10% ▒ ≤20% ▓ ≤30% █ more", true},
		{0.25, "░ ≤5% ▒ ≤10% ▓ ≤15% █ more", true},
		{0.13, "░ ≤3% ▒ ≤6% ▓ ≤9% █ more", true},
		{0.95, "░ ≤25% ▒ ≤50% ▓ ≤75% █ more", true},
		{1, "░ ≤25% ▒ ≤50% ▓ ≤75% █ more", true},
		{0.003, "░ ≤1% ▒ ≤2% ▓ ≤3% █ more", false},
	} {
		top := roundTop(tt.top)
		if got := ansi.Strip(heatLegend(&st, top)); !strings.HasPrefix(got, tt.want) {
			t.Errorf("legend for a top of %v reads %q, want it to start %q", tt.top, got, tt.want)
		}
		if got := heatLevel(tt.top, top) == len(heatShades)-1; got != tt.darkest {
			t.Errorf("the top share %v takes the darkest shade: %v, want %v", tt.top, got, tt.darkest)
		}
	}
}
