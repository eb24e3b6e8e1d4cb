package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
)

// Labels of the customer form's fields.
const (
	fieldName     = "Name"
	fieldCompany  = "Company"
	fieldEmail    = "E-mail"
	fieldPhone    = "Phone"
	fieldOwner    = "Owner"
	fieldValue    = "Value / year"
	fieldTags     = "Tags"
	fieldPhase    = "Phase"
	fieldPromoter = "Promoter"
	fieldNoCalls  = "Do not contact"
)

// customerForm adds a customer, or edits one when before has an id.
type customerForm struct {
	form
	before lifecycle.Customer
	phases []lifecycle.Phase
}

func newCustomerForm(c lifecycle.Customer, lc lifecycle.Lifecycle) (*customerForm, tea.Cmd) {
	f := &customerForm{before: c}
	title := "New customer"
	if c.ID != 0 {
		title = "Edit " + text.Clean(c.Name)
	}
	value := ""
	if c.Value != 0 {
		value = c.Value.String()
	}
	f.form = form{title: title, fields: []field{
		newTextField(fieldName, c.Name, "a person or a company"),
		newTextField(fieldCompany, c.Company, ""),
		newTextField(fieldEmail, c.Email, "name@example.com"),
		newTextField(fieldPhone, c.Phone, ""),
		newTextField(fieldOwner, c.Owner, "who looks after them"),
		newTextField(fieldValue, value, "expected revenue a year: 12000 or 12.000,00"),
		newTextField(fieldTags, strings.Join(c.Tags, ", "), "comma separated"),
	}}
	if c.ID == 0 {
		f.phases = lc.Visible()
		labels := make([]string, len(f.phases))
		for i, p := range f.phases {
			labels[i] = p.Label
		}
		start, _ := lc.First(lifecycle.Buying)
		f.fields = append(f.fields, newChoiceField(fieldPhase, labels, start.Label))
	}
	f.fields = append(f.fields, newToggleField(fieldPromoter, c.Promoter), newToggleField(fieldNoCalls, c.DoNotContact))
	return f, f.focusField(0)
}

// customer reads the form onto the customer it started from, marking every
// field that is wrong.
func (f *customerForm) customer() (lifecycle.Customer, bool) {
	c := f.before
	get := func(label string) *field {
		for i := range f.fields {
			if f.fields[i].label == label {
				return &f.fields[i]
			}
		}
		return nil
	}
	c.Name, c.Company, c.Email = get(fieldName).value(), get(fieldCompany).value(), get(fieldEmail).value()
	c.Phone, c.Owner = get(fieldPhone).value(), get(fieldOwner).value()
	c.Tags = strings.FieldsFunc(get(fieldTags).value(), func(r rune) bool { return r == ',' || r == ';' })
	c.Promoter, c.DoNotContact = get(fieldPromoter).on, get(fieldNoCalls).on
	c.Value = 0
	if v := get(fieldValue).value(); !isBlank(v) {
		m, err := lifecycle.ParseAmount(v)
		if err != nil {
			f.setError(fieldValue, errorText(err))
		}
		c.Value = m
	}
	if p := get(fieldPhase); p != nil {
		c.Phase = f.phases[p.choice].Key
	}
	if isBlank(c.Name) {
		f.setError(fieldName, "a customer needs a name")
	}
	// Every value is judged as new, also one the book held already: the
	// form saves them all, so one over its limit has to be shortened here.
	c.Normalize()
	if err := c.Validate(); err != nil && !f.hasErrors() {
		label, over := limitLabel(err)
		if !over && strings.Contains(err.Error(), "email") {
			label = fieldEmail
		}
		f.setError(label, errorText(err))
	}
	return c, !f.hasErrors()
}

// emailTakenMsg says that a save gave a customer another's e-mail
// address: nothing was written.
type emailTakenMsg struct{ err *data.EmailTakenError }

// openCustomerForm starts adding (an empty c) or editing a customer.
func (m *Model) openCustomerForm(c lifecycle.Customer) tea.Cmd {
	f, cmd := newCustomerForm(c, m.lc)
	m.customerForm = f
	m.push(f)
	return cmd
}

func (f *customerForm) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	return m.formKey(&f.form, msg, func() (tea.Cmd, bool) {
		c, ok := f.customer()
		return saveCustomerCmd(m.ctx, m.book, f.before, c), ok
	})
}

// reopenCustomerForm brings the customer form back as it was sent, with
// the clash beside the e-mail field. Over another form or question it only
// says so.
func (m *Model) reopenCustomerForm(msg emailTakenMsg) tea.Cmd {
	holder := msg.err.Holder
	if !m.onBoard() && !onTop[*customerScreen](m) {
		return m.status.set("Nothing saved: "+text.Clean(errorText(msg.err)), true)
	}
	m.push(m.customerForm)
	return m.customerForm.setError(fieldEmail, fmt.Sprintf("already the e-mail of %s (#%d)", text.Clean(holder.Name), holder.ID))
}

// limitLabels are the fields of the values the domain limits, by the names
// its limits give them.
var limitLabels = map[string]string{"name": fieldName, "company": fieldCompany, "email": fieldEmail,
	"phone": fieldPhone, "owner": fieldOwner, "tag": fieldTags, "tags": fieldTags}

// limitLabel is the field of a value err finds over its limit, and whether
// it is one; else the name's.
func limitLabel(err error) (string, bool) {
	var over *lifecycle.LimitError
	if errors.As(err, &over) {
		return limitLabels[over.Field], true
	}
	return fieldName, false
}

func isBlank(s string) bool { return strings.TrimFunc(s, unicode.IsSpace) == "" }

// saveCustomerCmd adds a new customer or stores an edit.
func saveCustomerCmd(ctx context.Context, b *data.Book, before, after lifecycle.Customer) tea.Cmd {
	return func() tea.Msg {
		name := text.Clean(after.Name)
		var taken *data.EmailTakenError
		if before.ID == 0 {
			id, err := b.AddCustomer(ctx, after)
			if errors.As(err, &taken) {
				return emailTakenMsg{taken}
			}
			if err != nil {
				return errMsg{fmt.Errorf("could not add %s: %w", name, err)}
			}
			return writtenMsg{step: undoAdd(id, name), status: "Added " + name + " · u to undo", selectID: id}
		}
		saved, err := b.SaveProfile(ctx, before, after)
		var changed *data.ChangedError
		if errors.As(err, &changed) {
			return conflictMsg{mine: after, err: changed}
		}
		if errors.As(err, &taken) {
			return emailTakenMsg{taken}
		}
		if err != nil {
			return errMsg{fmt.Errorf("could not save %s: %w", name, err)}
		}
		return writtenMsg{step: undoEdit(before, saved), status: "Saved " + name + " · u to undo", selectID: before.ID}
	}
}
