package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// triageHeaderLines are the lines above the list: the filters and the
// progress, the column names and a rule.
const triageHeaderLines = 3

// triageKindName names a filter of the list: a kind of flag, or all.
func triageKindName(k lifecycle.FlagKind) string {
	if k == "" {
		return words.T("triage.filter.all")
	}
	return words.Kind(k)
}

// view draws the list, exactly width × height cells.
func (s *triageScreen) view(st *Styles, lc lifecycle.Lifecycle) string {
	lines := []string{spread(s.filters(st), st.Muted.Render(s.progress()), s.width)}
	cols := s.columns()
	lines = append(lines, pad(st.Muted.Render(cols.row("", words.T("triage.column.customer"), words.T("triage.column.phase"),
		words.T("triage.column.worth"), words.T("triage.column.why"))), s.width),
		st.Subtle.Render(strings.Repeat("─", s.width)))
	switch {
	case !s.loaded:
		lines = append(lines, st.Muted.Render(" "+words.T("triage.reading")))
	case len(s.entries) == 0:
		lines = append(lines, st.Muted.Render(" "+s.nobody()))
	}
	for i := s.top; s.loaded && i < min(s.top+s.listHeight(), len(s.entries)); i++ {
		lines = append(lines, s.entryLine(st, lc, cols, i))
	}
	if s.loaded && len(s.entries) > 0 && s.open() == 0 {
		lines = append(lines, "", st.Accent.Render(" "+s.allDone()))
	}
	for len(lines) < s.height {
		lines = append(lines, "")
	}
	// Every line is filled to the width, as on the board and the customer
	// screen: the list is the whole body, and an overlay is laid on a
	// canvas of the body's size.
	for i := range lines {
		lines[i] = pad(lines[i], s.width)
	}
	return clip(strings.Join(lines[:s.height], "\n"), s.width, s.height)
}

// filters shows the kinds of the list with the current one marked.
func (s *triageScreen) filters(st *Styles) string {
	parts := []string{st.Title.Render(words.T("triage.title"))}
	for _, k := range triageKinds {
		name := triageKindName(k)
		if k != "" {
			name = flagSymbol(k) + " " + name
		}
		if k == s.kind {
			parts = append(parts, st.ColumnFocused.Render(name))
		} else {
			parts = append(parts, st.Muted.Render(name))
		}
	}
	return strings.Join(parts, "  ")
}

// progress says how far the day's work has come.
func (s *triageScreen) progress() string {
	if !s.loaded {
		return ""
	}
	return words.T("triage.progress", words.V{"Done": text.Thousands(s.doneToday), "All": text.Thousands(s.doneToday + s.open())})
}

// open counts the lines not dealt with yet.
func (s *triageScreen) open() int {
	n := 0
	for _, e := range s.entries {
		if _, ok := s.done[e.ID]; !ok {
			n++
		}
	}
	return n
}

// allDone says that every customer of the list was dealt with today.
func (s *triageScreen) allDone() string {
	done := text.Thousands(s.doneToday)
	if s.kind == "" {
		return words.T("triage.empty.done", words.V{"Done": done})
	}
	return words.T("triage.empty.done-kind", words.V{"Kind": triageKindName(s.kind), "Done": done})
}

// nobody says that the list, as filtered, is empty: all done, where some
// of it was dealt with today.
func (s *triageScreen) nobody() string {
	if s.doneToday > 0 {
		return s.allDone()
	}
	if s.kind == "" {
		return words.T("triage.empty.today")
	}
	return words.T("triage.empty.kind", words.V{"Kind": triageKindName(s.kind)})
}

// triageColumns are the widths of the list's columns.
type triageColumns struct{ name, phase, worth, why int }

func (s *triageScreen) columns() triageColumns {
	c := triageColumns{phase: 14, worth: 7}
	rest := s.width - 3 - c.phase - c.worth - 3
	c.name = max(min(rest*2/5, 36), 8)
	c.why = max(rest-c.name, 0)
	return c
}

// row lays cells out in the columns: a 3-cell lead (selection bar and
// badge), then name, phase, worth (right-aligned) and why.
func (c triageColumns) row(lead, name, phase, worth, why string) string {
	return pad(lead, 3) + pad(text.Fit(name, c.name-1), c.name) + pad(text.Fit(phase, c.phase-1), c.phase) +
		strings.Repeat(" ", max(c.worth-text.Width(worth)-1, 0)) + worth + "  " + text.Fit(why, c.why)
}

// entryLine draws one customer of the list.
func (s *triageScreen) entryLine(st *Styles, lc lifecycle.Lifecycle, cols triageColumns, i int) string {
	e := s.entries[i]
	name := entryName(e)
	why, done := s.reasons[e.ID], false
	if what, ok := s.done[e.ID]; ok {
		why, done = "✓ "+what, true
	}
	badge := flagMark(st, e.Flag.Kind)
	line := cols.row("", name, phaseName(lc, e.Phase), compactMoney(e.Flag.Worth), why)
	style := lipgloss.NewStyle()
	switch {
	case i == s.cursor:
		style = st.CardSelected
	case done:
		style = st.Muted
	}
	bar := " "
	if i == s.cursor {
		bar = st.Accent.Inherit(st.CardSelected).Render("▌")
	}
	return pad(bar+badge+style.Render(" "+strings.TrimPrefix(line, "   ")), s.width)
}

// entryName is the customer's name with the company, when there is one.
func entryName(e data.TriageEntry) string {
	if e.Company == "" {
		return text.Clean(e.Name)
	}
	return text.Clean(e.Name) + " · " + text.Clean(e.Company)
}
