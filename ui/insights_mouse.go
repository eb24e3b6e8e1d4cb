package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/ui/text"
)

// The insights' lines that take a click, counted from the top of the
// screen's body: the tabs with the chart or table switch, and the period.
const (
	insightsTabLine   = 0
	insightsScopeLine = 1
)

// wheelLines is how far a turn of the wheel scrolls a section.
const wheelLines = 3

// insightsMouse handles the mouse over the insights: a click on a tab
// turns to its section, on the chart or table switch turns the view, on
// the period steps to the next; the wheel scrolls the section.
func (m *Model) insightsMouse(msg tea.MouseMsg) tea.Cmd {
	s := &m.insights
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft {
			return m.insightsClick(msg.X, msg.Y-bodyTop)
		}
	case tea.MouseWheelMsg:
		n := s.lineCount(&m.styles, m.lc)
		switch msg.Button {
		case tea.MouseWheelUp:
			s.scrollBy(-wheelLines, n)
		case tea.MouseWheelDown:
			s.scrollBy(wheelLines, n)
		}
	}
	return nil
}

// insightsClick acts on a click at column x of body line y.
func (m *Model) insightsClick(x, y int) tea.Cmd {
	s := &m.insights
	switch y {
	case insightsTabLine:
		if sec, ok := tabAt(x); ok {
			s.showSection(sec)
		} else if x >= s.width-text.Width(s.modeName()) {
			s.table, s.scroll = !s.table, 0
		}
	case insightsScopeLine:
		if x < text.Width(s.periodName()) {
			s.span = s.nextSpan()
			return m.recountPeriod()
		}
	}
	return nil
}
