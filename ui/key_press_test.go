package ui

import (
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// TestEveryKeyOfEveryScreenCanBePressedByName builds the press of every
// key of the screens' key maps from its name, as a click on the footer
// does: each matches its binding.
func TestEveryKeyOfEveryScreenCanBePressedByName(t *testing.T) {
	for _, keys := range []help.KeyMap{newBoardKeys(), newCustomerKeys(), newTriageKeys(), newInsightsKeys()} {
		for _, group := range keys.FullHelp() {
			for _, b := range group {
				for _, name := range b.Keys() {
					msg, ok := pressOf(name)
					if !ok || !key.Matches(msg, b) {
						t.Errorf("%q pressed by name is %q, which does not match its binding", name, msg.String())
					}
				}
			}
		}
	}
	if _, ok := pressOf("hyper+nonsense"); ok {
		t.Error("a name of no key made a press")
	}
}

// FuzzPressOf checks that any name either makes a press that has a name
// or is refused, and never panics.
func FuzzPressOf(f *testing.F) {
	for _, s := range []string{"enter", "shift+tab", "ctrl+c", "H", "?", "pgdown", "ctrl+shift+x", "shift+", "é", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		msg, ok := pressOf(name)
		if ok && msg.String() == "" {
			t.Fatalf("pressOf(%q) made a press with no name", name)
		}
	})
}
