package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/words"
)

// boardKeys are the board's keys; the footer and the ? overlay are made
// from them.
type boardKeys struct {
	listKeys
	cardKeys
	reachKeys
	phaseKeys
	Left, Right                                         key.Binding
	Open, New                                           key.Binding
	Filter, Flagged, Mine, Triage, Insights, Undo, Help key.Binding
	Agenda                                              key.Binding
	Search                                              key.Binding
	Sort, Compact, NextMatch, PreviousMatch, Quit       key.Binding
	// Archived shows the archived customers; Restore brings the selected
	// one back.
	Archived, Restore key.Binding
	// archived says the archived customers show, whose keys lead the
	// footer then.
	archived                 bool
	Mark, Marked, ClearMarks key.Binding
	// Jump stands for ] and [ together in the short help, which has no
	// room for both.
	Jump key.Binding
}

func newBoardKeys() boardKeys {
	return boardKeys{
		listKeys:  boardList(),
		cardKeys:  newCardKeys(),
		reachKeys: newReachKeys(),
		Left:      bind([]string{"left", "h"}, "←/h", words.T("keys.board.column-left")),
		Right:     bind([]string{"right", "l"}, "→/l", words.T("keys.board.column-right")),
		phaseKeys: newPhaseKeys(),
		Open:      bind([]string{"enter"}, words.T("keys.name.enter"), words.T("keys.common.open")),
		New:       bind([]string{"n"}, "n", words.T("keys.board.new")),
		Filter:    bind([]string{"/"}, "/", words.T("keys.board.filter")),
		Search:    bind([]string{"ctrl+f"}, words.T("keys.search.ctrl-f"), words.T("keys.search.open")),
		Flagged:   bind([]string{"f"}, "f", words.T("keys.board.flagged")),
		Mine:      bind([]string{"M"}, "M", words.T("keys.board.mine")),
		Triage:    bind([]string{"t"}, "t", words.T("keys.board.triage")),
		Insights:  bind([]string{"i"}, "i", words.T("keys.board.insights")),
		Agenda:    bind([]string{"a"}, "a", words.T("keys.agenda.open")),
		Sort:      bind([]string{"o"}, "o", words.T("keys.board.sort")),
		Compact:   bind([]string{"z"}, "z", words.T("keys.board.compact")),
		Archived:  bind([]string{"A"}, "A", words.T("archived.key.show")),
		Restore:   bind([]string{"r"}, "r", words.T("archived.key.restore")),
		// ] and [ walk a filter's matches, or without one the flagged cards.
		NextMatch:     bind([]string{"]"}, "]", words.T("keys.board.next-match")),
		PreviousMatch: bind([]string{"["}, "[", words.T("keys.board.previous-match")),
		Jump:          bind([]string{"]", "["}, "]/[", words.T("keys.board.jump")),
		// ␣ stands for the space bar as ⇧ does for shift: narrow in
		// every language, where the help has no cell to spare.
		Mark:       bind([]string{"space"}, "␣", words.T("bulk.keys.mark")),
		Marked:     bind([]string{"."}, ".", words.T("bulk.keys.actions")),
		ClearMarks: bind([]string{"esc"}, words.T("keys.name.esc"), words.T("bulk.keys.clear")),
		Undo:       undoKey(),
		Help:       helpKey(),
		Quit:       bind([]string{"q", "ctrl+c"}, "q", words.T("keys.board.quit")),
	}
}

// ShortHelp lists the board's keys in the order they matter to someone
// new; the footer shows as many as its width holds.
func (k boardKeys) ShortHelp() []key.Binding {
	if k.archived {
		return []key.Binding{k.Restore, k.Open, k.Archived, k.Filter, k.Search, k.Copy, k.Mail, k.Undo, k.Help, k.Quit}
	}
	return []key.Binding{k.Open, k.New, k.Insights, k.Log, k.Triage, k.Agenda, k.Filter, k.MoveBoth, k.Flagged, k.Jump, k.Buy, k.Pick, k.Edit, k.Compact, k.Search, k.Undo, k.Mark, k.Copy, k.Mail, k.Archived, k.Help, k.Quit}
}

func (k boardKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		append(append([]key.Binding{k.Left, k.Right}, k.all()...), k.Copy, k.Mail, k.Mark, k.Marked, k.ClearMarks),
		{k.MoveLeft, k.MoveRight, k.Pick, k.Open, k.Log, k.Buy, k.New, k.Edit, k.Draft, k.Mine, k.Agenda, k.Archived, k.Restore},
		{k.Filter, k.Search, k.Flagged, k.NextMatch, k.PreviousMatch, k.Sort, k.Compact, k.Triage, k.Insights, k.Undo, k.Help, k.Quit},
	}
}

