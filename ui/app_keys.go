package ui

import (
	tea "charm.land/bubbletea/v2"
)

// handleKey hands a key press to the screen on top of the stack.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if msg.String() == "ctrl+c" {
		return m.quit()
	}
	m.quitting = false // another key: the user goes on working
	m.status.actedOn()
	if m.drag.pending {
		// A key ends a drag, since it may change the screen under it; esc
		// only ends it.
		dragged := m.drag.active()
		m.drag = drag{}
		if dragged && msg.String() == "esc" {
			return nil
		}
	}
	if m.refusedReadOnly(msg) {
		return nil
	}
	return m.top().key(m, msg)
}
