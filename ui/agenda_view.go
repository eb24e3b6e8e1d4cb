package ui

import (
	"strings"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// view draws the agenda, exactly width × height cells: its title with the
// counts, then the follow-ups under the headings of their days.
func (s *agendaScreen) view(st *Styles) string {
	counts := ""
	if s.loaded {
		counts = words.AgendaCounts(s.agenda.Due(s.today), len(s.agenda.Overdue))
	}
	lines := []string{spread(st.Title.Render(words.T("agenda.title")), st.Muted.Render(counts), s.width),
		st.Subtle.Render(strings.Repeat("─", s.width))}
	switch {
	case !s.loaded:
		lines = append(lines, st.Muted.Render(" "+words.T("agenda.reading")))
	case len(s.items) == 0:
		last := s.today.AddDate(0, 0, agendaDays)
		lines = append(lines, st.Muted.Render(" "+words.T("agenda.empty", words.V{"Day": words.Day(last)})))
	}
	for i, heading := range s.rows(s.top) {
		if len(lines) >= s.height {
			break
		}
		if heading {
			lines = append(lines, s.heading(st, s.items[i]))
		} else {
			lines = append(lines, s.itemLine(st, i))
		}
	}
	return fillBody(lines, s.width, s.height)
}

// heading is the line over a day's follow-ups, or the overdue ones.
func (s *agendaScreen) heading(st *Styles, f data.FollowUp) string {
	if f.DaysLate > 0 {
		return st.FlagAtRisk.Render(" " + words.T("agenda.overdue"))
	}
	return st.Label.Render(" " + words.AgendaDay(agendaGroup(f), s.today))
}

// itemLine is a follow-up's line, marked when selected.
func (s *agendaScreen) itemLine(st *Styles, i int) string {
	f := s.items[i]
	phase := words.PhaseLabel(lifecycle.Phase{Key: f.Phase, Label: f.PhaseLabel})
	line := words.AgendaItem(f.Due, text.Clean(f.Customer), text.Clean(phase), text.Clean(f.About), f.DaysLate)
	if f.Moved {
		line += " · " + words.T("agenda.moved")
	}
	line = text.Fit(line, s.width-4)
	if i == s.cursor {
		return st.Accent.Render(" ▌ ") + st.CardSelected.Render(pad(line, s.width-4))
	}
	return "   " + line
}
