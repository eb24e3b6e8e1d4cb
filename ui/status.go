package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// statusTTL is how long a message after an action stays; errors stay until
// the next action.
const statusTTL = 6 * time.Second

// status is the transient message of the status line.
type status struct {
	text  string
	isErr bool
	id    int
}

// set shows a message; the command it returns clears an ordinary one later.
func (s *status) set(text string, isErr bool) tea.Cmd {
	s.id++
	s.text, s.isErr = text, isErr
	if isErr {
		return nil
	}
	id := s.id
	return tea.Tick(statusTTL, func(time.Time) tea.Msg { return statusExpiredMsg{id: id} })
}

// expire clears the message if it is still the one the timer was set for.
func (s *status) expire(id int) {
	if id == s.id {
		s.text, s.isErr = "", false
	}
}

// clear drops an ordinary message, which would hide what the status line
// says without one; an error stays.
func (s *status) clear() {
	if !s.isErr {
		s.text = ""
	}
}

// clearError drops an error once the user acts again.
func (s *status) clearError() {
	if s.isErr {
		s.text, s.isErr = "", false
	}
}
