package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/ui/text"
)

// confirmArchive asks before the customer shown leaves the board.
type confirmArchive struct{ screen *customerScreen }

// key archives on y and closes the customer with the question; any other
// key keeps the customer.
func (q confirmArchive) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	if msg.String() != "y" {
		return nil
	}
	m.pop()
	return m.write(archiveCmd(m.ctx, m.book, q.screen.customer))
}

func (q confirmArchive) view(sh *shared) string {
	return question(sh, "Archive "+text.Fit(q.screen.customer.Name, 40)+"?",
		"It leaves the board; its history stays. y archive · any other key keeps it")
}

func (confirmArchive) helpLine(sh *shared) string {
	return sh.hint("y archive · any other key cancels")
}
