package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// agendaKeys are the keys of the agenda.
type agendaKeys struct {
	listKeys
	overBoardKeys
	Open, Log, Move, Done, Draft key.Binding
}

func newAgendaKeys() agendaKeys {
	return agendaKeys{
		listKeys:      boardList(),
		overBoardKeys: newOverBoardKeys(),
		Open:          bind([]string{"enter"}, words.T("keys.name.enter"), words.T("keys.common.open")),
		Log:           bind([]string{"c"}, "c", words.T("keys.agenda.log")),
		Move:          bind([]string{"s"}, "s", words.T("keys.agenda.move")),
		Done:          bind([]string{"d"}, "d", words.T("keys.agenda.done")),
		Draft:         draftKey(),
	}
}

func (k agendaKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Log, k.Move, k.Done, k.Draft, k.Open, k.Undo, k.Back, k.Help}
}

func (k agendaKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.all(), {k.Open, k.Log, k.Move, k.Done, k.Draft, k.Undo}, {k.Back, k.Help}}
}

// agendaList is the agenda on the stack; what it shows is the root
// model's agenda.
type agendaList struct{ keys agendaKeys }

func (l *agendaList) keyMap() help.KeyMap { return l.keys }

func (l *agendaList) changeKeys() []key.Binding {
	k := l.keys
	return []key.Binding{k.Log, k.Move, k.Done, k.Undo}
}

func (l *agendaList) helpLine(sh *shared) string { return sh.shortHelp(l.keys) }

func (l *agendaList) body(m *Model) string { return m.agenda.view(&m.styles) }

func (l *agendaList) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k, s := l.keys, &m.agenda
	if d, ok := k.step(msg, s.listHeight()/2, len(s.items)); ok {
		s.moveBy(d)
		return nil
	}
	if cmd, done := k.handle(m, msg); done {
		return cmd
	}
	f, ok := s.selected()
	if !ok {
		return nil
	}
	c := followUpCustomer(f)
	switch {
	case key.Matches(msg, k.Open):
		return m.openCustomer(c)
	case key.Matches(msg, k.Log):
		return m.openAnswerForm(c)
	case key.Matches(msg, k.Move):
		m.push(newFollowUpMover(f))
	case key.Matches(msg, k.Draft):
		return m.openDraft(c)
	case key.Matches(msg, k.Done):
		return m.write(finishFollowUpCmd(m.ctx, m.book, f))
	}
	return nil
}

// openAnswerForm logs the contact that answers a customer's follow-up:
// the contact form, offering the next follow-up a week on, which the user
// may change or clear. The contact, once stored, answers the follow-up.
func (m *Model) openAnswerForm(c lifecycle.Customer) tea.Cmd {
	f, cmd := newContactForm(c)
	f.fields[6].input.SetValue(words.Day(lifecycle.DaysAfter(m.now(), 7)))
	return m.open(f, cmd)
}

// followUpCustomer is the customer of a follow-up, as the screens it opens
// take it.
func followUpCustomer(f data.FollowUp) lifecycle.Customer {
	return lifecycle.Customer{ID: f.CustomerID, Name: f.Customer, Phase: f.Phase}
}
