package ui

import (
	"strings"

	"charm.land/bubbles/v2/progress"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// insightsHeaderLines are the lines above a section: the sections, what
// the figures count, and a rule.
const insightsHeaderLines = 3

// sectionHeight is how many lines of a section fit under the header.
func (s *insightsScreen) sectionHeight() int { return max(s.height-insightsHeaderLines, 1) }

// view draws the screen, exactly width × height cells.
func (s *insightsScreen) view(st *Styles, lc lifecycle.Lifecycle) string {
	lines := []string{
		spread(s.tabs(st), st.Muted.Render(s.modeName()), s.width),
		spread(s.scope(st), st.Muted.Render(s.readingNote()), s.width),
		st.Subtle.Render(strings.Repeat("─", s.width)),
	}
	// A section's first line heads its columns and stays as the rest
	// scrolls.
	body := s.sectionLines(st, lc)
	from := 1 + s.topLine(len(body))
	lines = append(lines, body[0])
	lines = append(lines, body[from:min(from+s.sectionHeight()-1, len(body))]...)
	return fillBody(lines, s.width, s.height)
}

// tabGap is the space between two tabs.
const tabGap = "  "

// tabs names the sections, the one shown marked.
func (s *insightsScreen) tabs(st *Styles) string {
	parts := []string{st.Title.Render(words.T("insights.title"))}
	for i, name := range sectionNames() {
		if insightSection(i) == s.section {
			parts = append(parts, st.ColumnFocused.Render(name))
		} else {
			parts = append(parts, st.Muted.Render(name))
		}
	}
	return strings.Join(parts, tabGap)
}

// tabAt is the section whose tab is at column x of the tab line.
func tabAt(x int) (insightSection, bool) {
	start := text.Width(words.T("insights.title")) + len(tabGap)
	for i, name := range sectionNames() {
		end := start + text.Width(name)
		if x >= start && x < end {
			return insightSection(i), true
		}
		start = end + len(tabGap)
	}
	return 0, false
}

// modeName says whether the chart or the table shows, and how to turn.
func (s *insightsScreen) modeName() string {
	if s.table {
		return words.T("insights.mode.table")
	}
	return words.T("insights.mode.chart")
}

// scope says what the figures count: the period, their date and the
// customers.
func (s *insightsScreen) scope(st *Styles) string {
	values := words.V{"Owner": text.Clean(s.owner), "Tag": text.Clean(s.tag)}
	var filter string
	switch {
	case s.owner != "" && s.tag != "":
		filter = st.Warn.Render(words.T("insights.scope.owner-tag", values))
	case s.owner != "":
		filter = st.Warn.Render(words.T("insights.scope.owner", values))
	case s.tag != "":
		filter = st.Warn.Render(words.T("insights.scope.tag", values))
	default:
		filter = st.Book.Render(words.T("insights.scope.all"))
	}
	asOf := words.T("insights.scope.as-of", words.V{"Day": dayInText(s.asOf)})
	return st.Book.Render(s.periodName()) + st.Muted.Render(" · "+asOf+" · ") + filter
}

// readingNote tells, while the figures come, how far they are.
func (s *insightsScreen) readingNote() string {
	if s.loaded && !s.flagsPending || s.failed != "" || s.total == 0 {
		return ""
	}
	return words.T("insights.reading.percent", words.V{"Percent": 100 * s.done / s.total})
}

// topLine is how far a section of n lines, its head included, is
// scrolled: the scroll, kept within the section.
func (s *insightsScreen) topLine(n int) int {
	return max(min(s.scroll, n-s.sectionHeight()), 0)
}

// scrollBy moves a section of n lines up or down, within its lines.
func (s *insightsScreen) scrollBy(delta, n int) {
	s.scroll = max(min(s.topLine(n)+delta, n-s.sectionHeight()), 0)
}

// lineCount is how long the section shown is.
func (s *insightsScreen) lineCount(st *Styles, lc lifecycle.Lifecycle) int {
	return len(s.sectionLines(st, lc))
}

// sectionLines draws the section shown, as its chart or its table.
func (s *insightsScreen) sectionLines(st *Styles, lc lifecycle.Lifecycle) []string {
	if !s.ready() {
		return s.waitingLines(st)
	}
	switch s.section {
	case sectionFlow:
		return s.flowLines(st, lc)
	case sectionTime:
		return s.timeLines(st, lc)
	case sectionActivity:
		return s.activityLines(st)
	case sectionCohorts:
		return s.cohortLines(st)
	}
	return s.funnelLines(st)
}

// waitingLines stand for a section whose figures are not in: how far the
// reading has come, or why it failed.
func (s *insightsScreen) waitingLines(st *Styles) []string {
	if s.failed != "" {
		return []string{"", st.Bad.Render(" " + s.failed)}
	}
	lines := []string{"", st.Muted.Render(" " + s.countingNote())}
	if s.total == 0 {
		return append(lines, st.Muted.Render(" "+words.T("insights.reading.book")))
	}
	bar := progress.New(progress.WithWidth(min(max(s.width-2, 1), 60)), progress.WithoutPercentage(),
		progress.WithColors(st.Accent.GetForeground()))
	return append(lines,
		st.Muted.Render(" "+words.T("insights.reading.customers", words.V{"Done": words.Number(s.done), "All": words.Number(s.total)})),
		" "+bar.ViewAs(float64(s.done)/float64(s.total)))
}

// countingNote says what the section shown waits for.
func (s *insightsScreen) countingNote() string {
	switch s.section {
	case sectionFlow:
		return words.T("insights.counting.flow")
	case sectionTime:
		return words.T("insights.counting.time")
	case sectionActivity:
		return words.T("insights.counting.activity")
	case sectionCohorts:
		return words.T("insights.counting.cohorts")
	}
	return words.T("insights.counting.funnel")
}
