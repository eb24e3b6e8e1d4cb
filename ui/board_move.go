package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
)

// moveSelectedBy moves the selected card to the phase delta columns away.
func (m *Model) moveSelectedBy(delta int) tea.Cmd {
	c, ok := m.board.selected()
	target := m.board.focus + delta
	if !ok || target < 0 || target >= len(m.board.cols) {
		return nil
	}
	return m.moveTo(c, m.board.cols[target].phase.Key)
}

// moveTo moves a customer to a phase; the keys, the picker and the mouse
// all end here. A move that loses the customer, or wins them back, first
// asks why.
func (m *Model) moveTo(c lifecycle.Customer, phase string) tea.Cmd {
	if c.Phase == phase {
		return nil
	}
	for _, col := range m.board.cols {
		if col.phase.Key != phase {
			continue
		}
		send := func(why lifecycle.Why) tea.Cmd { return moveCmd(m.ctx, m.book, c, col.phase, why) }
		if kind, takes := m.lc.ReasonFor(c.Phase, phase); takes {
			return m.askReason(kind, c, send)
		}
		return m.write(send(lifecycle.Why{}))
	}
	return nil
}
