package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestGoldenSortPicker draws the picker of the board's order at 80×24,
// and the board sorted by value, its order on the status line, at 120×40.
func TestGoldenSortPicker(t *testing.T) {
	book := fixedBook(t)
	screens := map[string][]string{"sort_picker_80x24": {"o"}, "sorted_by_value_120x40": {"o", "2"}}
	sizes := map[string][2]int{"sort_picker_80x24": {80, 24}, "sorted_by_value_120x40": {120, 40}}
	for name, keys := range screens {
		t.Run(name, func(t *testing.T) {
			keepSettingsIn(t, t.TempDir()+"/settings.toml")
			h := newHarness(t, book, sizes[name][0], sizes[name][1])
			h.press(keys...)
			golden.RequireEqual(t, h.screen())
		})
	}
}
