package ui

import tea "charm.land/bubbletea/v2"

// listPlace is where a list of one line or more an item stands: the
// selected item and the first on screen. The re-engagement list and the
// search screen keep theirs so, and say how many items they hold and how
// many fit on screen.
type listPlace struct {
	cursor int
	top    int // the first item on screen
}

// step moves the selection by delta within n items, keeping it among
// the height items on screen.
func (p *listPlace) step(delta, n, height int) {
	p.cursor = max(min(p.cursor+delta, n-1), 0)
	p.follow(height)
}

// scrollBy moves the list by delta items under a still selection, which
// follows only to stay on screen, as the wheel scrolls the board.
func (p *listPlace) scrollBy(delta, n, height int) {
	p.top = max(min(p.top+delta, n-height), 0)
	p.cursor = max(min(p.cursor, p.top+height-1, n-1), p.top, 0)
}

// follow scrolls as little as brings the selection on screen.
func (p *listPlace) follow(height int) {
	p.top = max(min(p.top, p.cursor), p.cursor-height+1, 0)
}

// wheelStep is how far a turn of the wheel scrolls a list: a line up or
// down, or none for a sideways turn.
func wheelStep(msg tea.MouseWheelMsg) int {
	switch msg.Button {
	case tea.MouseWheelUp:
		return -1
	case tea.MouseWheelDown:
		return 1
	}
	return 0
}
