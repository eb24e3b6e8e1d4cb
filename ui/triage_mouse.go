package ui

import (
	"image"

	tea "charm.land/bubbletea/v2"
)

// triageMouse handles the mouse over the re-engagement list: a click on a
// filter shows it, a click on a customer selects them and a double click
// opens them; the wheel scrolls the list.
func (m *Model) triageMouse(msg tea.MouseMsg) tea.Cmd {
	s := &m.triage
	mouse := msg.Mouse()
	p := image.Pt(mouse.X, mouse.Y-bodyTop)
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		if msg.Button != tea.MouseLeft {
			return nil
		}
		m.status.actedOn()
		if k, ok := s.filterAt(p); ok {
			return m.showTriageKind(k)
		}
		i := s.entryAt(p.Y)
		if i < 0 {
			return nil
		}
		s.moveBy(i - s.cursor)
		if m.clicks.click(s.entries[i].ID, m.clock()) {
			return m.openCustomer(triageCustomer(s.entries[i]))
		}
	case tea.MouseWheelMsg:
		s.scrollBy(wheelStep(msg), len(s.entries), s.listHeight())
	}
	return m.loadTriageReasons()
}
