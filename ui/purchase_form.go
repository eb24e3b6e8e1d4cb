package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
)

// Labels of the purchase form's fields.
const (
	fieldAmount   = "Amount"
	fieldBought   = "When"
	fieldNote     = "Note"
	fieldCurrency = "Currency"
)

// purchaseForm records a purchase of a customer, as tend buy does.
type purchaseForm struct {
	form
	customer lifecycle.Customer
}

func newPurchaseForm(c lifecycle.Customer) (*purchaseForm, tea.Cmd) {
	f := &purchaseForm{customer: c, form: form{
		title: "Record a purchase of " + text.Clean(c.Name),
		fields: []field{
			newTextField(fieldAmount, "", "1234.56, 1.234,56 or -50 for a refund"),
			newTextField(fieldBought, "now", "now, today 14:30, yesterday, 01.03.2024, -2d"),
			newTextField(fieldNote, "", "optional: an invoice number"),
			newTextField(fieldCurrency, lifecycle.DefaultCurrency, "three letters, such as EUR"),
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
		f.setError(fieldAmount, "the amount is zero")
	}
	if p.At, err = lifecycle.ParseWhen(f.fields[1].value(), now, lifecycle.Past); err != nil {
		f.setError(fieldBought, errorText(err))
	} else if p.At.After(now) {
		f.setError(fieldBought, "after now: record a purchase once it is made")
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
			return errMsg{fmt.Errorf("could not record the purchase of %s: %w", name, err)}
		}
		p.ID = id
		return writtenMsg{
			step:     undoPurchase(p, name),
			status:   fmt.Sprintf("Recorded %s %s for %s · u to undo", p.Amount.Grouped(), p.Currency, name),
			selectID: p.CustomerID,
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
		return recordPurchaseCmd(m.ctx, m.book, p, text.Clean(f.customer.Name)), ok
	})
}
