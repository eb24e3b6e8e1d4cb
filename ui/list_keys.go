package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
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
		PageUp:   bind([]string{"pgup", "ctrl+u"}, "pgup", "page up"),
		PageDown: bind([]string{"pgdown", "ctrl+d"}, "pgdn", "page down"),
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
func boardList() listKeys { return newListKeys("up", "down", "top", "bottom") }

// The keys that do the same on every screen that has them.
var (
	undoKey    = bind([]string{"u"}, "u", "undo")
	helpKey    = bind([]string{"?"}, "?", "help")
	toBoardKey = bind([]string{"esc", "q"}, "esc", "board")
)

// cardKeys change one customer, the same on the board (the selected card)
// and on the customer screen.
type cardKeys struct{ Pick, Log, Buy, Edit key.Binding }

func newCardKeys() cardKeys {
	return cardKeys{
		Pick: bind([]string{"m"}, "m", "phase…"),
		Log:  bind([]string{"c"}, "c", "log"),
		Buy:  bind([]string{"b"}, "b", "purchase"),
		Edit: bind([]string{"e"}, "e", "edit"),
	}
}
