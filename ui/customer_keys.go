package ui

import "charm.land/bubbles/v2/key"

// customerKeys are the keys of the customer screen.
type customerKeys struct {
	Back, Up, Down, Top, Bottom, PageUp, PageDown, Edit, Log, Buy, Pick, Archive, Undo, Help, Quit key.Binding
}

func newCustomerKeys() customerKeys {
	return customerKeys{
		Back:     bind([]string{"esc", "backspace"}, "esc", "back"),
		Up:       bind([]string{"up", "k"}, "↑/k", "scroll up"),
		Down:     bind([]string{"down", "j"}, "↓/j", "scroll down"),
		Top:      bind([]string{"g", "home"}, "g", "newest"),
		Bottom:   bind([]string{"G", "end"}, "G", "oldest"),
		PageUp:   bind([]string{"pgup", "ctrl+u"}, "pgup", "page up"),
		PageDown: bind([]string{"pgdown", "ctrl+d"}, "pgdn", "page down"),
		Edit:     bind([]string{"e"}, "e", "edit"),
		Log:      bind([]string{"c"}, "c", "log"),
		Buy:      bind([]string{"b"}, "b", "purchase"),
		Pick:     bind([]string{"m"}, "m", "phase…"),
		Archive:  bind([]string{"a"}, "a", "archive"),
		Undo:     bind([]string{"u"}, "u", "undo"),
		Help:     bind([]string{"?"}, "?", "help"),
		Quit:     bind([]string{"q"}, "q", "back"),
	}
}

func (k customerKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Back, k.Log, k.Buy, k.Edit, k.Pick, k.Archive, k.Down, k.Undo, k.Help}
}

func (k customerKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Log, k.Buy, k.Edit, k.Pick, k.Archive, k.Undo},
		{k.Back, k.Help},
	}
}
