package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestGoldenActivity keeps the insights' activity, its bands of weeks, at
// the sizes a terminal most often has. Regenerate with go test ./ui -run
// GoldenActivity -update and review the diff.
func TestGoldenActivity(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	for _, size := range []struct {
		name          string
		width, height int
	}{{"activity_80x24", 80, 24}, {"activity_120x40", 120, 40}, {"activity_200x60", 200, 60}} {
		t.Run(size.name, func(t *testing.T) {
			h := newHarness(t, book, size.width, size.height)
			h.press("i", "4")
			golden.RequireEqual(t, h.screen())
		})
	}
}
