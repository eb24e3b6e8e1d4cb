package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// confirmGiveUp asks before a customer is given up on (x), then why, as a
// move into lost on the board does.
type confirmGiveUp struct{ customer lifecycle.Customer }

func (q confirmGiveUp) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	if msg.String() != "y" {
		return nil
	}
	send := func(why lifecycle.Why) tea.Cmd { return giveUpCmd(m.ctx, m.book, q.customer, why) }
	// A customer in an ended phase already stays where they are: no move,
	// so nothing to ask.
	from, err := m.lc.Find(q.customer.Phase)
	if to, ok := m.lc.Last(lifecycle.Ended); ok && err == nil && from.Group != lifecycle.Ended {
		if kind, takes := m.lc.ReasonFor(from.Key, to.Key); takes {
			return m.askReason(kind, q.customer, send)
		}
	}
	return m.write(send(lifecycle.Why{}))
}

func (q confirmGiveUp) view(sh *shared) string {
	return question(sh, words.T("triage.give-up.question", words.V{"Name": text.Fit(q.customer.Name, 40)}),
		words.T("triage.give-up.note")+"\n"+words.T("triage.give-up.keys"))
}

func (confirmGiveUp) helpLine(sh *shared) string {
	return sh.hint(words.T("triage.give-up.hint"))
}
