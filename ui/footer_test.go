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

func TestFitKeysKeepsHelpAndQuitLastAndSkipsWhatDoesNotFit(t *testing.T) {
	b := func(k, desc string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, desc)) }
	keys := []key.Binding{b("enter", "open"), b("x", strings.Repeat("long", 10)), b("n", "new"), b("?", "help"), b("q", "quit")}
	var got []string
	for _, k := range fitKeys(keys, 40, " • ") {
		got = append(got, k.Help().Key)
	}
	if strings.Join(got, " ") != "enter n ? q" {
		t.Errorf("fitKeys at 40 = %v, want enter n ? q", got)
	}
}
