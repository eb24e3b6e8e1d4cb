package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
)

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

// openCustomer shows a customer's screen.
func (m *Model) openCustomer(c lifecycle.Customer) tea.Cmd {
	m.push(&customerScreen{id: c.ID, width: m.width, height: m.bodyHeight(), keys: newCustomerKeys()})
	return loadCustomerCmd(m.ctx, m.book, c.ID)
}

func (s *customerScreen) keyMap() help.KeyMap { return s.keys }

func (s *customerScreen) changeKeys() []key.Binding {
	k := s.keys
	return []key.Binding{k.Log, k.Buy, k.Edit, k.Pick, k.Archive, k.Undo}
}

func (s *customerScreen) helpLine(m *Model) string { return m.shortHelp(s.keys) }

func (s *customerScreen) body(m *Model) string { return s.view(&m.styles, m.lc, m.now()) }

func (s *customerScreen) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	if d, ok := s.scrollStep(msg); ok {
		s.scrollBy(d)
		return nil
	}
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit):
		m.pop()
		return nil
	case !s.loaded:
		return nil
	case key.Matches(msg, k.Archive):
		if !s.customer.Archived() {
			m.push(confirmArchive{screen: s})
		}
		return nil
	case key.Matches(msg, k.Help):
		m.openHelp()
		return nil
	}
	return s.change(m, msg)
}

// scrollStep is how far a key moves the timeline; false for a key that
// does not scroll it.
func (s *customerScreen) scrollStep(msg tea.KeyPressMsg) (int, bool) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Up):
		return -1, true
	case key.Matches(msg, k.Down):
		return 1, true
	case key.Matches(msg, k.Top):
		return -len(s.events), true
	case key.Matches(msg, k.Bottom):
		return len(s.events), true
	case key.Matches(msg, k.PageUp):
		return -s.timelineHeight(), true
	case key.Matches(msg, k.PageDown):
		return s.timelineHeight(), true
	}
	return 0, false
}

// change opens what a key changes of the customer.
func (s *customerScreen) change(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k, c := s.keys, s.customer
	switch {
	case key.Matches(msg, k.Log):
		return m.openContactForm(c)
	case key.Matches(msg, k.Buy):
		return m.openPurchaseForm(c)
	case key.Matches(msg, k.Edit):
		return m.openCustomerForm(c)
	case key.Matches(msg, k.Pick):
		return m.openPicker(c)
	case key.Matches(msg, k.Undo):
		return m.undoLast()
	}
	return nil
}

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

func (confirmArchive) helpLine(m *Model) string { return m.hint("y archive · any other key cancels") }
