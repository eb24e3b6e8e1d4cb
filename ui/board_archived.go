package ui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/ui/words"
)

// A shows the archived customers on the board, dimmed, in their phases;
// r brings the selected one back, A or esc returns to the active ones.
// While they show, the keys that change a customer wait for the restore:
// an archived customer is kept as it was left.

// archivedKey handles the keys of the archived board, and A and r
// anywhere on the board; false for a key it leaves to the board.
func (s *boardScreen) archivedKey(m *Model, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Archived):
		return m.toggleArchived(), true
	case key.Matches(msg, k.Restore):
		return m.restoreSelected(), true
	case !m.filter.archived:
		return nil, false
	case msg.String() == "esc" && !m.filter.active():
		return m.toggleArchived(), true
	case key.Matches(msg, k.MoveLeft, k.MoveRight, k.Pick, k.Log, k.Buy, k.Edit, k.New):
		return m.status.set(words.T("archived.status.restore-first"), false), true
	}
	return nil, false
}

// toggleArchived shows the archived customers instead of the active ones,
// or the active ones again.
func (m *Model) toggleArchived() tea.Cmd {
	m.filter.archived = !m.filter.archived
	said, show := words.T("archived.status.back"), words.T("archived.key.show")
	if m.filter.archived {
		said, show = words.T("archived.status.showing"), words.T("archived.key.back")
	}
	if s, ok := m.stack[0].(*boardScreen); ok {
		s.keys.archived = m.filter.archived
		s.keys.Archived.SetHelp("A", show)
	}
	return tea.Batch(m.status.set(said, false), m.refresh(m.selectedID()))
}

// restoreSelected brings the marked archived customers back to the board,
// or without marks the selected one.
func (m *Model) restoreSelected() tea.Cmd {
	c, ok := m.board.selected()
	switch {
	case !m.filter.archived || !ok:
		return m.status.set(words.T("archived.status.nothing-to-restore"), false)
	case len(m.marks) > 0:
		return m.actOnMarked(markedRestore)
	}
	return m.write(archiveCmd(m.ctx, m.book, c, true))
}

// undoRestore archives again a customer just restored.
func undoRestore(id int64, name string) *undoStep {
	return &undoStep{what: words.T("archived.undo.restore", words.V{"Name": name}), customer: id,
		undo: func(ctx context.Context, b *data.Book) error { return b.Archive(ctx, id, false) }}
}
