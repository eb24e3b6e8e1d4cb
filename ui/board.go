package ui

import (
	"tend/data"
	"tend/lifecycle"
)

// column is one phase of the board. It holds only a window of its cards
// (from index from on), loaded around what is on screen, so that a column of
// 30,000 customers costs no more than one of 30.
type column struct {
	phase  lifecycle.Phase
	total  data.PhaseTotal
	cursor int // the selected card's index in the column's order
	top    int // the index of the first card on screen
	from   int // the index of cards[0]
	cards  []lifecycle.Customer
}

// card returns the card at index i if it is loaded.
func (c *column) card(i int) (lifecycle.Customer, bool) {
	if i < c.from || i >= c.from+len(c.cards) {
		return lifecycle.Customer{}, false
	}
	return c.cards[i-c.from], true
}

// covers reports whether the cards from index top on, n of them, are
// loaded (or do not exist).
func (c *column) covers(top, n int) bool {
	end := min(top+n, c.total.Count)
	return top >= c.from && end <= c.from+len(c.cards)
}

// board is the kanban view: a column per visible phase, one focused, with
// as many columns on screen as the width allows.
type board struct {
	cols   []column
	focus  int // the focused column
	left   int // the first column on screen
	width  int
	height int
	// compact draws one-line cards in narrower columns; see layOut.
	compact bool
}

func newBoard(lc lifecycle.Lifecycle) board {
	var b board
	for _, p := range lc.Visible() {
		b.cols = append(b.cols, column{phase: p})
	}
	return b
}

// selected returns the focused card, if there is one and it is loaded.
func (b *board) selected() (lifecycle.Customer, bool) {
	if len(b.cols) == 0 {
		return lifecycle.Customer{}, false
	}
	c := &b.cols[b.focus]
	return c.card(c.cursor)
}

// columnIndex returns the index of a phase's column, or -1.
func (b *board) columnIndex(phase string) int {
	for i, c := range b.cols {
		if c.phase.Key == phase {
			return i
		}
	}
	return -1
}

// setSize lays the board out for a new size and the user's choice of
// compact board, keeping the focus on screen. Without a choice, the board
// is compact when the terminal is too narrow for every column at full
// width.
func (b *board) setSize(w, h int, choice compactChoice) {
	b.width, b.height = w, h
	b.compact = choice == compactOn || choice == compactByWidth && w < len(b.cols)*minColumnWidth
	b.clamp()
}

// focusColumn moves the focus to column i.
func (b *board) focusColumn(i int) {
	if len(b.cols) == 0 {
		return
	}
	b.focus = min(max(i, 0), len(b.cols)-1)
	b.clamp()
}

// moveCursor moves the selection within the focused column by delta cards.
func (b *board) moveCursor(delta int) {
	if len(b.cols) == 0 {
		return
	}
	b.setCursor(b.focus, b.cols[b.focus].cursor+delta)
}

// setCursor selects card i of column ci, scrolling it into view.
func (b *board) setCursor(ci, i int) {
	c := &b.cols[ci]
	c.cursor = min(max(i, 0), max(c.total.Count-1, 0))
	b.clamp()
}

// scroll moves a column's view by delta cards, as the mouse wheel does,
// taking the selection along when it would leave the screen.
func (b *board) scroll(ci, delta int) {
	c := &b.cols[ci]
	n := b.layout().cardsPerColumn
	c.top = min(max(c.top+delta, 0), max(c.total.Count-n, 0))
	c.cursor = min(max(c.cursor, c.top), max(c.top+n-1, 0))
	b.clamp()
}

// clamp keeps every index in range: the focused column on screen, each
// cursor within its column and on screen.
func (b *board) clamp() {
	if len(b.cols) == 0 {
		return
	}
	b.focus = min(max(b.focus, 0), len(b.cols)-1)
	l := b.layout()
	if b.focus < b.left {
		b.left = b.focus
	}
	if b.focus >= b.left+l.columns {
		b.left = b.focus - l.columns + 1
	}
	b.left = min(max(b.left, 0), max(len(b.cols)-l.columns, 0))
	for i := range b.cols {
		c := &b.cols[i]
		c.cursor = min(max(c.cursor, 0), max(c.total.Count-1, 0))
		if c.cursor < c.top {
			c.top = c.cursor
		}
		if c.cursor >= c.top+l.cardsPerColumn {
			c.top = c.cursor - l.cardsPerColumn + 1
		}
		c.top = min(max(c.top, 0), max(c.total.Count-l.cardsPerColumn, 0))
	}
}

// pageSize is how many cards a column loads at once: a few screens, so
// that scrolling rarely waits.
func (b *board) pageSize() int { return max(3*b.layout().cardsPerColumn, 30) }

// windowFor returns where a column's window should start so that it covers
// the screen with room on both sides.
func (b *board) windowFor(ci int) int {
	c := &b.cols[ci]
	return max(c.top-b.layout().cardsPerColumn, 0)
}

// missing lists the columns on screen whose cards on screen are not loaded.
func (b *board) missing() []int {
	var out []int
	l := b.layout()
	for i := b.left; i < min(b.left+l.columns, len(b.cols)); i++ {
		if !b.cols[i].covers(b.cols[i].top, l.cardsPerColumn) {
			out = append(out, i)
		}
	}
	return out
}
