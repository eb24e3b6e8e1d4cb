package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// boardScreen is the board as the bottom of the stack. What it shows is
// the root model's board, filter and drag, which outlive every screen
// opened over it, and which the mouse and the book's answers reach too.
type boardScreen struct{ keys boardKeys }

func (s *boardScreen) keyMap() help.KeyMap { return s.keys }

func (s *boardScreen) body(m *Model) string {
	return m.board.view(boardView{styles: &m.styles, now: m.now(), search: m.filter.input.Value(),
		drop: m.dropColumn(), empty: m.emptyText(), cache: m.cards, dark: m.dark, currency: m.facts.currency, marks: m.marks})
}

// helpLine is the board's short help; on an empty book, only the keys
// that lead out of it.
func (s *boardScreen) helpLine(sh *shared) string {
	if sh.count == 0 {
		k := s.keys
		return sh.footerOf([]key.Binding{k.New, k.Help, k.Quit})
	}
	return sh.shortHelp(s.keys)
}
