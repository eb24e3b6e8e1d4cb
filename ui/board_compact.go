package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// compactChoice is the user's choice of the compact board: one-line cards
// in narrower columns, so that every phase fits a narrow terminal.
type compactChoice int8

const (
	compactByWidth compactChoice = iota // no choice made: compact when narrow
	compactOn
	compactOff
)

// setCompact takes the user's choice of the compact board; the board is
// laid out by it at the next layOutBoard.
func (sh *shared) setCompact(c compactChoice) { sh.compact = c }

// layOutBoard lays the board out for the window and the compact choice.
func (m *Model) layOutBoard() {
	m.board.setSize(m.width, m.bodyHeight(), m.compact)
}

// toggleCompact turns the compact board on or off, as z does; the choice
// holds whatever the width from then on.
func (m *Model) toggleCompact() tea.Cmd {
	choice, setting, said := compactOn, data.CompactOn, words.T("board.compact.on")
	if m.board.compact {
		choice, setting, said = compactOff, data.CompactOff, words.T("board.compact.off")
	}
	m.setCompact(choice)
	m.layOutBoard()
	return tea.Batch(m.status.set(said, false), m.loadMissing(), m.keepPref(data.PrefBoardCompact, setting))
}

// compactHeader is a compact column's first two lines: the label (fitted);
// the counts, and where they fit beside them whole, the value.
func (b *board) compactHeader(ci, w int, label string, s *Styles) (string, string) {
	c := &b.cols[ci]
	labelStyle := s.Column
	if ci == b.focus {
		labelStyle = s.ColumnFocused
	}
	left, whole := b.compactCounts(ci, w-1, s) // spread keeps a cell between the two
	value := s.Muted.Render(compactMoney(c.total.Value))
	if !whole || c.total.Count == 0 || lipgloss.Width(left)+1+lipgloss.Width(value) > w {
		value = ""
	}
	return pad(labelStyle.Render(label), w), spread(left, value, w)
}

// compactCounts says a compact column's count (or the place of the
// selection in a long focused column) and its flagged, whole where they fit
// w, else in thousands (12k), else the count alone; whole says neither was
// needed.
func (b *board) compactCounts(ci, w int, s *Styles) (said string, whole bool) {
	c := &b.cols[ci]
	counts := func(round bool) (string, string) {
		count, flagged := stripCount(c.total.Count, round), ""
		if ci == b.focus && c.total.Count > b.layout().cardsPerColumn {
			count = words.Number(c.cursor+1) + "/" + count
		}
		if c.total.Flagged > 0 {
			flagged = " " + flaggedSymbol + stripCount(c.total.Flagged, round)
		}
		return count, flagged
	}
	count, flagged := counts(false)
	whole = text.Width(count+flagged) <= w
	if !whole {
		count, flagged = counts(true)
	}
	if text.Width(count+flagged) > w {
		flagged = ""
	}
	return s.Muted.Render(count) + s.Warn.Render(flagged), whole
}

// drawCompactCard draws a card on one line: the name, the value where the
// whole name fits beside it, then the flag badges and promoter mark at the
// right edge, where they line up down the column.
func drawCompactCard(cust lifecycle.Customer, w int, selected bool, v boardView) []string {
	s := v.styles
	bar, bg := cardBar(selected, v)
	bar = v.markBar(cust, bar, bg)
	marks := flagBadges(s, cust.Flags, bg)
	if cust.Promoter {
		marks += s.Promoter.Inherit(bg).Render("★")
	}
	if marks != "" {
		marks = bg.Render(" ") + marks
	}
	room := w - 1 - lipgloss.Width(marks)
	value := " " + compactMoney(cust.Value)
	if text.Width(text.Clean(cust.Name))+lipgloss.Width(value) > room {
		value = ""
	}
	nameStyle, metaStyle := cardStyles(s, cust, bg)
	name := highlight(text.Fit(cust.Name, room-lipgloss.Width(value)), v.search, nameStyle, s.Match.Inherit(bg))
	gap := bg.Render(strings.Repeat(" ", max(room-lipgloss.Width(name)-lipgloss.Width(value), 0)))
	return []string{bar + name + gap + metaStyle.Render(value) + marks}
}
