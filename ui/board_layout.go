package ui

import "image"

// Card and column geometry, in terminal cells.
const (
	minColumnWidth = 26
	// minCompactWidth is the narrowest compact column, separator included:
	// seven phases fit in 80 columns.
	minCompactWidth  = 10
	headerLines      = 3 // label and count, value, rule
	cardLines        = 3 // two lines of text and a gap
	compactCardLines = 1 // the name, badges and value on one line
	stripLines       = 1 // the phase strip above the columns
)

// boardLayout is where things are on the board; the view draws by it and
// the mouse is hit-tested against it.
type boardLayout struct {
	columns        int // columns on screen
	columnWidth    int
	cardsPerColumn int
	cardLines      int // lines a card takes
}

func (b *board) layout() boardLayout {
	least, lines := minColumnWidth, cardLines
	if b.compact {
		least, lines = minCompactWidth, compactCardLines
	}
	n := max(min(b.width/least, len(b.cols)), 1)
	return boardLayout{
		columns:        n,
		columnWidth:    max(b.width/n, 1),
		cardsPerColumn: max((b.columnsHeight()-headerLines)/lines, 1),
		cardLines:      lines,
	}
}

// columnsHeight is the height of the columns, under the strip.
func (b *board) columnsHeight() int { return max(b.height-stripLines, 1) }

// columnAt returns the column under a point of the board, or -1.
func (b *board) columnAt(p image.Point) int {
	l := b.layout()
	if p.X < 0 || p.Y < stripLines || p.X >= b.width || p.Y >= b.height {
		return -1
	}
	i := b.left + min(p.X/l.columnWidth, l.columns-1)
	if i >= len(b.cols) {
		return -1
	}
	return i
}

// cardAt returns the column and card index under a point, or ok false when
// the point is not on a card.
func (b *board) cardAt(p image.Point) (ci, i int, ok bool) {
	ci = b.columnAt(p)
	if ci < 0 || p.Y < stripLines+headerLines {
		return ci, 0, false
	}
	c := &b.cols[ci]
	l := b.layout()
	i = c.top + (p.Y-stripLines-headerLines)/l.cardLines
	return ci, i, i < c.total.Count && i < c.top+l.cardsPerColumn
}
