package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
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

func (c conflict) view(st *Styles) string {
	var b strings.Builder
	b.WriteString(st.Title.Render(text.Fit(c.err.Current.Name, 40)+" was changed elsewhere") + "\n\n")
	b.WriteString("While you edited, another tend saved:\n")
	for _, ch := range c.err.Changes {
		b.WriteString("  " + text.Fit(ch, 60) + "\n")
	}
	b.WriteString("\n" + st.Muted.Render("o keep yours (overwrite theirs) · t keep theirs (drop yours)"))
	return st.Overlay.Render(b.String())
}

func (m Model) conflictKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "o":
		m.closeOverlay()
		current := m.conflict.err.Current
		return m, m.write(saveCustomerCmd(m.ctx, m.book, current, m.conflict.mine))
	case "t", "esc":
		m.closeOverlay()
		name := text.Clean(m.conflict.err.Current.Name)
		return m, tea.Batch(m.status.set("Kept the changes saved elsewhere for "+name+"; yours were dropped", false),
			m.refresh(m.selectedID()), m.reloadCustomer())
	}
	return m, nil
}

// reportConflict opens the question over the screen the form was on.
func (m *Model) reportConflict(msg conflictMsg) {
	m.conflict = conflict(msg)
	m.back, m.screen = m.screen, screenConflict
}
