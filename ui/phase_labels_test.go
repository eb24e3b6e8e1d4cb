package ui

import (
	"context"
	"strings"
	"testing"

	"tend/lifecycle"
	"tend/ui/words"
)

// A German reader reads the presets' phases in German wherever the board
// names them: the columns, the customer screen, the re-engagement list
// and insights. Not parallel: the language is the program's.
func TestAGermanReaderReadsThePresetsPhasesInGerman(t *testing.T) {
	t.Cleanup(words.Use("de"))
	book := fixedBook(t)
	for _, tt := range []struct {
		name string
		keys []string
		want []string
	}{
		{"board", nil, []string{"Bewusstsein", "Vertrauen", "Kauf", "Bindung"}},
		{"customer", []string{"l", "l", "l", "enter"}, []string{"Bindung"}},
		{"insights", []string{"i"}, []string{"Bewusstsein", "Verloren"}},
		{"triage", []string{"t"}, []string{"Rückgewinnung"}},
	} {
		h := newHarness(t, book, 160, 48)
		h.press(tt.keys...)
		screen := h.screen()
		for _, w := range tt.want {
			if !strings.Contains(screen, w) {
				t.Errorf("%s: no %q on the screen:\n%s", tt.name, w, screen)
			}
		}
		for _, english := range []string{"Awareness", "Acquisition", "Retention", "Win-back"} {
			if strings.Contains(screen, english) {
				t.Errorf("%s: %q on a German screen:\n%s", tt.name, english, screen)
			}
		}
	}
}

func TestAPhaseTheUserRenamedReadsAsRenamedInGerman(t *testing.T) {
	t.Cleanup(words.Use("de"))
	book := fixedBook(t)
	_, err := book.ChangeLifecycle(context.Background(), func(lc lifecycle.Lifecycle) (lifecycle.Lifecycle, error) {
		return lc.Rename("retention", "Stammkunden")
	})
	if err != nil {
		t.Fatal(err)
	}
	screen := newHarness(t, book, 160, 48).screen()
	if !strings.Contains(screen, "Stammkunden") || strings.Contains(screen, "Bindung") {
		t.Errorf("the renamed phase does not read as renamed:\n%s", screen)
	}
	if !strings.Contains(screen, "Bewusstsein") {
		t.Errorf("the phases not renamed are not in German:\n%s", screen)
	}
}
