// Package wordstest finds the words on a screen or in a command's output
// that did not come from the catalog: the tests run tend in the
// pseudo-language, where every message is wrapped in markers, and any run
// of letters outside the markers was written somewhere else.
package wordstest

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"tend/ui/words"
)

// Pseudo switches to the pseudo-language for the rest of the test.
func Pseudo(t testing.TB) {
	t.Helper()
	t.Cleanup(words.Pseudo())
}

// Unmarked returns the words of out that stand outside every marked
// message, leaving out those in known (what the book holds: names, phase
// labels, notes) and single letters, which are key names or units too
// short to say. A message cut short by the width of its column loses its
// closing marker: it ends at an ellipsis, a column rule or the end of the
// line. A message wrapped onto the lines below goes on there: a line that
// ends inside a message is followed by the message's next line.
func Unmarked(out string, known ...string) []string {
	var found []string
	depth := 0
	for _, line := range strings.Split(out, "\n") {
		var rest string
		rest, depth = outside(line, depth)
		for _, w := range wordsOf(rest) {
			if len([]rune(w)) > 1 && !isKnown(w, known) {
				found = append(found, w)
			}
		}
	}
	return found
}

// outside blanks the marked parts of line, which starts depth messages
// deep, and says how deep it ends.
func outside(line string, depth int) (string, int) {
	var b strings.Builder
	for _, r := range line {
		switch {
		case string(r) == words.Open:
			depth++
		case string(r) == words.Close && depth > 0:
			depth--
		case depth > 0 && (r == '…' || r == '│'):
			depth = 0
		case depth == 0:
			b.WriteRune(r)
			continue
		}
		b.WriteRune(' ')
	}
	return b.String(), depth
}

// wordsOf splits s into runs of letters.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// isKnown reports whether w is a word of one of the known texts, or the
// start of one that its column cut short.
func isKnown(w string, known []string) bool {
	return slices.ContainsFunc(known, func(k string) bool {
		return slices.ContainsFunc(wordsOf(k), func(kw string) bool { return strings.HasPrefix(kw, w) })
	})
}
