package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/ui/words"
)

// refusedReadOnly tells whether a key would start a change on a read-only
// book, so that it is refused at once, in words, rather than after a form
// has been filled in.
func (m *Model) refusedReadOnly(msg tea.KeyPressMsg) bool {
	s, ok := m.top().(changer)
	if !m.book.ReadOnly() || !ok || !key.Matches(msg, s.changeKeys()...) {
		return false
	}
	m.status.set(words.T("board.read-only.refused", words.V{"Banner": readOnlyBanner()}), true)
	return true
}
