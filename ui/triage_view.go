package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// triageKindName names a filter of the list: a kind of flag, or all.
func triageKindName(k lifecycle.FlagKind) string {
	if k == "" {
		return words.T("triage.filter.all")
	}
	return words.Kind(k)
}

// view draws the list, exactly width × height cells: the filters and the
// progress, the column names, the customers, and under them every reason
// of the selected one.
func (s *triageScreen) view(st *Styles, lc lifecycle.Lifecycle, mk marks) string {
	cols := s.columns()
	head := cols.row("", words.T("triage.column.customer"), words.T("triage.column.phase"), words.T("triage.column.worth"), "")
	if cols.why > 0 {
		head += words.T("triage.column.why")
	}
	lines := []string{s.filtersLine(st),
		st.Muted.Render(head), st.Subtle.Render(strings.Repeat("─", s.width))}
	list := s.listLines(st, lc, cols, mk)
	if len(list) < s.listRows() {
		list = append(list, "") // a short list has the box under it, apart
	}
	lines = append(lines, list...)
	lines = append(lines, s.detail(st)...)
	return fillBody(lines, s.width, s.height)
}

// listLines are the list's lines, at most listRows of them.
func (s *triageScreen) listLines(st *Styles, lc lifecycle.Lifecycle, cols triageColumns, mk marks) []string {
	var lines []string
	switch {
	case !s.loaded:
		lines = append(lines, st.Muted.Render(" "+words.T("triage.reading")))
	case len(s.entries) == 0:
		lines = append(lines, st.Muted.Render(" "+s.nobody()))
	}
	for i := s.top; s.loaded && i < min(s.top+s.listHeight(), len(s.entries)); i++ {
		lines = append(lines, s.entryLines(st, lc, cols, i, mk)...)
	}
	if s.loaded && len(s.entries) > 0 && s.open() == 0 {
		lines = append(lines, "", st.Accent.Render(" "+s.allDone()))
	}
	return lines[:min(len(lines), s.listRows())]
}

// triageTitle is the list's name, first on its line.
func triageTitle() string { return words.T("triage.title") }

// triageFilterName names a filter on the filters' line: a kind of flag
// with its symbol, or all.
func triageFilterName(k lifecycle.FlagKind) string {
	if k == "" {
		return triageKindName(k)
	}
	return flagSymbol(k) + " " + triageKindName(k)
}

// filtersLine shows the list's name, its filters and the progress. Where
// they do not fit, as in German at 80 columns, the name gives way, so that
// no filter is cut.
func (s *triageScreen) filtersLine(st *Styles) string {
	progress := st.Muted.Render(s.progress())
	line := s.filters(st, true)
	if lipgloss.Width(line)+1+lipgloss.Width(progress) > s.width {
		line = s.filters(st, false)
	}
	return spread(line, progress, s.width)
}

// filters shows the kinds of the list with the current one marked, after
// the list's name if named.
func (s *triageScreen) filters(st *Styles, named bool) string {
	var parts []string
	if named {
		parts = append(parts, st.Title.Render(triageTitle()))
	}
	for _, k := range triageKinds {
		if k == s.kind {
			parts = append(parts, st.ColumnFocused.Render(triageFilterName(k)))
		} else {
			parts = append(parts, st.Muted.Render(triageFilterName(k)))
		}
	}
	return strings.Join(parts, "  ")
}

// progress says how far the day's work has come.
func (s *triageScreen) progress() string {
	if !s.loaded {
		return ""
	}
	return words.T("triage.progress", words.V{"Done": words.Number(s.doneToday), "All": words.Number(s.doneToday + s.open())})
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
	done := words.Number(s.doneToday)
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

// row lays cells out in the columns: a 3-cell lead (selection bar and
// badge), then name, phase, worth (right-aligned) and why, which is cut
// after a whole word: the box under the list has it whole.
func (c triageColumns) row(lead, name, phase, worth, why string) string {
	return pad(lead, 3) + pad(text.Fit(name, c.name-1), c.name) + pad(text.Fit(phase, c.phase-1), c.phase) +
		strings.Repeat(" ", max(c.worth-text.Width(worth)-1, 0)) + worth + "  " + text.FitWords(why, c.why)
}

// entryLines draw one customer of the list: on one line, or on two with
// the reason whole under the name.
func (s *triageScreen) entryLines(st *Styles, lc lifecycle.Lifecycle, cols triageColumns, i int, mk marks) []string {
	e := s.entries[i]
	why, done := s.reason(e.ID), false
	if what, ok := s.done[e.ID]; ok {
		why, done = "✓ "+what, true
	}
	style, under, bar := lipgloss.NewStyle(), st.Muted, " "
	switch {
	case i == s.cursor:
		style, under, bar = st.CardSelected, st.CardSelected, st.Accent.Inherit(st.CardSelected).Render("▌")
	case done:
		style = st.Muted
	}
	line := cols.row("", entryName(e), phaseName(lc, e.Phase), words.Money(compactMoney(e.Flag.Worth), s.currency), why)
	first := bar
	if _, marked := mk[e.ID]; marked {
		first = st.Accent.Inherit(style).Bold(true).Render("✓")
	}
	lines := []string{first + flagMark(st, e.Flag.Kind) + style.Render(pad(" "+strings.TrimPrefix(line, "   "), s.width-2))}
	if cols.why == 0 {
		lines = append(lines, bar+under.Render(pad("  "+text.FitWords(why, s.width-3), s.width-1)))
	}
	return lines
}

// reason is the first reason of a customer's flag, "…" while it is read.
func (s *triageScreen) reason(id int64) string {
	if r := s.reasons[id]; len(r) > 0 {
		return r[0]
	}
	return "…"
}

// entryName is the customer's name with the company, when there is one.
func entryName(e data.TriageEntry) string {
	if e.Company == "" {
		return text.Clean(e.Name)
	}
	return text.Clean(e.Name) + " · " + text.Clean(e.Company)
}
