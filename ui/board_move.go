package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/words"
)

// moveSelectedBy moves the selected card to the phase delta columns away.
func (m *Model) moveSelectedBy(delta int) tea.Cmd {
	c, ok := m.board.selected()
	if !ok {
		return nil
	}
	return m.moveBy(c, m.board.focus, delta)
}

// moveBy moves the marked customers, or without marks customer c, to the
// phase delta columns from column from: H and L on the board and on the
// re-engagement list.
func (m *Model) moveBy(c lifecycle.Customer, from, delta int) tea.Cmd {
	target := from + delta
	if from < 0 || target < 0 || target >= len(m.board.cols) {
		return nil
	}
	if len(m.marks) > 0 {
		return m.moveMarked(m.board.cols[target].phase.Key)
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
	// Another program hid or removed it while the choice was open.
	label := phase
	if p, err := m.lc.Find(phase); err == nil {
		label = p.Label
	}
	return m.status.set(words.T("board.status.phase-gone", words.V{"Phase": label, "Name": c.Name}), true)
}
