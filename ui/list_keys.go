package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/ui/words"
)

func bind(keys []string, help, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

// listKeys move through a list: a board column or the re-engagement list.
type listKeys struct {
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
}

// newListKeys are the keys of a list whose four ends are named up, down,
// top and bottom.
func newListKeys(up, down, top, bottom string) listKeys {
	return listKeys{
		Up:       bind([]string{"up", "k"}, "↑/k", up),
		Down:     bind([]string{"down", "j"}, "↓/j", down),
		Top:      bind([]string{"g", "home"}, "g", top),
		Bottom:   bind([]string{"G", "end"}, "G", bottom),
		PageUp:   bind([]string{"pgup", "ctrl+u"}, words.T("keys.name.pgup"), words.T("keys.list.page-up")),
		PageDown: bind([]string{"pgdown", "ctrl+d"}, words.T("keys.name.pgdn"), words.T("keys.list.page-down")),
	}
}

// step is how far a key moves in a list of n items with pages of page
// items; false for a key that does not move.
func (k listKeys) step(msg tea.KeyPressMsg, page, n int) (int, bool) {
	switch {
	case key.Matches(msg, k.Up):
		return -1, true
	case key.Matches(msg, k.Down):
		return 1, true
	case key.Matches(msg, k.Top):
		return -n, true
	case key.Matches(msg, k.Bottom):
		return n, true
	case key.Matches(msg, k.PageUp):
		return -page, true
	case key.Matches(msg, k.PageDown):
		return page, true
	}
	return 0, false
}

// all are the keys for the ? overlay.
func (k listKeys) all() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown}
}

// boardList are the keys of the board's columns and the lists like them.
func boardList() listKeys {
	return newListKeys(words.T("keys.list.up"), words.T("keys.list.down"), words.T("keys.list.top"), words.T("keys.list.bottom"))
}

// The keys that do the same on every screen that has them, made when a
// screen opens so that they speak the language of the day.
func undoKey() key.Binding  { return bind([]string{"u"}, "u", words.T("keys.common.undo")) }
func helpKey() key.Binding  { return bind([]string{"?"}, "?", words.T("keys.common.help")) }
func draftKey() key.Binding { return bind([]string{"D"}, "D", words.T("keys.card.draft")) }
func toBoardKey() key.Binding {
	return bind([]string{"esc", "q"}, words.T("keys.name.esc"), words.T("keys.common.board"))
}

// overBoardKeys are the keys every list opened over the board has alike:
// back to the board, help, and undo.
type overBoardKeys struct{ Undo, Back, Help key.Binding }

func newOverBoardKeys() overBoardKeys {
	return overBoardKeys{Undo: undoKey(), Back: toBoardKey(), Help: helpKey()}
}

// handle does what back, help or undo does; false for another key.
func (k overBoardKeys) handle(m *Model, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, k.Back):
		m.pop()
		return m.refresh(m.selectedID()), true
	case key.Matches(msg, k.Help):
		m.openHelp()
		return nil, true
	case key.Matches(msg, k.Undo):
		return m.undoLast(), true
	}
	return nil, false
}

// phaseKeys move the selected customer, or the marked ones, to the phase
// before or after: on the board and the re-engagement list. MoveBoth
// stands for H and L together in a short help, which has no room for
// both.
type phaseKeys struct{ MoveLeft, MoveRight, MoveBoth key.Binding }

func newPhaseKeys() phaseKeys {
	return phaseKeys{
		MoveLeft:  bind([]string{"shift+left", "H"}, "H/⇧←", words.T("keys.board.move-left")),
		MoveRight: bind([]string{"shift+right", "L"}, "L/⇧→", words.T("keys.board.move-right")),
		MoveBoth:  bind([]string{"H", "L"}, "H/L", words.T("keys.board.move")),
	}
}

// cardKeys change one customer, the same on the board (the selected card)
// and on the customer screen.
type cardKeys struct{ Pick, Log, Buy, Edit, Draft key.Binding }

func newCardKeys() cardKeys {
	return cardKeys{
		Pick:  bind([]string{"m"}, "m", words.T("keys.card.phase")),
		Log:   bind([]string{"c"}, "c", words.T("keys.card.log")),
		Buy:   bind([]string{"b"}, "b", words.T("keys.card.purchase")),
		Edit:  bind([]string{"e"}, "e", words.T("keys.card.edit")),
		Draft: draftKey(),
	}
}
