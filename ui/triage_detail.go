package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"tend/ui/text"
)

// detail is the box under the list: the selected customer's flag and
// name on its rule, then every reason of the flag, wrapped, so that what a
// line cuts short reads whole here. It is exactly detailRows lines.
func (s *triageScreen) detail(st *Styles) []string {
	rows := s.detailRows()
	if rows == 0 {
		return nil
	}
	lines := make([]string, rows)
	e, ok := s.selected()
	if !ok {
		lines[0] = st.Subtle.Render(strings.Repeat("─", s.width))
		return lines
	}
	title := " " + flagSymbol(e.Flag.Kind) + " " + triageKindName(e.Flag.Kind) + " · " + entryName(e) + " "
	title = text.Fit(title, s.width-4)
	lines[0] = st.Subtle.Render("──") + st.Label.Render(title) + st.Subtle.Render(strings.Repeat("─", max(s.width-2-text.Width(title), 0)))
	copy(lines[1:], s.reasonLines(e.ID, rows-1))
	return lines
}

// reasonLines are the reasons of a customer's flag, each from a "·" and
// wrapped under itself, in at most n lines; the last line kept ends in
// "…" when more would follow.
func (s *triageScreen) reasonLines(id int64, n int) []string {
	reasons := s.reasons[id]
	if len(reasons) == 0 {
		reasons = []string{"…"}
	}
	var lines []string
	for _, r := range reasons {
		wrapped := strings.Split(ansi.Wrap(text.Clean(r), max(s.width-4, 1), ""), "\n")
		for j, w := range wrapped {
			lead := "   "
			if j == 0 {
				lead = " · "
			}
			lines = append(lines, lead+w)
		}
	}
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = ansi.Truncate(lines[n-1], max(s.width-2, 0), "") + " …"
	}
	return lines
}