func (s *boardScreen) changeKeys() []key.Binding {
	k := s.keys
	return []key.Binding{k.Log, k.Buy, k.Edit, k.New, k.Pick, k.MoveLeft, k.MoveRight, k.Restore, k.Undo}
}

func (s *boardScreen) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k, b := s.keys, &m.board
	if cmd, done := s.archivedKey(m, msg); done {
		return cmd
	}
	if d, ok := k.step(msg, b.layout().cardsPerColumn, b.cols[b.focus].total.Count); ok {
		b.moveCursor(d)
		return m.loadMissing()
	}
	if open := s.cardAction(m, msg); open != nil {
		if c, ok := b.selected(); ok {
			if cmd := open(c); cmd != nil {
				return cmd
			}
		}
		return m.loadMissing()
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.MoveLeft):
		return m.moveSelectedBy(-1)
	case key.Matches(msg, k.MoveRight):
		return m.moveSelectedBy(1)
	case key.Matches(msg, k.Left):
		b.focusColumn(b.focus - 1)
	case key.Matches(msg, k.Right):
		b.focusColumn(b.focus + 1)
	case key.Matches(msg, k.New):
		return m.openCustomerForm(lifecycle.Customer{})
	case key.Matches(msg, k.Undo):
		return m.undoLast()
	case key.Matches(msg, k.Help):
		m.openHelp()
	default:
		if cmd, done := s.otherKey(m, msg); done {
			return cmd
		}
	}
	return m.loadMissing()
}

// otherKey handles the keys of the marks, then those of the view.
func (s *boardScreen) otherKey(m *Model, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if cmd, done := s.markKey(m, msg); done {
		return cmd, true
	}
	return s.viewKey(m, msg)
}

// markKey handles the keys of the marks: space marks the selected card,
// . acts on the marked, esc clears them (before it clears a filter);
// false for a key that is none of them.
func (s *boardScreen) markKey(m *Model, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Mark):
		m.toggleMark()
		return nil, true
	case key.Matches(msg, k.Marked):
		return m.openMarked(pickMarkedAction), true
	case key.Matches(msg, k.ClearMarks) && len(m.marks) > 0:
		m.marks = nil
		return nil, true
	}
	return nil, false
}

// cardAction is what a key opens for the selected card; nil for a key
// that opens nothing.
func (s *boardScreen) cardAction(m *Model, msg tea.KeyPressMsg) func(lifecycle.Customer) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Pick) && len(m.marks) > 0:
		return func(lifecycle.Customer) tea.Cmd { return m.openMarked(pickMarkedPhase) }
	case key.Matches(msg, k.Pick):
		return m.openPicker
	case key.Matches(msg, k.Open):
		return m.openCustomer
	case key.Matches(msg, k.Log):
		return m.openContactForm
	case key.Matches(msg, k.Buy):
		return m.openPurchaseForm
	case key.Matches(msg, k.Edit):
		return m.openCustomerForm
	case key.Matches(msg, k.Draft):
		return m.openDraft
	case key.Matches(msg, k.Copy), key.Matches(msg, k.Mail):
		return func(c lifecycle.Customer) tea.Cmd {
			cmd, _ := m.reach(k.reachKeys, msg, c.ID)
			return cmd
		}
	}
	return nil
}

// viewKey handles the keys that change what the board shows or open
// another view of the book; false for a key that is none of them.
func (s *boardScreen) viewKey(m *Model, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Filter):
		m.push(filterLine{})
		return m.filter.focus(), true
	case key.Matches(msg, k.Search):
		return m.openSearch(), true
	case key.Matches(msg, k.Triage):
		return m.openTriage(), true
	case key.Matches(msg, k.Insights):
		return m.openInsights(), true
	case key.Matches(msg, k.Agenda):
		return m.openAgenda(), true
	case key.Matches(msg, k.Sort):
		m.push(newSortPicker(m.filter.order))
		return nil, true
	case key.Matches(msg, k.Flagged):
		m.filter.flagged = !m.filter.flagged
		return m.refresh(m.selectedID()), true
	case key.Matches(msg, k.Mine):
		m.filter.toggleMine(m.me)
		return m.refresh(m.selectedID()), true
	case key.Matches(msg, k.NextMatch):
		return m.jump(1), true
	case key.Matches(msg, k.PreviousMatch):
		return m.jump(-1), true
	case key.Matches(msg, k.Compact):
		return m.toggleCompact(), true
	case msg.String() == "esc" && m.filter.active():
		m.filter.clear()
		return m.refresh(m.selectedID()), true
	}
	return nil, false
}
