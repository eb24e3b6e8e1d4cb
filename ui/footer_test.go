package ui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

// TestTheBoardsFooterNamesTheKeysThatMatterAndFitsItsWidth reads the
// footer at 80, 120 and 200 columns: it names enter, n and i, ends with
// help and quit, is never cut, and grows with the width.
func TestTheBoardsFooterNamesTheKeysThatMatterAndFitsItsWidth(t *testing.T) {
	before := 0
	for _, w := range []int{80, 120, 200} {
		h := newHarness(t, fixedBook(t), w, 24)
		lines := h.lines()
		footer := lines[len(lines)-1]
		for _, want := range []string{"enter open", "n new", "i insights", "? help • q quit"} {
			if !strings.Contains(footer, want) {
				t.Errorf("at %d columns the footer %q lacks %q", w, footer, want)
			}
		}
		if strings.HasSuffix(strings.TrimRight(footer, " "), "…") || len([]rune(strings.TrimRight(footer, " "))) > w {
			t.Errorf("at %d columns the footer is cut: %q", w, footer)
		}
		if n := strings.Count(footer, "•"); n <= before && w < 200 {
			t.Errorf("at %d columns the footer has %d keys, no more than at a narrower width", w, n+1)
		} else {
			before = n
		}
	}
}

func TestFitKeysKeepsTheWayBackHelpAndQuitAndSkipsWhatDoesNotFit(t *testing.T) {
	b := func(k, desc string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, desc)) }
	keys := []key.Binding{b("esc", "back"), b("enter", "open"), b("x", strings.Repeat("long", 10)), b("n", "new"), b("?", "help"), b("q", "quit")}
	var got []string
	for _, k := range fitKeys(keys, 50, " • ") {
		got = append(got, k.Help().Key)
	}
	if strings.Join(got, " ") != "esc enter n ? q" {
		t.Errorf("fitKeys at 50 = %v, want esc enter n ? q", got)
	}
	got = nil
	for _, k := range fitKeys(keys, 20, " • ") {
		got = append(got, k.Help().Key)
	}
	if strings.Join(got, " ") != "esc ? q" {
		t.Errorf("fitKeys at 20 = %v, want the way back, help and quit alone", got)
	}
}

// TestEveryFootersWayBackAndHelpStayAtEightyColumns opens the
// re-engagement list, a customer and the insights at 80 columns: each
// footer keeps esc and ? however many keys it drops, and is never cut.
func TestEveryFootersWayBackAndHelpStayAtEightyColumns(t *testing.T) {
	for _, keys := range [][]string{{"t"}, {"enter"}, {"i"}} {
		h := newHarness(t, fixedBook(t), 80, 24)
		h.press(keys...)
		lines := h.lines()
		footer := strings.TrimRight(lines[len(lines)-1], " ")
		if !strings.Contains(footer, "esc ") || !strings.Contains(footer, "? help") || strings.HasSuffix(footer, "…") {
			t.Errorf("after %v the footer %q lacks esc or ? help, or is cut", keys, footer)
		}
	}
}
