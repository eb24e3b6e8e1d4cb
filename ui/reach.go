package ui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// Reaching a customer starts from their card, their screen or their line
// of the re-engagement list: y then e or p copies the e-mail address or the
// phone number through the terminal (OSC 52, which reaches the clipboard
// over SSH too), @ writes to them in the mail program.

// reachKeys are the keys that reach the selected customer, on every screen
// that has one.
type reachKeys struct{ Copy, Mail key.Binding }

func newReachKeys() reachKeys {
	return reachKeys{
		Copy: bind([]string{"y"}, "y", words.T("reach.key.copy")),
		Mail: bind([]string{"@"}, "@", words.T("reach.key.mail")),
	}
}

// reach starts what a key of reachKeys does for customer id; false for a
// key that is neither.
func (m *Model) reach(k reachKeys, msg tea.KeyPressMsg, id int64) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, k.Copy):
		m.push(newCopyPending(id))
		return nil, true
	case key.Matches(msg, k.Mail):
		return mailCmd(m.ctx, m.book, id, mailEnv(), m.drafts[id]), true
	}
	return nil, false
}

// copyPending is y waiting for what to copy: e the e-mail address, p the
// phone number; esc or any other key copies nothing.
type copyPending struct {
	customer     int64
	email, phone key.Binding
	cancel       key.Binding
}

func newCopyPending(id int64) copyPending {
	return copyPending{customer: id,
		email:  bind([]string{"e"}, "e", words.T("reach.key.copy-email")),
		phone:  bind([]string{"p"}, "p", words.T("reach.key.copy-phone")),
		cancel: bind([]string{"esc"}, words.T("keys.name.esc"), words.T("reach.key.cancel")),
	}
}

func (c copyPending) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	switch {
	case key.Matches(msg, c.email):
		return copyCmd(m.ctx, m.book, c.customer, copyEmail)
	case key.Matches(msg, c.phone):
		return copyCmd(m.ctx, m.book, c.customer, copyPhone)
	}
	return nil
}

// helpLine lists what may follow y, as keys a click presses too.
func (c copyPending) helpLine(sh *shared) string {
	return sh.footerOf([]key.Binding{c.email, c.phone, c.cancel})
}

// copyField is what y copies of a customer.
type copyField int

const (
	copyEmail copyField = iota
	copyPhone
)

// reachedMsg carries what reaching a customer came to: what to put on
// the clipboard ("" for nothing) and what the status line says, or the
// choice to offer first.
type reachedMsg struct {
	copy, said string
	isErr      bool
	choose     *picker // which of several e-mail addresses to copy
}

// copyCmd reads the customer as stored now and copies the field asked for.
func copyCmd(ctx context.Context, b *data.Book, id int64, field copyField) tea.Cmd {
	return func() tea.Msg {
		c, err := b.Customer(ctx, id)
		if err != nil {
			return readFailedMsg{err: err}
		}
		return copyOf(c, field)
	}
}

// copyOf is what copying a field of c puts on the clipboard and says; a
// customer with other e-mail addresses or phone numbers is asked which
// one first.
func copyOf(c lifecycle.Customer, field copyField) reachedMsg {
	primary, others := c.Email, c.OtherEmails
	if field == copyPhone {
		primary, others = c.Phone, c.OtherPhones
	}
	switch {
	case primary == "":
		return noneToCopy(c.Name, field)
	case len(others) > 0:
		return reachedMsg{choose: newCopyPicker(c.Name, field, primary, others)}
	}
	return copied(field, primary)
}

// noneToCopy says that the customer name has no address or number to copy.
func noneToCopy(name string, field copyField) reachedMsg {
	v := words.V{"Name": text.Clean(name)}
	if field == copyPhone {
		return reachedMsg{said: words.T("reach.copy.no-phone", v)}
	}
	return reachedMsg{said: words.T("reach.copy.no-email", v)}
}

// copied copies value, the field's, and says so.
func copied(field copyField, value string) reachedMsg {
	if field == copyPhone {
		return reachedMsg{copy: value, said: words.T("reach.copy.phone", words.V{"Phone": text.Clean(value)})}
	}
	return reachedMsg{copy: value, said: words.T("reach.copy.email", words.V{"Email": text.Clean(value)})}
}

// newCopyPicker chooses which of a customer's e-mail addresses or phone
// numbers to copy, the primary one first and chosen.
func newCopyPicker(name string, field copyField, primary string, others []string) *picker {
	v := words.V{"Name": text.Fit(name, 30)}
	purpose, title := pickEmail, words.T("reach.choose.email-title", v)
	if field == copyPhone {
		purpose, title = pickPhone, words.T("reach.choose.phone-title", v)
	}
	p := &picker{purpose: purpose, title: title,
		hint: words.T("reach.choose.hint"), keys: words.T("reach.choose.keys"), current: -1, labelWidth: copyWidth,
		labels: []string{words.T("reach.choose.primary", words.V{"Choice": text.Clean(primary)})}, values: []string{primary}}
	for _, o := range others {
		p.labels, p.values = append(p.labels, text.Clean(o)), append(p.values, o)
	}
	return p
}

// copyWidth is the cells an address or number of the chooser shows at
// most: the whole of nearly every one.
const copyWidth = 48

// reached says what reaching a customer came to, putting a copy on the
// terminal's clipboard, or offers the choice of what to copy.
func (m *Model) reached(msg reachedMsg) tea.Cmd {
	if msg.choose != nil {
		m.push(msg.choose)
		return nil
	}
	said := m.status.set(msg.said, msg.isErr)
	if msg.copy == "" {
		return said
	}
	return tea.Batch(tea.SetClipboard(msg.copy), said)
}

// reachOrDraftRead takes the answer of a copy or an e-mail, else of a
// draft.
func (m *Model) reachOrDraftRead(msg tea.Msg) tea.Cmd {
	if r, ok := msg.(reachedMsg); ok {
		return m.reached(r)
	}
	return m.draftRead(msg)
}
