package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/words"
)

// customerKeys are the keys of the customer screen.
type customerKeys struct {
	listKeys // move the timeline's selection
	cardKeys
	reachKeys
	Open, Reasons                   key.Binding
	Back, Archive, Undo, Help, Quit key.Binding
}

func newCustomerKeys() customerKeys {
	return customerKeys{
		listKeys: newListKeys(words.T("keys.customer.scroll-up"), words.T("keys.customer.scroll-down"),
			words.T("keys.customer.newest"), words.T("keys.customer.oldest")),
		cardKeys:  newCardKeys(),
		reachKeys: newReachKeys(),
		Open:      bind([]string{"enter"}, words.T("keys.name.enter"), words.T("keys.customer.open")),
		Reasons:   bind([]string{"r"}, "r", words.T("keys.customer.reasons")),
		Back:      bind([]string{"esc", "backspace"}, words.T("keys.name.esc"), words.T("keys.customer.back")),
		Archive:   bind([]string{"a"}, "a", words.T("keys.customer.archive")),
		Undo:      undoKey(),
		Help:      helpKey(),
		Quit:      bind([]string{"q"}, "q", words.T("keys.customer.back")),
	}
}

func (k customerKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Back, k.Log, k.Buy, k.Edit, k.Open, k.Pick, k.Archive, k.Reasons, k.Down, k.Undo, k.Copy, k.Mail, k.Help}
}

func (k customerKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Open, k.Reasons, k.Log, k.Buy, k.Edit, k.Pick, k.Draft, k.Archive, k.Undo},
		{k.Copy, k.Mail, k.Back, k.Help},
	}
}

// openCustomer shows a customer's screen.
func (m *Model) openCustomer(c lifecycle.Customer) tea.Cmd {
	m.push(&customerScreen{id: c.ID, width: m.width, height: m.bodyHeight(), keys: newCustomerKeys(), currency: m.facts.currency})
	return loadCustomerCmd(m.ctx, m.book, c.ID)
}

// keyMap names a restores where the customer is archived, as it does
// then.
func (s *customerScreen) keyMap() help.KeyMap {
	k := s.keys
	if s.customer.Archived() {
		k.Archive.SetHelp("a", words.T("archived.key.restore"))
	}
	return k
}

func (s *customerScreen) changeKeys() []key.Binding {
	k := s.keys
	return []key.Binding{k.Log, k.Buy, k.Edit, k.Pick, k.Archive, k.Undo}
}

func (s *customerScreen) helpLine(sh *shared) string { return sh.shortHelp(s.keyMap()) }

func (s *customerScreen) body(m *Model) string { return s.view(&m.styles, m.lc, m.now()) }

func (s *customerScreen) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	if d, ok := k.step(msg, s.timelineHeight(), len(s.events)); ok {
		s.moveCursor(d)
		return nil
	}
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit):
		m.pop()
		return nil
	case !s.loaded:
		return nil
	case key.Matches(msg, k.Archive) && s.customer.Archived():
		return m.write(archiveCmd(m.ctx, m.book, s.customer, true))
	case key.Matches(msg, k.Archive):
		m.push(confirmArchive{screen: s})
		return nil
	case key.Matches(msg, k.Help):
		m.openHelp()
		return nil
	case key.Matches(msg, k.Reasons):
		s.toggleReasons()
		return nil
	case key.Matches(msg, k.Open):
		s.openEntry(m)
		return nil
	}
	if cmd, done := m.reach(k.reachKeys, msg, s.customer.ID); done {
		return cmd
	}
	return s.change(m, msg)
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
	case key.Matches(msg, k.Draft):
		return m.openDraft(c)
	case key.Matches(msg, k.Undo):
		return m.undoLast()
	}
	return nil
}
