package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// confirmGiveUp asks before a customer is given up on (x).
type confirmGiveUp struct{ customer lifecycle.Customer }

func (q confirmGiveUp) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	if msg.String() == "y" {
		return m.write(giveUpCmd(m.ctx, m.book, q.customer))
	}
	return nil
}

func (q confirmGiveUp) view(sh *shared) string {
	return question(sh, words.T("triage.give-up.question", words.V{"Name": text.Fit(q.customer.Name, 40)}),
		words.T("triage.give-up.note")+"\n"+words.T("triage.give-up.keys"))
}

func (confirmGiveUp) helpLine(sh *shared) string {
	return sh.hint(words.T("triage.give-up.hint"))
}
