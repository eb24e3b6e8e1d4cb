package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

// searchHeaderLines are the lines above the hits: the query and a rule.
const searchHeaderLines = 2

// The hits' columns: a lead of 2 cells (the selection bar and a space),
// what was found, the customer, where it matched, the date of an entry,
// then the snippet. Where the width gives the snippet searchSnippetLeast
// cells beside the rest, a hit takes one line; else two, the snippet on
// the second.
const (
	searchLead         = 2
	searchDateWidth    = 12 // 2026-03-04 and a gap
	searchNameLeast    = 18
	searchNameMost     = 36
	searchSnippetLeast = 50
)

// searchColumns are the widths of the columns; a snippet of 0 puts the
// snippet on a line of its own.
type searchColumns struct{ kind, name, field, snippet int }

// columns fits the kinds' and fields' words whole, whatever the language,
// and gives the rest to the customer and the snippet.
func (s *searchScreen) columns() searchColumns {
	c := searchColumns{kind: widestOf(words.SearchKind, data.HitCustomer, data.HitContact, data.HitPurchase) + 2,
		field: widestOf(words.SearchField, "name", "company", "email", "phone", "owner", "tags", "summary", "note") + 2}
	rest := s.width - searchLead - c.kind - c.field - searchDateWidth
	if rest-searchNameLeast < searchSnippetLeast {
		c.name = min(max(rest, 8), searchNameMost)
		return c
	}
	c.name = min(max(rest-searchSnippetLeast-20, searchNameLeast), searchNameMost)
	c.snippet = rest - c.name
	return c
}

// widestOf is the width of the widest of the values as say names them.
func widestOf(say func(string) string, values ...string) int {
	w := 0
	for _, v := range values {
		w = max(w, text.Width(say(v)))
	}
	return w
}

// hitRows is how many lines a hit takes.
func (s *searchScreen) hitRows() int {
	if s.columns().snippet > 0 {
		return 1
	}
	return 2
}

// listRows is the height of the list.
func (s *searchScreen) listRows() int { return max(s.height-searchHeaderLines, 1) }

// listHeight is how many hits the list shows at once.
func (s *searchScreen) listHeight() int { return max(s.listRows()/s.hitRows(), 1) }

// hitAt is the index of the hit drawn on line y of the screen's body, or
// -1.
func (s *searchScreen) hitAt(y int) int {
	row := y - searchHeaderLines
	if row < 0 || row >= s.listRows() {
		return -1
	}
	if i := s.top + row/s.hitRows(); i < min(s.top+s.listHeight(), len(s.hits)) {
		return i
	}
	return -1
}

// view draws the screen, exactly width × height cells: the query and what
// it found, a rule, and the hits, or why there are none.
func (s *searchScreen) view(st *Styles) string {
	title, found := st.Title.Render(words.T("search.title"))+"  ", st.Muted.Render(s.found())
	// The input takes what the title and the count leave, a cell apart.
	s.input.SetWidth(max(s.width-lipgloss.Width(title)-lipgloss.Width(s.input.Prompt)-lipgloss.Width(found)-2, 1))
	lines := []string{spread(title+s.input.View(), found, s.width), st.Subtle.Render(strings.Repeat("─", s.width))}
	lines = append(lines, s.listLines(st)...)
	return fillBody(lines, s.width, s.height)
}

// found says how many hits the query found, or that it is searching.
func (s *searchScreen) found() string {
	switch {
	case s.stop != nil:
		return words.T("search.searching")
	case s.query == "" || s.said != "" || len(s.hits) == 0:
		return ""
	case len(s.hits) == searchLimit:
		return words.T("search.found-first", words.V{"Count": words.Number(searchLimit)})
	}
	return words.N("search.found", len(s.hits), nil)
}

// listLines are the hits on screen, or why there are none.
func (s *searchScreen) listLines(st *Styles) []string {
	wrap := lipgloss.NewStyle().Width(max(s.width-2, 1))
	switch {
	case s.failed:
		return indent(wrap.Render(st.StatusError.Render(s.said)))
	case s.said != "":
		return indent(wrap.Render(st.Muted.Render(s.said)))
	case s.input.Value() == "":
		return indent(wrap.Render(st.Muted.Render(words.T("search.empty.type") + "\n\n" + words.T("search.empty.what"))))
	case s.query != "" && len(s.hits) == 0:
		return indent(wrap.Render(st.Muted.Render(words.T("search.empty.none", words.V{"Query": text.Fit(s.query, 40)}))))
	}
	cols := s.columns()
	var lines []string
	for i := s.top; i < min(s.top+s.listHeight(), len(s.hits)); i++ {
		lines = append(lines, s.hitLines(st, cols, i)...)
	}
	return lines
}

// indent puts a cell before each line of a block.
func indent(block string) []string {
	lines := strings.Split(block, "\n")
	for i, l := range lines {
		lines[i] = " " + l
	}
	return lines
}

// hitLines draw one hit: on one line, or on two with the snippet under.
func (s *searchScreen) hitLines(st *Styles, cols searchColumns, i int) []string {
	h := s.hits[i]
	base, bar := lipgloss.NewStyle(), " "
	if i == s.cursor {
		base, bar = st.CardSelected, st.Accent.Inherit(st.CardSelected).Render("▌")
	}
	when := ""
	if !h.At.IsZero() {
		when = words.Day(h.At)
	}
	row := pad(text.Fit(words.SearchKind(h.Kind), cols.kind-1), cols.kind) + pad(text.Fit(h.Customer, cols.name-1), cols.name) +
		pad(text.Fit(words.SearchField(h.Field), cols.field-1), cols.field) + pad(when, searchDateWidth)
	if cols.snippet > 0 {
		return []string{bar + fill(base, base.Render(" "+row)+markedSnippet(st, base, h, cols.snippet-1), s.width-1)}
	}
	return []string{bar + fill(base, base.Render(" "+row), s.width-1),
		bar + fill(base, base.Render("   ")+markedSnippet(st, base, h, s.width-5), s.width-1)}
}

// fill pads a styled line to w cells in the style of its background.
func fill(base lipgloss.Style, line string, w int) string {
	return line + base.Render(strings.Repeat(" ", max(w-lipgloss.Width(line), 0)))
}

// markedSnippet draws a hit's snippet within width cells, its matched
// words in the match's style.
func markedSnippet(st *Styles, base lipgloss.Style, h data.SearchHit, width int) string {
	match := st.Match.Inherit(base)
	var b strings.Builder
	for _, sp := range text.FitMarked(h.Snippet, h.Marks, width) {
		if sp.Marked {
			b.WriteString(match.Render(sp.Text))
		} else {
			b.WriteString(base.Render(sp.Text))
		}
	}
	return b.String()
}
