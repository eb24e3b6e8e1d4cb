package ui

import (
	tea "charm.land/bubbletea/v2"
)

// agendaMouse handles the mouse over the agenda: a click on a follow-up
// selects it and a double click opens its customer; the wheel moves the
// selection.
func (m *Model) agendaMouse(msg tea.MouseMsg) tea.Cmd {
	s := &m.agenda
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		if msg.Button != tea.MouseLeft {
			return nil
		}
		m.status.actedOn()
		i := s.itemAt(msg.Mouse().Y - bodyTop)
		if i < 0 {
			return nil
		}
		s.moveBy(i - s.cursor)
		if f := s.items[i]; m.clicks.click(f.ContactID, m.clock()) {
			return m.openCustomer(followUpCustomer(f))
		}
	case tea.MouseWheelMsg:
		s.moveBy(wheelStep(msg))
	}
	return nil
}

// itemAt is the follow-up drawn on body line y, or -1 for a heading, the
// title or nothing.
func (s *agendaScreen) itemAt(y int) int {
	line := 2 // under the title and its rule
	for i, heading := range s.rows(s.top) {
		if line == y && !heading {
			return i
		}
		line++
	}
	return -1
}
