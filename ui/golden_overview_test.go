package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"tend/data"
)

// The board at a glance: compact where whole cards leave phases out, the
// strip above the columns, and a filter's matches counted in both.
func TestGoldenOverviewScreens(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	checkGoldenScreens(t, book, []goldenScreen{
		{"compact_80x24", 80, 24, nil},
		{"strip_120x40", 120, 40, nil},
		{"strip_whole_cards_120x40", 120, 40, []string{"z", "l", "l", "l", "l"}},
		{"strip_200x60", 200, 60, nil},
		{"filter_counts_80x24", 80, 24, []string{"/", "a", "n", "k", "e", "enter"}},
		{"filter_next_match_80x24", 80, 24, []string{"/", "a", "n", "k", "e", "enter", "]", "]", "]"}},
		{"filter_counts_whole_cards_80x24", 80, 24, []string{"z", "/", "a", "n", "k", "e", "enter", "G", "]"}},
	})
}

// goldenScreen is a screen reached by pressing keys on a book in a
// terminal of a size, compared with its golden file.
type goldenScreen struct {
	name          string
	width, height int
	keys          []string
}

// checkGoldenScreens compares each screen with its golden file, named after
// the test and the screen.
func checkGoldenScreens(t *testing.T, book *data.Book, screens []goldenScreen) {
	t.Helper()
	for _, tt := range screens {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, book, tt.width, tt.height)
			h.press(tt.keys...)
			golden.RequireEqual(t, h.screen())
		})
	}
}
