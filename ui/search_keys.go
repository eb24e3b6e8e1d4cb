package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/ui/words"
)

// searchKeys are the keys of the search screen. Letters, digits and the
// keys that edit a line go to the query, so the hits are walked with the
// arrows, ctrl+p and ctrl+n, as in the / filter; ? is never part of a
// search (only letters and digits are), so it shows the help.
type searchKeys struct {
	listKeys
	Move, Open, Back, Help key.Binding
}

func newSearchKeys() searchKeys {
	return searchKeys{
		listKeys: listKeys{
			Up:       bind([]string{"up", "ctrl+p"}, words.T("keys.search.up"), words.T("keys.list.up")),
			Down:     bind([]string{"down", "ctrl+n"}, words.T("keys.search.down"), words.T("keys.list.down")),
			Top:      bind([]string{"home"}, words.T("keys.search.home"), words.T("keys.list.top")),
			Bottom:   bind([]string{"end"}, words.T("keys.search.end"), words.T("keys.list.bottom")),
			PageUp:   bind([]string{"pgup"}, words.T("keys.name.pgup"), words.T("keys.list.page-up")),
			PageDown: bind([]string{"pgdown"}, words.T("keys.name.pgdn"), words.T("keys.list.page-down")),
		},
		Move: bind([]string{"up", "down"}, "↑/↓", words.T("keys.search.move")),
		Open: bind([]string{"enter"}, words.T("keys.name.enter"), words.T("keys.common.open")),
		Back: bind([]string{"esc"}, words.T("keys.name.esc"), words.T("keys.common.board")),
		Help: helpKey(),
	}
}

func (k searchKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Move, k.PageDown, k.Back, k.Help}
}

func (k searchKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.all(), {k.Open, k.Back, k.Help}}
}

func (s *searchScreen) keyMap() help.KeyMap { return s.keys }

func (s *searchScreen) helpLine(sh *shared) string { return sh.shortHelp(s.keys) }

func (s *searchScreen) body(m *Model) string { return s.view(&m.styles) }

// key moves through the hits, opens one or closes the screen; any other
// key edits the query, and a changed query is searched.
func (s *searchScreen) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	if d, ok := k.step(msg, s.listHeight(), len(s.hits)); ok {
		s.moveBy(d)
		return nil
	}
	switch {
	case key.Matches(msg, k.Back):
		s.cancel()
		m.pop()
		return nil
	case key.Matches(msg, k.Help):
		m.openHelp()
		return nil
	case key.Matches(msg, k.Open):
		if h, ok := s.selected(); ok {
			return m.openHit(h)
		}
		return nil
	}
	return s.edit(m, msg)
}

// edit hands a key or a paste to the query and searches it if it changed.
func (s *searchScreen) edit(m *Model, msg tea.Msg) tea.Cmd {
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if s.input.Value() == before {
		return cmd
	}
	return tea.Batch(cmd, s.ask(m.ctx, m.book))
}

// pasted types what was pasted into the search screen's query, when it is
// on top.
func (m *Model) pasted(msg tea.PasteMsg) tea.Cmd {
	if s, ok := m.top().(*searchScreen); ok {
		return s.edit(m, msg)
	}
	return nil
}

// cancel stops the search under way, whose answer nobody waits for.
func (s *searchScreen) cancel() {
	if s.stop != nil {
		s.stop()
		s.stop = nil
	}
}
