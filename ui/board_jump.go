package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/ui/words"
)

// ] and [ go to the next and the previous match of the filter, in any
// column, wrapping at the ends; without a filter, to the next and previous
// flagged card. Both need only the column totals: under a filter every card
// of a column is a match, and a column puts its flagged cards first.

// jumpStop is a card that ] and [ stop at: its column, its index, and its
// place among all of them (from 1).
type jumpStop struct {
	ci, i   int
	n       int
	wrapped bool // the jump went past the last (or first) and came round
}

// stops is how many cards of column ci ] and [ stop at, from its top.
func (b *board) stops(ci int, flaggedOnly bool) int {
	if flaggedOnly {
		return b.cols[ci].total.Flagged
	}
	return b.cols[ci].total.Count
}

// nextStop finds the stop after (dir 1) or before (dir -1) the selection,
// and how many stops there are; false when there are none.
func (b *board) nextStop(dir int, flaggedOnly bool) (jumpStop, int, bool) {
	total := 0
	for ci := range b.cols {
		total += b.stops(ci, flaggedOnly)
	}
	if total == 0 {
		return jumpStop{}, 0, false
	}
	fc, cur := b.focus, b.cols[b.focus].cursor
	n := b.stops(fc, flaggedOnly)
	switch {
	case dir > 0 && cur+1 < n:
		return b.stopAt(fc, cur+1, flaggedOnly, false), total, true
	case dir < 0 && cur > 0 && n > 0:
		return b.stopAt(fc, min(cur-1, n-1), flaggedOnly, false), total, true
	}
	for step := 1; step <= len(b.cols); step++ {
		ci := (fc + dir*step + 2*len(b.cols)) % len(b.cols)
		wrapped := dir > 0 && ci <= fc || dir < 0 && ci >= fc
		if n := b.stops(ci, flaggedOnly); n > 0 {
			i := 0
			if dir < 0 {
				i = n - 1
			}
			return b.stopAt(ci, i, flaggedOnly, wrapped), total, true
		}
	}
	return jumpStop{}, 0, false // not reached: total > 0
}

// stopAt is card i of column ci as a stop, counted among all.
func (b *board) stopAt(ci, i int, flaggedOnly, wrapped bool) jumpStop {
	n := i + 1
	for c := range ci {
		n += b.stops(c, flaggedOnly)
	}
	return jumpStop{ci: ci, i: i, n: n, wrapped: wrapped}
}

// jump selects the next (dir 1) or previous (dir -1) match or flagged card,
// scrolling the board to it, and says which of how many it is.
func (m *Model) jump(dir int) tea.Cmd {
	if m.reading {
		m.jumpAfterRead = dir
		return nil
	}
	b := &m.board
	filtered := m.filter.active()
	stop, total, ok := b.nextStop(dir, !filtered)
	if !ok {
		said := words.T("board.jump.nothing-flagged")
		if filtered {
			said = words.T("board.jump.no-matches")
		}
		return m.status.set(said, false)
	}
	b.focusColumn(stop.ci)
	b.setCursor(stop.ci, stop.i)
	v := words.V{"N": words.Number(stop.n)}
	var said string
	switch {
	case filtered && stop.wrapped:
		said = words.N("board.jump.match-wrapped", total, v)
	case filtered:
		said = words.N("board.jump.match", total, v)
	case stop.wrapped:
		said = words.N("board.jump.flagged-wrapped", total, v)
	default:
		said = words.N("board.jump.flagged", total, v)
	}
	return tea.Batch(m.status.set(said, false), m.loadMissing())
}
