package cli

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The timeline of tend show keeps its details in one column however long
// the language's word for an event is (Social Media, Nachricht).
func TestShowAlignsTheTimelineForTheLongestEventWord(t *testing.T) {
	book := tempBook(t)
	tendIn(t, "en", "--db", book, "add", "Anna Schmidt")
	for _, kind := range []string{"social", "message", "call"} {
		tendIn(t, "en", "--db", book, "log", "Anna Schmidt", "--kind", kind, "--summary", "said "+kind)
	}
	tendIn(t, "en", "--db", book, "buy", "Anna Schmidt", "12")
	for _, lang := range []string{"en", "de"} {
		out := tendIn(t, lang, "--db", book, "show", "Anna Schmidt")
		_, timeline, _ := strings.Cut(out, "\n\n")
		column := -1
		for _, line := range strings.Split(timeline, "\n") {
			before, _, found := strings.Cut(line, " · said ")
			if !found {
				continue
			}
			at := utf8.RuneCountInString(before) - len(" · neutral · ausgehend")
			if column >= 0 && at != column {
				t.Errorf("%s: the details start at column %d, not %d:\n%s", lang, at, column, timeline)
			}
			column = at
		}
	}
}
