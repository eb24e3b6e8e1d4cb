package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestGoldenSortPicker draws the picker of the board's order, and the
// board sorted by value with its order on the status line.
func TestGoldenSortPicker(t *testing.T) {
	book := fixedBook(t)
	for _, tt := range []struct {
		name          string
		width, height int
		keys          []string
	}{
		{"sort_picker_80x24", 80, 24, []string{"o"}},
		{"sorted_by_value_120x40", 120, 40, []string{"o", "2"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			keepSettingsIn(t, t.TempDir()+"/settings.toml")
			h := newHarness(t, book, tt.width, tt.height)
			h.press(tt.keys...)
			golden.RequireEqual(t, h.screen())
		})
	}
}
