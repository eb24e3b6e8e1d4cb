package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// moveMarked moves every marked customer to phase, as H, L, the picker
// and a drag of a marked card do while cards are marked: after asking
// when more than one moves, then why where all their moves take a reason
// of one kind. It is one write and one step of undo.
func (m *Model) moveMarked(phase string) tea.Cmd {
	ci := m.board.columnIndex(phase)
	if ci < 0 {
		return nil
	}
	to := m.board.cols[ci].phase
	moving := m.marks.toMove(to.Key)
	switch {
	case len(moving) == 0:
		return m.status.set(words.T("bulk.status.all-there", words.V{"Phase": text.Clean(to.Label)}), false)
	case len(moving) == 1:
		return m.sendMarkedMove(to, moving)
	}
	m.push(confirmMarked{
		question: words.N("bulk.move.question", len(moving), words.V{"Phase": text.Fit(to.Label, 30)}),
		note:     words.T("bulk.move.note"), hint: words.T("bulk.move.hint"),
		then: func(m *Model) tea.Cmd { return m.sendMarkedMove(to, moving) },
	})
	return nil
}

// sendMarkedMove makes the move of the customers moving to phase to,
// asking why first where their moves take a reason of one kind.
func (m *Model) sendMarkedMove(to lifecycle.Phase, moving []lifecycle.Customer) tea.Cmd {
	ids := m.marks.ids()
	keep := m.selectedID()
	send := func(why lifecycle.Why) tea.Cmd { return moveMarkedCmd(m.ctx, m.book, ids, to, why, keep) }
	if kind, takes := reasonKind(m.lc, moving, to.Key); takes {
		title := words.N("bulk.reason.title-lost", len(moving))
		if kind == lifecycle.WonBackReason {
			title = words.N("bulk.reason.title-won-back", len(moving))
		}
		return m.askReasonTitled(kind, title, send)
	}
	return m.write(send(lifecycle.Why{}))
}

// confirmMarked asks before a change of the marked customers; y makes it,
// any other key leaves them as they are.
type confirmMarked struct {
	question, note, hint string
	then                 func(*Model) tea.Cmd
}

func (q confirmMarked) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	if msg.String() != "y" {
		return nil
	}
	return q.then(m)
}

func (q confirmMarked) view(sh *shared) string { return question(sh, q.question, q.note) }

func (q confirmMarked) helpLine(sh *shared) string { return sh.hint(q.hint) }
