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

func newListKeys() listKeys {
	return listKeys{
		Up:       bind([]string{"up", "k"}, "↑/k", "up"),
		Down:     bind([]string{"down", "j"}, "↓/j", "down"),
		Top:      bind([]string{"g", "home"}, "g", "top"),
		Bottom:   bind([]string{"G", "end"}, "G", "bottom"),
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

// boardKeys are the board's keys; the footer and the ? overlay are made
// from them.
type boardKeys struct {
	listKeys
	Left, Right                                          key.Binding
	MoveLeft, MoveRight, Pick, Open, Log, Buy, New, Edit key.Binding
	Filter, Flagged, Triage, Insights, Undo, Help        key.Binding
	Quit                                                 key.Binding
}

func newBoardKeys() boardKeys {
	return boardKeys{
		listKeys:  newListKeys(),
		Left:      bind([]string{"left", "h"}, "←/h", "column left"),
		Right:     bind([]string{"right", "l"}, "→/l", "column right"),
		MoveLeft:  bind([]string{"shift+left", "H"}, "H/⇧←", "move left"),
		MoveRight: bind([]string{"shift+right", "L"}, "L/⇧→", "move right"),
		Pick:      bind([]string{"m"}, "m", "phase…"),
		Open:      bind([]string{"enter"}, "enter", "open"),
		Log:       bind([]string{"c"}, "c", "log"),
		Buy:       bind([]string{"b"}, "b", "purchase"),
		New:       bind([]string{"n"}, "n", "new"),
		Edit:      bind([]string{"e"}, "e", "edit"),
		Filter:    bind([]string{"/"}, "/", "filter"),
		Flagged:   bind([]string{"f"}, "f", "flagged"),
		Triage:    bind([]string{"t"}, "t", "triage"),
		Insights:  bind([]string{"i"}, "i", "insights"),
		Undo:      bind([]string{"u"}, "u", "undo"),
		Help:      bind([]string{"?"}, "?", "help"),
		Quit:      bind([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// moveHelp stands for H and L together in the short help, which has no room
// for both.
var moveHelp = bind([]string{"H", "L"}, "H/L", "move")

func (k boardKeys) ShortHelp() []key.Binding {
	// Within 80 columns: enter, m and u are in the ? overlay, and the title
	// line says when u can undo.
	return []key.Binding{k.Log, moveHelp, k.Filter, k.Flagged, k.Triage, k.Help, k.Quit}
}

func (k boardKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		append([]key.Binding{k.Left, k.Right}, k.all()...),
		{k.MoveLeft, k.MoveRight, k.Pick, k.Open, k.Log, k.Buy, k.New, k.Edit},
		{k.Filter, k.Flagged, k.Triage, k.Insights, k.Undo, k.Help, k.Quit},
	}
}
