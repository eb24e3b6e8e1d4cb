package ui

import (
	tea "charm.land/bubbletea/v2"
)

// searchMouse handles the mouse over the search screen: a click on a hit
// selects it and a double click opens it; the wheel scrolls the hits.
func (m *Model) searchMouse(s *searchScreen, msg tea.MouseMsg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		if msg.Button != tea.MouseLeft {
			return nil
		}
		m.status.actedOn()
		i := s.hitAt(msg.Y - bodyTop)
		if i < 0 {
			return nil
		}
		s.moveBy(i - s.cursor)
		if m.clicks.click(int64(s.asked)<<16|int64(i), m.clock()) {
			return m.openHit(s.hits[i])
		}
	case tea.MouseWheelMsg:
		s.scrollBy(wheelStep(msg), len(s.hits), s.listHeight())
	}
	return nil
}
