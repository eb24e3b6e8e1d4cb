package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// refusedReadOnly tells whether a key would start a change on a read-only
// book, so that it is refused at once, in words, rather than after a form
// has been filled in.
func (m *Model) refusedReadOnly(msg tea.KeyPressMsg) bool {
	if !m.book.ReadOnly() {
		return false
	}
	var changes []key.Binding
	switch m.screen {
	case screenBoard:
		k := m.keys
		changes = []key.Binding{k.Log, k.Buy, k.Edit, k.New, k.Pick, k.MoveLeft, k.MoveRight, k.Undo}
	case screenCustomer:
		k := m.ckeys
		changes = []key.Binding{k.Log, k.Buy, k.Edit, k.Pick, k.Archive, k.Undo}
	case screenTriage:
		k := m.tkeys
		changes = []key.Binding{k.Log, k.Snooze, k.WonBack, k.Lost, k.Undo}
	}
	if !key.Matches(msg, changes...) {
		return false
	}
	m.status.set("The book is read-only here: "+readOnlyBanner, true)
	return true
}
