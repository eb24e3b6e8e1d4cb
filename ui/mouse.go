package ui

import (
	"image"

	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
)

// drag is a card being dragged with the mouse. It starts pending on a press
// and becomes active once the pointer moves.
type drag struct {
	card    lifecycle.Customer
	from    int         // the column it started in
	at      image.Point // the pointer, in screen cells
	pending bool
	moved   bool
}

func (d drag) active() bool { return d.pending && d.moved }

// bodyTop is the screen row where the board starts (below the title line).
const bodyTop = 1

// handleMouse presses the key of the footer clicked, on every screen, and
// hands the rest to the screen on top: the board selects, drags and
// scrolls cards, the re-engagement list selects and opens customers, the
// help scrolls.
func (m *Model) handleMouse(msg tea.MouseMsg) tea.Cmd {
	if c, ok := msg.(tea.MouseClickMsg); ok && c.Button == tea.MouseLeft && c.Y == m.height-1 {
		return m.pressFooter(c.X)
	}
	if m.onBoard() {
		return m.boardMouse(msg)
	}
	if _, ok := msg.(tea.MouseReleaseMsg); ok {
		m.drag = drag{} // let go over a screen that opened meanwhile
	}
	switch {
	case onTop[*triageList](m):
		return m.triageMouse(msg)
	case onTop[*agendaList](m):
		return m.agendaMouse(msg)
	case onTop[*searchScreen](m):
		return m.searchMouse(m.top().(*searchScreen), msg)
	case onTop[helpBox](m):
		return m.helpMouse(msg)
	case onTop[*insightsView](m):
		return m.insightsMouse(msg)
	case onTop[*customerScreen](m):
		return m.customerMouse(m.top().(*customerScreen), msg)
	}
	return nil
}

// boardMouse selects, drags and scrolls cards on the board.
func (m *Model) boardMouse(msg tea.MouseMsg) tea.Cmd {
	mouse := msg.Mouse()
	at := image.Pt(mouse.X, mouse.Y)
	p := at.Sub(image.Pt(0, bodyTop))
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft {
			return m.click(at, p)
		}
	case tea.MouseMotionMsg:
		if m.drag.pending && at != m.drag.at {
			m.drag.at, m.drag.moved = at, true
		}
	case tea.MouseReleaseMsg:
		return m.drop(p)
	case tea.MouseWheelMsg:
		return m.wheel(msg, p)
	}
	return nil
}

// click selects the card at p, body cell, and picks it up for a drag
// from at, screen cell.
func (m *Model) click(at, p image.Point) tea.Cmd {
	m.status.actedOn()
	if p.Y >= 0 && p.Y < stripLines {
		return m.clickStrip(p.X)
	}
	ci, i, onCard := m.board.cardAt(p)
	if ci < 0 {
		return nil
	}
	m.board.focusColumn(ci)
	if onCard {
		m.board.setCursor(ci, i)
		// An archived card stays where it is until it is restored.
		if c, ok := m.board.selected(); ok && !c.Archived() {
			m.drag = drag{card: c, from: ci, at: at, pending: true}
		}
	}
	return m.loadMissing()
}

// clickStrip goes to the phase clicked in the strip, scrolling the board
// to its column.
func (m *Model) clickStrip(x int) tea.Cmd {
	ci := m.board.stripAt(x)
	if ci < 0 {
		return nil
	}
	m.board.focusColumn(ci)
	return m.loadMissing()
}

// drop ends a drag: a card let go over another column moves there. A
// marked card takes every marked card with it, as a file manager drags a
// selection; an unmarked one goes alone, the marks staying.
func (m *Model) drop(p image.Point) tea.Cmd {
	d := m.drag
	m.drag = drag{}
	if !d.active() {
		return nil
	}
	if target := m.board.columnAt(p); target >= 0 && target != d.from {
		if _, marked := m.marks[d.card.ID]; marked {
			return m.moveMarked(m.board.cols[target].phase.Key)
		}
		return m.moveTo(d.card, m.board.cols[target].phase.Key)
	}
	return nil
}

// wheel scrolls the column under the pointer.
func (m *Model) wheel(msg tea.MouseWheelMsg, p image.Point) tea.Cmd {
	ci := m.board.columnAt(p)
	if ci < 0 {
		return nil
	}
	switch msg.Button {
	case tea.MouseWheelUp:
		m.board.scroll(ci, -1)
	case tea.MouseWheelDown:
		m.board.scroll(ci, 1)
	}
	return m.loadMissing()
}

// dropColumn is the column a dragged card would land in, or -1.
func (m *Model) dropColumn() int {
	if !m.drag.active() {
		return -1
	}
	ci := m.board.columnAt(m.drag.at.Sub(image.Pt(0, bodyTop)))
	if ci == m.drag.from {
		return -1
	}
	return ci
}
