package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/ui/text"
)

// statusTTL is how long a message after an action stays; errors stay until
// the next action.
const statusTTL = 6 * time.Second

// status is the transient message of the status line.
type status struct {
	text  string
	isErr bool
	held  bool // stays until the user acts, as an error does
	id    int
}

// set shows a message; the command it returns clears an ordinary one later.
func (s *status) set(text string, isErr bool) tea.Cmd {
	s.id++
	s.text, s.isErr, s.held = text, isErr, false
	if isErr {
		return nil
	}
	id := s.id
	return tea.Tick(statusTTL, func(time.Time) tea.Msg { return statusExpiredMsg{id: id} })
}

// hold shows a message the user must not miss, such as the book replaced
// under them: it stays until they act.
func (s *status) hold(text string) {
	s.id++
	s.text, s.isErr, s.held = text, false, true
}

// expire clears the message if it is still the one the timer was set for.
func (s *status) expire(id int) {
	if id == s.id && !s.held {
		s.text, s.isErr = "", false
	}
}

// actedOn drops an error or a held message once the user acts again.
func (s *status) actedOn() {
	if s.isErr || s.held {
		s.text, s.isErr, s.held = "", false, false
	}
}

// clear drops an ordinary message, which would hide what the status line
// says without one; an error stays.
func (s *status) clear() {
	if !s.isErr {
		s.text, s.held = "", false
	}
}

// statusRoom is how wide the message may be on a status line of width
// cells that shows the book, book cells wide, on its right. A message
// that does not fit beside the book takes the whole line, the book giving
// way; withBook says whether it stays.
func statusRoom(said string, book, width int) (room int, withBook bool) {
	if beside := width - book - 2; text.Width(text.Clean(said)) <= beside {
		return beside, true
	}
	return max(width-1, 1), false
}
