package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// conflictMsg says that a save found the customer changed elsewhere since
// the form opened: nothing was written, and the user chooses.
type conflictMsg struct {
	mine lifecycle.Customer
	err  *data.ChangedError
}

// conflict is the question a conflicting save asks: keep mine (o), or
// take what is stored (t).
type conflict struct {
	mine lifecycle.Customer
	err  *data.ChangedError
}

func (c *conflict) view(sh *shared) string {
	st := &sh.styles
	var b strings.Builder
	b.WriteString(st.Title.Render(words.T("board.conflict.title", words.V{"Name": text.Fit(c.err.Current.Name, 40)})) + "\n\n")
	b.WriteString(words.T("board.conflict.saved") + "\n")
	for _, ch := range c.err.Changes {
		b.WriteString("  " + text.Fit(ch, 60) + "\n")
	}
	b.WriteString("\n" + st.Muted.Render(words.T("board.conflict.choices")))
	return st.Overlay.Render(b.String())
}

func (c *conflict) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "o":
		m.pop()
		return m.write(saveCustomerCmd(m.ctx, m.book, c.err.Current, c.mine))
	case "t", "esc":
		m.pop()
		name := text.Clean(c.err.Current.Name)
		return tea.Batch(m.status.set(words.T("board.conflict.kept-theirs", words.V{"Name": name}), false),
			m.refresh(m.selectedID()), m.reloadCustomer())
	}
	return nil
}

func (c *conflict) helpLine(sh *shared) string { return sh.hint(words.T("board.conflict.hint")) }
