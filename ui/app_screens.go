package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
)

// openCustomer shows a customer's screen.
func (m *Model) openCustomer(c lifecycle.Customer) tea.Cmd {
	m.customer = customerScreen{id: c.ID, width: m.width, height: m.bodyHeight()}
	m.customerBack, m.screen = m.screen, screenCustomer
	return loadCustomerCmd(m.ctx, m.book, c.ID)
}

// openContactForm starts logging a contact; the form returns to the screen
// it was opened from.
func (m *Model) openContactForm(c lifecycle.Customer) tea.Cmd {
	var cmd tea.Cmd
	m.contactForm, cmd = newContactForm(c)
	m.back, m.screen = m.screen, screenContactForm
	return cmd
}

// openPurchaseForm starts recording a purchase; the form returns to the
// screen it was opened from.
func (m *Model) openPurchaseForm(c lifecycle.Customer) tea.Cmd {
	var cmd tea.Cmd
	m.purchaseForm, cmd = newPurchaseForm(c)
	m.back, m.screen = m.screen, screenPurchaseForm
	return cmd
}

// openCustomerForm starts adding (an empty c) or editing a customer.
func (m *Model) openCustomerForm(c lifecycle.Customer) tea.Cmd {
	var cmd tea.Cmd
	m.customerForm, cmd = newCustomerForm(c, m.lc)
	m.back, m.screen = m.screen, screenCustomerForm
	return cmd
}

// openPicker starts choosing a phase for a customer.
func (m *Model) openPicker(c lifecycle.Customer) {
	m.picker = newPhasePicker(m.lc, c)
	m.back, m.screen = m.screen, screenPicker
}

// closeOverlay returns from a form, picker or help to where it was opened.
func (m *Model) closeOverlay() {
	m.screen, m.back = m.back, screenBoard
}

// formKey passes a key to a form. On enter, save reads the fields into
// the write that stores them; when they read well, the form closes and the
// write goes out, and otherwise the form stays with its fields marked.
func (m *Model) formKey(f *form, msg tea.KeyPressMsg, save func() (tea.Cmd, bool)) tea.Cmd {
	cmd, result := f.update(msg)
	switch result {
	case formCancelled:
		m.closeOverlay()
	case formSubmitted:
		write, ok := save()
		if !ok {
			return cmd
		}
		m.closeOverlay()
		return m.write(write)
	}
	return cmd
}

func (m Model) contactFormKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	f := &m.contactForm
	cmd := m.formKey(&f.form, msg, func() (tea.Cmd, bool) {
		c, ok := f.contact(m.now())
		if f.attempt {
			return logAttemptCmd(m.ctx, m.book, c, text.Clean(f.customer.Name)), ok
		}
		return logContactCmd(m.ctx, m.book, c, text.Clean(f.customer.Name)), ok
	})
	return m, cmd
}

func (m Model) purchaseFormKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	f := &m.purchaseForm
	cmd := m.formKey(&f.form, msg, func() (tea.Cmd, bool) {
		p, ok := f.purchase(m.now())
		return recordPurchaseCmd(m.ctx, m.book, p, text.Clean(f.customer.Name)), ok
	})
	return m, cmd
}

func (m Model) customerFormKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	f := &m.customerForm
	cmd := m.formKey(&f.form, msg, func() (tea.Cmd, bool) {
		c, ok := f.customer()
		return saveCustomerCmd(m.ctx, m.book, f.before, c), ok
	})
	return m, cmd
}

func (m Model) customerKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, s := m.ckeys, &m.customer
	c := s.customer
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit):
		m.screen = m.customerBack
	case key.Matches(msg, k.Up):
		s.scrollBy(-1)
	case key.Matches(msg, k.Down):
		s.scrollBy(1)
	case key.Matches(msg, k.Top):
		s.scrollBy(-len(s.events))
	case key.Matches(msg, k.Bottom):
		s.scrollBy(len(s.events))
	case key.Matches(msg, k.PageUp):
		s.scrollBy(-s.timelineHeight())
	case key.Matches(msg, k.PageDown):
		s.scrollBy(s.timelineHeight())
	case !s.loaded:
	case key.Matches(msg, k.Log):
		return m, m.openContactForm(c)
	case key.Matches(msg, k.Buy):
		return m, m.openPurchaseForm(c)
	case key.Matches(msg, k.Edit):
		return m, m.openCustomerForm(c)
	case key.Matches(msg, k.Pick):
		m.openPicker(c)
	case key.Matches(msg, k.Archive):
		if !c.Archived() {
			m.screen = screenConfirmArchive
		}
	case key.Matches(msg, k.Undo):
		return m, m.undoLast()
	case key.Matches(msg, k.Help):
		m.back, m.screen = m.screen, screenHelp
	}
	return m, nil
}

func (m Model) confirmArchiveKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if msg.String() == "y" {
		m.screen = m.customerBack
		return m, m.write(archiveCmd(m.ctx, m.book, m.customer.customer))
	}
	m.screen = screenCustomer
	return m, nil
}
