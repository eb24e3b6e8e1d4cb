package ui

import (
	"strings"
	"testing"
)

// TestTheHelpsSecondPageSaysWhatTheSymbolsAndWordsMean opens ? then tab:
// every symbol of the board and the timeline and the words P(alive), RFM
// and worth are explained, within 80×24; tab goes back to the keys, and
// any other key closes.
func TestTheHelpsSecondPageSaysWhatTheSymbolsAndWordsMean(t *testing.T) {
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("?")
	if !strings.Contains(h.screen(), "tab symbols and words") {
		t.Fatalf("the keys page does not say tab:\n%s", h.screen())
	}
	h.press("tab")
	screen := h.screen()
	for _, want := range []string{"◷", "▲", "↺", "★", "⚑", "☎", "¤", "↻", "P(alive)", "the chance this customer still buys from you", "RFM", "worth", "spend so far plus"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the legend lacks %q:\n%s", want, screen)
		}
	}
	h.press("tab")
	if !strings.Contains(h.screen(), "move to…") {
		t.Errorf("tab did not go back to the keys:\n%s", h.screen())
	}
	h.press("x")
	if len(h.m.stack) != 1 {
		t.Errorf("x left %s open", h.topName())
	}
}
