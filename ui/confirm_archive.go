package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/ui/text"
	"tend/ui/words"
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
	return m.write(archiveCmd(m.ctx, m.book, q.screen.customer, false))
}

func (q confirmArchive) view(sh *shared) string {
	return question(sh, words.T("board.archive.question", words.V{"Name": text.Fit(q.screen.customer.Name, 40)}),
		words.T("board.archive.note"))
}

func (confirmArchive) helpLine(sh *shared) string {
	return sh.hint(words.T("board.archive.hint"))
}
