package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
)

// triageKeys are the keys of the re-engagement list.
type triageKeys struct {
	listKeys
	Log, Snooze, WonBack, Lost, Open, Undo key.Binding
	NextKind, PrevKind, Back, Help         key.Binding
}

func newTriageKeys() triageKeys {
	return triageKeys{
		listKeys: newListKeys(),
		Log:      bind([]string{"l", "c"}, "l", "log attempt"),
		Snooze:   bind([]string{"s"}, "s", "snooze"),
		WonBack:  bind([]string{"w"}, "w", "won back"),
		Lost:     bind([]string{"x"}, "x", "lost"),
		Open:     bind([]string{"enter"}, "enter", "open"),
		Undo:     bind([]string{"u"}, "u", "undo"),
		NextKind: bind([]string{"tab"}, "tab", "next filter"),
		PrevKind: bind([]string{"shift+tab"}, "⇧tab", "previous filter"),
		Back:     bind([]string{"esc", "q"}, "esc", "board"),
		Help:     bind([]string{"?"}, "?", "help"),
	}
}

func (k triageKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Log, k.Snooze, k.WonBack, k.Lost, k.Open, k.NextKind, k.Back, k.Help}
}

func (k triageKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		k.all(),
		{k.Log, k.Snooze, k.WonBack, k.Lost, k.Open, k.Undo},
		{k.NextKind, k.PrevKind, k.Back, k.Help},
	}
}

// openTriage shows the re-engagement list, read anew.
func (m *Model) openTriage() tea.Cmd {
	m.screen = screenTriage
	m.triage.loaded = false
	return loadTriageCmd(m.ctx, m.book, m.triage.kind, m.triage.listHeight())
}

// reloadTriage reads the list anew when it is open, as after a scoring:
// what was done on this visit is forgotten, as the list holds it no more.
func (m *Model) reloadTriage() tea.Cmd { return m.reloadTriageAt(0) }

// reloadTriageAt reads the list anew when it is open and selects the
// customer id if it is on it.
func (m *Model) reloadTriageAt(id int64) tea.Cmd {
	if !m.triageOpen() {
		return nil
	}
	m.triage.pick = id
	return loadTriageCmd(m.ctx, m.book, m.triage.kind, m.triage.listHeight())
}

func (m Model) triageKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, s := m.tkeys, &m.triage
	if d, ok := k.step(msg, s.listHeight(), len(s.entries)); ok {
		s.moveBy(d)
		return m, m.loadTriageReasons()
	}
	switch {
	case key.Matches(msg, k.Back):
		m.screen = screenBoard
		return m, m.refresh(m.selectedID())
	case key.Matches(msg, k.Help):
		m.back, m.screen = m.screen, screenHelp
	case key.Matches(msg, k.Undo):
		return m, m.undoLast()
	case key.Matches(msg, k.NextKind):
		s.kind, s.cursor, s.top = s.nextKind(1), 0, 0
		return m, m.openTriage()
	case key.Matches(msg, k.PrevKind):
		s.kind, s.cursor, s.top = s.nextKind(-1), 0, 0
		return m, m.openTriage()
	}
	return m, m.triageAction(msg)
}

// triageAction starts what a key does to the selected customer.
func (m *Model) triageAction(msg tea.KeyPressMsg) tea.Cmd {
	k := m.tkeys
	e, ok := m.triage.selected()
	if !ok {
		return nil
	}
	c := lifecycle.Customer{ID: e.ID, Name: e.Name, Company: e.Company, Phase: e.Phase}
	switch {
	case key.Matches(msg, k.Open):
		return m.openCustomer(c)
	case key.Matches(msg, k.Log):
		return m.openAttemptForm(c, e.Flag.Kind)
	case key.Matches(msg, k.Snooze):
		m.snooze = newSnoozeChooser(c)
		m.back, m.screen = m.screen, screenSnooze
	case key.Matches(msg, k.WonBack):
		return m.write(wonBackCmd(m.ctx, m.book, c))
	case key.Matches(msg, k.Lost):
		m.giveUp = c
		m.back, m.screen = m.screen, screenConfirmGiveUp
	}
	return nil
}

// loadTriageReasons reads the reasons of the customers that came on screen.
func (m *Model) loadTriageReasons() tea.Cmd {
	if m.screen != screenTriage || !m.triage.loaded {
		return nil
	}
	ids := m.triage.missingReasons()
	if len(ids) == 0 {
		return nil
	}
	for _, id := range ids {
		m.triage.reasons[id] = "…" // asked for; not asked again
	}
	return loadReasonsCmd(m.ctx, m.book, ids, m.triage.kind)
}

func (m Model) confirmGiveUpKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.closeOverlay()
	if msg.String() == "y" {
		return m, m.write(giveUpCmd(m.ctx, m.book, m.giveUp))
	}
	return m, nil
}
