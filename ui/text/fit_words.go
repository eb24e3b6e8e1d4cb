package text

import (
	"strings"
	"unicode/utf8"
)

// joiners are what stands between words only to join them on: a cut
// before the next word drops them.
const joiners = " ,;:·—-"

// FitWords cleans s and cuts it to at most width cells at a word boundary,
// ending in "…" when cut, so that no word is shown half. A first word
// wider than width alone is cut as Fit cuts it.
func FitWords(s string, width int) string {
	s = Clean(s)
	if Width(s) <= width {
		return s
	}
	fitted := Fit(s, width)
	cut := strings.TrimSuffix(fitted, "…")
	if next, _ := utf8.DecodeRuneInString(s[len(cut):]); !strings.ContainsRune(joiners, next) {
		// The cut fell inside a word: it goes, back to the space before it.
		i := strings.LastIndexByte(cut, ' ')
		if i <= 0 {
			return fitted
		}
		cut = cut[:i]
	}
	if kept := strings.TrimRight(cut, joiners); kept != "" {
		return kept + "…"
	}
	return fitted
}
