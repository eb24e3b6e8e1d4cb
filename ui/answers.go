package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/ui/text"
	"tend/ui/words"
)

// bookAnswered applies the answer of a write, or a read that failed.
func (m *Model) bookAnswered(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case writtenMsg:
		m.pushUndo(msg.step)
		cmd := m.status.set(msg.status, false)
		if _, onCustomer := m.top().(*customerScreen); msg.offer != nil && (m.onBoard() || onCustomer) {
			m.push(confirmMove{msg.offer})
		}
		// Only an undo writes while the re-engagement list shows: the
		// customer it put back loses its mark, and the list is read again
		// with it selected.
		m.triage.unmark(msg.unmark)
		if s, ok := find[*customerScreen](m); ok {
			s.selectWhenRead(msg.entry)
		}
		return tea.Batch(cmd, m.refresh(msg.selectID), m.reloadCustomer(), m.reloadTriageAt(msg.selectID), m.searchAgain(), m.reloadAgenda())
	case conflictMsg:
		m.push(&conflict{mine: msg.mine, err: msg.err})
	case emailTakenMsg:
		return m.reopenCustomerForm(msg)
	case errMsg:
		m.status.set(errorText(msg.err), true)
		return tea.Batch(m.refresh(m.selectedID()), m.reloadCustomer())
	case readFailedMsg:
		if msg.gen != 0 && msg.gen != m.gen {
			return nil
		}
		m.status.set(errorText(msg.err), true)
		m.loading = map[int]bool{}
		m.reading, m.jumpAfterRead = false, 0
	}
	return nil
}

// bookNews applies what the clock, the watcher and the work in the
// background say about the book.
func (m *Model) bookNews(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case watchStartedMsg:
		if msg.err != nil {
			// The board goes on without hearing of other processes' writes.
			return m.status.set(errorText(msg.err), true)
		}
		m.watcher = msg.watcher
		return watchTick(m.ctx, m.watcher)
	case watchTickMsg:
		cmds := []tea.Cmd{checkBookCmd(m.ctx, m.watcher), watchTick(m.ctx, m.watcher)}
		if m.scoredOn != 0 && dayOf(m.now()) != m.scoredOn {
			m.scoredOn = dayOf(m.now()) // asked once; the answer sets it again
			cmds = append(cmds, rescoreCmd(m.ctx, m.book))
		}
		return tea.Batch(cmds...)
	case bookChangedMsg:
		return m.bookChanged(msg)
	case rescoredMsg:
		m.scoredOn = dayOf(m.now())
		if msg.changed == 0 {
			return nil
		}
		return tea.Batch(m.refresh(m.selectedID()), m.reloadCustomer(), m.reloadTriage(), m.reloadAgenda())
	case statusExpiredMsg:
		m.status.expire(msg.id)
	case backupMsg:
		// The backup ends in the background, maybe after the user acted:
		// news of a backup taken waits for a free status line rather than
		// hide what the action said.
		if !msg.failed && m.status.text != "" {
			return nil
		}
		return m.status.set(msg.text, msg.failed)
	}
	return nil
}

// bookChanged reads the book again after another process wrote to it.
func (m *Model) bookChanged(msg bookChangedMsg) tea.Cmd {
	m.changes++
	cmds := []tea.Cmd{m.refresh(m.selectedID()), m.reloadCustomer(), m.searchAgain(), m.reloadAgenda()}
	if msg.restoredFrom != "" {
		// The steps to undo, and a form's customer, belong to the book as
		// it was: an id there may name someone else now.
		m.undo = nil
		said := words.T("board.status.restored", words.V{"Backup": text.Clean(msg.restoredFrom)})
		if !m.onBoard() {
			m.closeAll()
			said = words.T("board.status.restored-closed", words.V{"Backup": text.Clean(msg.restoredFrom)})
		}
		m.status.hold(said)
	}
	return tea.Batch(cmds...)
}
