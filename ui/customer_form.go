package ui

import (
	"context"
	"errors"
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// Names of the customer form's fields.
const (
	fieldName     = "name"
	fieldCompany  = "company"
	fieldEmail    = "email"
	fieldPhone    = "phone"
	fieldOwner    = "owner"
	fieldValue    = "value"
	fieldTags     = "tags"
	fieldPhase    = "phase"
	fieldPromoter = "promoter"
	fieldNoCalls  = "do-not-contact"
)

// customerForm adds a customer, or edits one when before has an id.
type customerForm struct {
	form
	before lifecycle.Customer
	phases []lifecycle.Phase
}

func newCustomerForm(c lifecycle.Customer, lc lifecycle.Lifecycle) (*customerForm, tea.Cmd) {
	f := &customerForm{before: c}
	title := words.T("forms.customer.new-title")
	if c.ID != 0 {
		title = words.T("forms.customer.edit-title", words.V{"Name": text.Clean(c.Name)})
	}
	value := ""
	if c.Value != 0 {
		value = words.AmountToEdit(c.Value)
	}
	f.form = form{title: title, fields: []field{
		newTextField(fieldName, words.T("forms.customer.name"), c.Name, words.T("forms.customer.name-hint")),
		newTextField(fieldCompany, words.T("forms.customer.company"), c.Company, ""),
		newTextField(fieldEmail, words.T("forms.customer.email"), c.Email, words.T("forms.customer.email-hint")),
		newTextField(fieldPhone, words.T("forms.customer.phone"), c.Phone, ""),
		newTextField(fieldOwner, words.T("forms.customer.owner"), c.Owner, words.T("forms.customer.owner-hint")),
		newTextField(fieldValue, words.T("forms.customer.value"), value, words.T("forms.customer.value-hint")),
		newTextField(fieldTags, words.T("forms.customer.tags"), strings.Join(c.Tags, ", "), words.T("forms.customer.tags-hint")),
	}}
	if c.ID == 0 {
		f.phases = lc.Visible()
		labels := make([]string, len(f.phases))
		for i, p := range f.phases {
			labels[i] = p.Label
		}
		start, _ := lc.First(lifecycle.Buying)
		f.fields = append(f.fields, newChoiceField(fieldPhase, words.T("forms.customer.phase"), labels, start.Label, nil))
	}
	f.fields = append(f.fields, newToggleField(fieldPromoter, words.T("forms.customer.promoter"), c.Promoter),
		newToggleField(fieldNoCalls, words.T("forms.customer.do-not-contact"), c.DoNotContact))
	// The details last: a letter's and an address book's, seldom typed.
	for _, d := range c.Details.Fields() {
		f.fields = append(f.fields, newTextField(d.Key, words.DetailLabel(d.Key), *d.Value, ""))
	}
	return f, f.focusField(0)
}

// customer reads the form onto the customer it started from, marking every
// field that is wrong.
func (f *customerForm) customer() (lifecycle.Customer, bool) {
	c := f.before
	get := func(name string) *field {
		for i := range f.fields {
			if f.fields[i].name == name {
				return &f.fields[i]
			}
		}
		return nil
	}
	c.Name, c.Company, c.Email = get(fieldName).value(), get(fieldCompany).value(), get(fieldEmail).value()
	c.Phone, c.Owner = get(fieldPhone).value(), get(fieldOwner).value()
	c.Tags = strings.FieldsFunc(get(fieldTags).value(), func(r rune) bool { return r == ',' || r == ';' })
	c.Promoter, c.DoNotContact = get(fieldPromoter).on, get(fieldNoCalls).on
	for _, d := range c.Details.Fields() {
		*d.Value = get(d.Key).value()
	}
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
		f.setError(fieldName, words.T("forms.customer.no-name"))
	}
	// Every value is judged as new, also one the book held already: the
	// form saves them all, so one over its limit has to be shortened here.
	c.Normalize()
	if err := c.Validate(); err != nil && !f.hasErrors() {
		label, over := limitLabel(err)
		if !over && strings.Contains(err.Error(), "email") {
			label = fieldEmail
		}
		if coded := lifecycle.Coded(nil); errors.As(err, &coded) && coded.Code() == lifecycle.CodeCustomerLanguage {
			label = "language"
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
		return m.status.set(words.T("forms.customer.nothing-saved", words.V{"Reason": text.Clean(errorText(msg.err))}), true)
	}
	m.push(m.customerForm)
	return m.customerForm.setError(fieldEmail, words.T("forms.customer.email-taken", words.V{"Name": text.Clean(holder.Name), "ID": holder.ID}))
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
		if label, ok := limitLabels[over.Field]; ok {
			return label, true
		}
		return over.Field, true // a detail's field is named by its key
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
				return errMsg{failed(words.T("board.failed.add", words.V{"Name": name, "Reason": err}), err)}
			}
			return writtenMsg{step: undoAdd(id, name), status: words.T("board.status.added", words.V{"Name": name}), selectID: id}
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
			return errMsg{failed(words.T("board.failed.save", words.V{"Name": name, "Reason": err}), err)}
		}
		return writtenMsg{step: undoEdit(before, saved), status: words.T("board.status.saved", words.V{"Name": name}), selectID: before.ID}
	}
}
