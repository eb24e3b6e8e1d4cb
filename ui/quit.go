package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/ui/words"
)

// Changes go to the book off the loop, so the user may press q before the
// last one is stored. Quitting then would end the process in the middle of
// the write and drop a change the user made, so the board counts the
// writes on their way and quits once the last has come back.

// writing counts the writes sent to the book whose answer has not come
// back. The model is copied on every message, so the count is shared: a
// write counted on a copy is counted on the model the loop keeps.
type writing struct{ n int }

// answeredMsg carries a write's answer, so that the count drops only when
// the answer is in the loop.
type answeredMsg struct{ answer tea.Msg }

// write counts a command that writes to the book until its answer is in.
func (sh *shared) write(cmd tea.Cmd) tea.Cmd {
	sh.writing.n++
	return func() tea.Msg { return answeredMsg{cmd()} }
}

// quit ends the program, or, with writes on their way, says so and ends it
// once they are stored.
func (m *Model) quit() tea.Cmd {
	if m.writing.n == 0 {
		return tea.Quit
	}
	m.quitting = true
	m.status.set(savingText(m.writing.n), false) // stays until the quit
	return nil
}

func savingText(n int) string {
	return words.N("board.status.saving", n)
}

// answered applies a write's answer, then quits if the user asked to and
// nothing is left on its way. A failed write keeps the board open, so that
// the user reads what was not stored.
func (m Model) answered(msg answeredMsg) (tea.Model, tea.Cmd) {
	m.writing.n--
	m.changes++
	next, cmd := m.Update(msg.answer)
	m = next.(Model)
	if !m.quitting {
		return m, cmd
	}
	switch msg.answer.(type) {
	case errMsg, conflictMsg, emailTakenMsg:
		m.quitting = false
		return m, cmd
	}
	if m.writing.n > 0 {
		m.status.set(savingText(m.writing.n), false)
		return m, cmd
	}
	return m, tea.Quit
}
