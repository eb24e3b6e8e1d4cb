package ui

import (
	"testing"

	"tend/ui/words"
)

// The screens a German reader meets most, at the smallest terminal and a
// large one, in German; they are regenerated as the German catalog grows
// (go test ./ui -run TestGermanGoldenScreens -update). The test switches
// the language, so it runs before the parallel tests, never beside them.
func TestGermanGoldenScreens(t *testing.T) {
	t.Cleanup(words.Use(words.German))
	book := fixedBook(t)
	var screens []goldenScreen
	for _, size := range []struct {
		name          string
		width, height int
	}{{"80x24", 80, 24}, {"160x48", 160, 48}} {
		for _, s := range []struct {
			name string
			keys []string
		}{
			{"board", nil},
			{"customer", []string{"l", "l", "l", "enter"}},
			{"contact_form", []string{"l", "l", "l", "c"}},
			{"triage", []string{"t", "j", "j", "j"}},
			{"insights", []string{"i"}},
			{"agenda", []string{"a"}},
			{"agenda_move", []string{"a", "j", "s"}},
			{"help", []string{"?"}},
			{"board_marked", []string{"space", "j", "space", "l", "space"}},
			{"marked_move", []string{"space", "j", "space", "L"}},
			{"marked_actions", []string{"space", "j", "space", "."}},
			{"marked_merge", []string{"space", "j", "space", ".", "5"}},
		} {
			screens = append(screens, goldenScreen{s.name + "_" + size.name, size.width, size.height, s.keys})
		}
	}
	checkGoldenScreens(t, book, screens)
}
