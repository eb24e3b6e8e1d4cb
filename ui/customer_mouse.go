package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// The mouse on the customer screen: the wheel scrolls the timeline, a
// click selects an event and a second click on it opens it, and a click
// on the flags folds or unfolds their reasons.

// doubleClick is how soon a second click on the same event opens it.
const doubleClick = 500 * time.Millisecond

// lastClick is the event clicked last and when, to tell a double click.
type lastClick struct {
	key string
	at  time.Time
}

// customerMouse handles the mouse over the customer screen on top.
func (m *Model) customerMouse(s *customerScreen, msg tea.MouseMsg) tea.Cmd {
	row := msg.Mouse().Y - bodyTop
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			s.scrollView(-1)
		case tea.MouseWheelDown:
			s.scrollView(1)
		}
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft {
			s.click(m, row, time.Now())
		}
	}
	return nil
}

// click acts on a click at a row of the screen, at a time.
func (s *customerScreen) click(m *Model, row int, now time.Time) {
	if !s.loaded {
		return
	}
	if row >= 1 && row < 1+len(s.flagBlock(&plainStyles)) {
		s.toggleReasons()
		return
	}
	i := s.scroll + row - s.timelineTop()
	if row < s.timelineTop() || i >= min(len(s.events), s.scroll+s.timelineHeight()) {
		return
	}
	s.cursor = i
	key := s.events[i].key
	if s.clicked.key == key && now.Sub(s.clicked.at) < doubleClick {
		s.clicked = lastClick{}
		s.openEntry(m)
		return
	}
	s.clicked = lastClick{key: key, at: now}
}
