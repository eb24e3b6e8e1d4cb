package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// customerLoadedMsg carries a customer with its history and outlook, read
// together so that the screen is whole when it first shows.
type customerLoadedMsg struct {
	customer lifecycle.Customer
	history  data.History
	outlook  data.Outlook
}

func loadCustomerCmd(ctx context.Context, b *data.Book, id int64) tea.Cmd {
	return func() tea.Msg {
		c, err := b.Customer(ctx, id)
		if err != nil {
			return readFailedMsg{err: failed(words.T("customer.failed.open", words.V{"Reason": err}), err)}
		}
		h, err := b.History(ctx, id)
		if err != nil {
			return readFailedMsg{err: failed(words.T("customer.failed.history", words.V{"Name": text.Clean(c.Name), "Reason": err}), err)}
		}
		o, err := b.Outlooks(ctx, []int64{id})
		if err != nil {
			return readFailedMsg{err: failed(words.T("customer.failed.outlook", words.V{"Name": text.Clean(c.Name), "Reason": err}), err)}
		}
		return customerLoadedMsg{customer: c, history: h, outlook: o[id]}
	}
}

// customerRead shows a customer read, on the customer screen that asked
// for it, if it is still open.
func (m *Model) customerRead(msg customerLoadedMsg) {
	if s, ok := find[*customerScreen](m); ok && s.id == msg.customer.ID {
		s.show(msg, m.lc, m.now(), m.book.User())
	}
}

// reloadCustomer reads the customer shown anew, if one is shown, under a
// box or not.
func (m *Model) reloadCustomer() tea.Cmd {
	s, ok := m.screen().(*customerScreen)
	if !ok {
		return nil
	}
	return loadCustomerCmd(m.ctx, m.book, s.id)
}
