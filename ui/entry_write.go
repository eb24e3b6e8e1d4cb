package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// A contact or purchase of the timeline is corrected in its form, filled
// in as it is stored, or deleted after a y; either is one write with its
// audit entry, and u takes it back.

// entryName names an entry in the status line and the undo: "call of
// 2025-03-12 with Anna Fischer".
func entryTitle(e data.Entry, name string) string {
	if c := e.Contact; c != nil {
		return words.T("customer.entry.name.contact", words.V{"Kind": words.ContactKind(c.Kind), "Day": words.Day(c.At), "Name": name})
	}
	p := e.Purchase
	return words.T("customer.entry.name.purchase", words.V{"Amount": words.Amount(p.Amount), "Currency": p.Currency,
		"Day": words.Day(p.At), "Name": name})
}

// openEntryForm opens the form of an entry's kind, filled in with it.
func (m *Model) openEntryForm(c lifecycle.Customer, e data.Entry) tea.Cmd {
	if e.Contact != nil {
		f, start := newContactForm(c)
		f.correct(*e.Contact)
		return m.open(f, start)
	}
	f, start := newPurchaseForm(c)
	f.correct(*e.Purchase)
	return m.open(f, start)
}

// editEntryCmd stores a corrected entry in place of what it was.
func editEntryCmd(ctx context.Context, b *data.Book, was, now data.Entry, name string) tea.Cmd {
	return func() tea.Msg {
		what := entryTitle(now, name)
		if err := b.EditEntry(ctx, was, now); err != nil {
			return errMsg{failed(words.T("customer.entry.failed.correct", words.V{"Entry": what, "Reason": err}), err)}
		}
		return writtenMsg{
			step: &undoStep{what: words.T("customer.entry.undo.correction", words.V{"Entry": what}), customer: was.CustomerID(),
				entry: entryKey(was), undo: func(ctx context.Context, b *data.Book) error { return b.EditEntry(ctx, now, was) }},
			status:   words.T("customer.entry.status.corrected", words.V{"Entry": what}),
			selectID: was.CustomerID(),
			entry:    entryKey(now),
		}
	}
}

// deleteEntryCmd takes an entry out of the book.
func deleteEntryCmd(ctx context.Context, b *data.Book, e data.Entry, name string) tea.Cmd {
	return func() tea.Msg {
		what := entryTitle(e, name)
		removed, err := b.RemoveEntry(ctx, e)
		if err != nil {
			return errMsg{failed(words.T("customer.entry.failed.delete", words.V{"Entry": what, "Reason": err}), err)}
		}
		return writtenMsg{
			step: &undoStep{what: words.T("customer.entry.undo.deletion", words.V{"Entry": what}), customer: e.CustomerID(),
				entry: entryKey(e), undo: func(ctx context.Context, b *data.Book) error { return b.RestoreEntry(ctx, removed) }},
			status:   words.T("customer.entry.status.deleted", words.V{"Entry": what}),
			selectID: e.CustomerID(),
		}
	}
}

// confirmDelete asks before an entry is deleted.
type confirmDelete struct {
	customer lifecycle.Customer
	entry    data.Entry
}

// key deletes on y; any other key keeps the entry.
func (q confirmDelete) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	if msg.String() != "y" {
		return nil
	}
	return m.write(deleteEntryCmd(m.ctx, m.book, q.entry, text.Clean(q.customer.Name)))
}

func (q confirmDelete) view(sh *shared) string {
	return question(sh, words.T("customer.entry.delete.question", words.V{"Entry": entryTitle(q.entry, text.Fit(q.customer.Name, 40))}),
		words.T("customer.entry.delete.note"))
}

func (confirmDelete) helpLine(sh *shared) string {
	return sh.hint(words.T("customer.entry.delete.hint"))
}
