package ui

import (
	"tend/ui/text"
	"tend/ui/words"

	"strings"

	"github.com/charmbracelet/x/ansi"
)

// flagBlock draws the customer's flags, most urgent first: the badge in the
// label column and beside it every reason, one a line, wrapped rather than
// cut, since a reason cut short loses the figure that explains it.
func (s *customerScreen) flagBlock(st *Styles) []string {
	var out []string
	for _, f := range s.outlook.Flags {
		var lines []string
		for _, r := range f.Reasons {
			lines = append(lines, wrapWords(text.Clean(words.Reason(r)), s.valueWidth())...)
		}
		out = append(out, s.labelled(flagBadge(st, f.Kind), lines)...)
	}
	return out
}

// wrapWords breaks clean text into lines of at most width cells, at spaces
// where it can.
func wrapWords(s string, width int) []string {
	lines := strings.Split(ansi.Wrap(s, max(width, 1), ""), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}
