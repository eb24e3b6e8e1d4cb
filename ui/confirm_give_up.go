package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
)

// confirmGiveUp asks before a customer is given up on (x).
type confirmGiveUp struct{ customer lifecycle.Customer }

func (q confirmGiveUp) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	if msg.String() == "y" {
		return m.write(giveUpCmd(m.ctx, m.book, q.customer))
	}
	return nil
}

func (q confirmGiveUp) view(sh *shared) string {
	return question(sh, "Give up on "+text.Fit(q.customer.Name, 40)+"?",
		"They move to the last ended phase and are marked do not contact.\ny give up · any other key keeps them")
}

func (confirmGiveUp) helpLine(sh *shared) string {
	return sh.hint("y give up · any other key cancels")
}
