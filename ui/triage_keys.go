package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// triageKeys are the keys of the re-engagement list.
type triageKeys struct {
	listKeys
	reachKeys
	overBoardKeys
	Log, Snooze, WonBack, Lost, Open key.Binding
	NextKind, PrevKind               key.Binding
	Mark, Marked, Draft              key.Binding
	// phaseKeys and Pick move the marked customers, or without marks the
	// selected one, as on the board.
	phaseKeys
	Pick key.Binding
}

func newTriageKeys() triageKeys {
	return triageKeys{
		listKeys:      boardList(),
		reachKeys:     newReachKeys(),
		overBoardKeys: newOverBoardKeys(),
		Log:           bind([]string{"l", "c"}, "l", words.T("keys.triage.log")),
		Snooze:        bind([]string{"s"}, "s", words.T("keys.triage.snooze")),
		WonBack:       bind([]string{"w"}, "w", words.T("keys.triage.won-back")),
		Lost:          bind([]string{"x"}, "x", words.T("keys.triage.lost")),
		Open:          bind([]string{"enter"}, words.T("keys.name.enter"), words.T("keys.common.open")),
		NextKind:      bind([]string{"tab"}, words.T("keys.name.tab"), words.T("keys.triage.next-filter")),
		PrevKind:      bind([]string{"shift+tab"}, words.T("keys.name.shift-tab"), words.T("keys.triage.previous-filter")),
		Mark:          bind([]string{"space"}, "␣", words.T("bulk.keys.mark")),
		Marked:        bind([]string{"."}, ".", words.T("bulk.keys.actions")),
		Draft:         draftKey(),
		phaseKeys:     newPhaseKeys(),
		Pick:          newCardKeys().Pick,
	}
}

func (k triageKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Log, k.Snooze, k.WonBack, k.Lost, k.Draft, k.Open, k.NextKind, k.Copy, k.MoveBoth, k.Back, k.Help}
}

func (k triageKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		k.all(),
		{k.Log, k.Snooze, k.WonBack, k.Lost, k.Open, k.Undo, k.Mark, k.Marked},
		{k.MoveLeft, k.MoveRight, k.Pick, k.Copy, k.Mail, k.Draft, k.NextKind, k.PrevKind, k.Back, k.Help},
	}
}

// triageList is the re-engagement list on the stack. What it shows is the
// root model's triage, kept between visits: the filter and the place.
type triageList struct{ keys triageKeys }

func (l *triageList) keyMap() help.KeyMap { return l.keys }

func (l *triageList) changeKeys() []key.Binding {
	k := l.keys
	return []key.Binding{k.Log, k.Snooze, k.WonBack, k.Lost, k.Undo, k.MoveLeft, k.MoveRight, k.Pick}
}

func (l *triageList) helpLine(sh *shared) string { return sh.shortHelp(l.keys) }

func (l *triageList) body(m *Model) string { return m.triage.view(&m.styles, m.lc, m.marks) }

func (l *triageList) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k, s := l.keys, &m.triage
	if d, ok := k.step(msg, s.listHeight(), len(s.entries)); ok {
		s.moveBy(d)
		return m.loadTriageReasons()
	}
	if cmd, done := k.handle(m, msg); done {
		return cmd
	}
	switch {
	case key.Matches(msg, k.NextKind):
		return m.showTriageKind(s.nextKind(1))
	case key.Matches(msg, k.PrevKind):
		return m.showTriageKind(s.nextKind(-1))
	}
	return l.act(m, msg)
}

// act starts what a key does to the selected customer.
func (l *triageList) act(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k := l.keys
	e, ok := m.triage.selected()
	if !ok {
		return nil
	}
	c := triageCustomer(e)
	if cmd, done := m.reach(k.reachKeys, msg, c.ID); done {
		return cmd
	}
	switch {
	case key.Matches(msg, k.Open):
		return m.openCustomer(c)
	case key.Matches(msg, k.Log):
		return m.openAttemptForm(c, e.Flag.Kind)
	case key.Matches(msg, k.Snooze):
		m.push(newSnoozeChooser(c))
	case key.Matches(msg, k.WonBack):
		return m.winBack(c)
	case key.Matches(msg, k.Lost):
		m.push(confirmGiveUp{customer: c})
	case key.Matches(msg, k.Mark):
		m.toggleMarkOf(c)
	case key.Matches(msg, k.Marked):
		return m.openMarked(pickMarkedAction)
	case key.Matches(msg, k.Draft):
		return m.openDraft(c)
	}
	return l.move(m, msg, c)
}

// move moves the marked customers, or without marks the selected one, as
// H, L and m do on the board: H and L to the phase before or after the
// selected line's.
func (l *triageList) move(m *Model, msg tea.KeyPressMsg, c lifecycle.Customer) tea.Cmd {
	k := l.keys
	switch {
	case key.Matches(msg, k.MoveLeft):
		return m.moveBy(c, m.board.columnIndex(c.Phase), -1)
	case key.Matches(msg, k.MoveRight):
		return m.moveBy(c, m.board.columnIndex(c.Phase), 1)
	case key.Matches(msg, k.Pick) && len(m.marks) > 0:
		return m.openMarked(pickMarkedPhase)
	case key.Matches(msg, k.Pick):
		return m.openPicker(c)
	}
	return nil
}

// triageCustomer is the customer of a line of the list.
func triageCustomer(e data.TriageEntry) lifecycle.Customer {
	return lifecycle.Customer{ID: e.ID, Name: e.Name, Company: e.Company, Phase: e.Phase}
}
