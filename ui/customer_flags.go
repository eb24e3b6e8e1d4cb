package ui

import (
	"tend/ui/text"
	"tend/ui/words"

	"strings"

	"github.com/charmbracelet/x/ansi"
)

// foldChoice is how the flags' reasons show: as the screen's height
// suits, or as the user chose with r.
type foldChoice int

const (
	foldAuto foldChoice = iota
	foldOpen
	foldShut
)

// foldBelow is the height under which the reasons fold to a line each
// until the user unfolds them: on a short screen whole reasons would
// leave the timeline a few lines.
const foldBelow = 30

// folded reports whether the reasons show a line each.
func (s *customerScreen) folded() bool {
	switch s.reasons {
	case foldOpen:
		return false
	case foldShut:
		return true
	}
	return s.height < foldBelow
}

// toggleReasons unfolds folded reasons and folds whole ones; the
// selection stays in view of the timeline's new height.
func (s *customerScreen) toggleReasons() {
	if s.folded() {
		s.reasons = foldOpen
	} else {
		s.reasons = foldShut
	}
	s.moveCursor(0)
}

// flagBlock draws the customer's flags, most urgent first: the badge in the
// label column and beside it every reason, one a line, wrapped rather than
// cut, since a reason cut short loses the figure that explains it; folded,
// each reason takes one line, cut at a word.
func (s *customerScreen) flagBlock(st *Styles) []string {
	var out []string
	for _, f := range s.outlook.Flags {
		var lines []string
		for _, r := range f.Reasons {
			reason := wrapWords(text.Clean(words.Reason(r)), s.valueWidth())
			if s.folded() && len(reason) > 1 {
				reason = []string{foldLine(reason, s.valueWidth())}
			}
			lines = append(lines, reason...)
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

// foldLine is the first line of a wrapped text with … after it, cut at a
// word where the … would not fit.
func foldLine(lines []string, width int) string {
	first := lines[0]
	if ansi.StringWidth(first)+1 <= width {
		return first + "…"
	}
	if i := strings.LastIndex(first, " "); i > 0 {
		return first[:i] + " …"
	}
	return ansi.Truncate(first, width, "…")
}
