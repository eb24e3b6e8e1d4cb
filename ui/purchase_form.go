package ui

import (
	"context"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// Names of the purchase form's fields.
const (
	fieldAmount   = "amount"
	fieldBought   = "when"
	fieldNote     = "note"
	fieldCurrency = "currency"
)

// purchaseForm records a purchase of a customer, as tend buy does.
type purchaseForm struct {
	form
	customer lifecycle.Customer
	was      *lifecycle.Purchase // the purchase the form corrects, if it does
}

func newPurchaseForm(c lifecycle.Customer) (*purchaseForm, tea.Cmd) {
	f := &purchaseForm{customer: c, form: form{
		title: words.T("forms.purchase.title", words.V{"Name": text.Clean(c.Name)}),
		fields: []field{
			newTextField(fieldAmount, words.T("forms.purchase.amount"), "", words.T("forms.purchase.amount-hint")),
			newTextField(fieldBought, words.T("forms.when"), words.NowTyped(), words.T("forms.when-hint")),
			newTextField(fieldNote, words.T("forms.purchase.note"), "", words.T("forms.purchase.note-hint")),
			newTextField(fieldCurrency, words.T("forms.purchase.currency"), lifecycle.DefaultCurrency, words.T("forms.purchase.currency-hint")),
		},
	}}
	return f, f.focusField(0)
}

// purchase reads the form into a purchase, marking every field that is
// wrong.
func (f *purchaseForm) purchase(now time.Time) (lifecycle.Purchase, bool) {
	p := lifecycle.Purchase{
		CustomerID: f.customer.ID,
		Note:       f.fields[2].value(),
		Currency:   strings.ToUpper(strings.TrimSpace(f.fields[3].value())),
	}
	var err error
	if p.Amount, err = lifecycle.ParseAmount(f.fields[0].value()); err != nil {
		f.setError(fieldAmount, errorText(err))
	} else if p.Amount == 0 {
		f.setError(fieldAmount, words.T("forms.purchase.zero-amount"))
	}
	if p.At, err = lifecycle.ParseWhen(f.fields[1].value(), now, lifecycle.Past); err != nil {
		f.setError(fieldBought, errorText(err))
	} else if p.At.After(now) {
		f.setError(fieldBought, words.T("forms.purchase.after-now"))
	}
	if err := p.Validate(); err != nil && !f.hasErrors() {
		f.setError(fieldCurrency, errorText(err))
	}
	return p, !f.hasErrors()
}

// recordPurchaseCmd stores a purchase.
func recordPurchaseCmd(ctx context.Context, b *data.Book, p lifecycle.Purchase, name string) tea.Cmd {
	return func() tea.Msg {
		id, err := b.AddPurchase(ctx, p)
		if err != nil {
			return errMsg{failed(words.T("board.failed.record", words.V{"Name": name, "Reason": err}), err)}
		}
		p.ID = id
		return writtenMsg{
			step:     undoPurchase(p, name),
			status:   words.T("board.status.recorded", words.V{"Amount": words.Amount(p.Amount), "Currency": p.Currency, "Name": name}),
			selectID: p.CustomerID,
			entry:    entryKey(data.PurchaseEntry(p)),
		}
	}
}

// openPurchaseForm starts recording a purchase; the form returns to the
// screen it was opened from.
func (m *Model) openPurchaseForm(c lifecycle.Customer) tea.Cmd {
	return m.open(newPurchaseForm(c))
}

func (f *purchaseForm) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	return m.formKey(&f.form, msg, func() (tea.Cmd, bool) {
		p, ok := f.purchase(m.now())
		if f.was != nil {
			p.ID = f.was.ID
			if f.fields[1].value() == whenText(f.was.At) {
				p.At = f.was.At
			}
			return editEntryCmd(m.ctx, m.book, data.PurchaseEntry(*f.was), data.PurchaseEntry(p), text.Clean(f.customer.Name)), ok
		}
		return offering(recordPurchaseCmd(m.ctx, m.book, p, text.Clean(f.customer.Name)), offerFor(m.lc, f.customer, p.Amount)), ok
	})
}

// correct fills the form in with a stored purchase, which saving
// replaces.
func (f *purchaseForm) correct(p lifecycle.Purchase) {
	f.was = &p
	f.title = words.T("forms.purchase.correct-title", words.V{"Name": text.Clean(f.customer.Name)})
	f.fields[0].input.SetValue(words.AmountToEdit(p.Amount))
	f.fields[1].input.SetValue(whenText(p.At))
	f.fields[2].input.SetValue(text.Clean(p.Note))
	f.fields[3].input.SetValue(p.Currency)
}
