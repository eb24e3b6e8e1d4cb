package ui

// The timeline's selection: j/k and the other list keys move it, the
// timeline scrolls to keep it in view, and enter opens the event it is on.

// moveCursor moves the selection by delta events, within the timeline,
// and scrolls as little as keeps it on screen.
func (s *customerScreen) moveCursor(delta int) {
	s.cursor = min(max(s.cursor+delta, 0), max(len(s.events)-1, 0))
	h := s.timelineHeight()
	if s.cursor < s.scroll {
		s.scroll = s.cursor
	}
	if s.cursor >= s.scroll+h {
		s.scroll = s.cursor - h + 1
	}
	s.clampScroll()
}

// selectedEvent is the event the selection is on.
func (s *customerScreen) selectedEvent() (timelineEvent, bool) {
	if s.cursor < 0 || s.cursor >= len(s.events) {
		return timelineEvent{}, false
	}
	return s.events[s.cursor], true
}

// selectedKey names the selected event, or is empty.
func (s *customerScreen) selectedKey() string {
	e, _ := s.selectedEvent()
	return e.key
}

// selectWhenRead selects the event key names once the timeline is read
// again, and brings it into view.
func (s *customerScreen) selectWhenRead(key string) {
	if key != "" {
		s.want = key
	}
}

// scrollView moves the timeline by delta lines, as the wheel does, and
// the selection with it where it would leave the screen.
func (s *customerScreen) scrollView(delta int) {
	s.scroll += delta
	s.clampScroll()
	s.cursor = min(max(s.cursor, s.scroll), s.scroll+s.timelineHeight()-1, max(len(s.events)-1, 0))
}
