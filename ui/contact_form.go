package ui

import (
	"context"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
)

// Labels of the contact form's fields.
const (
	fieldContactKind = "Kind"
	fieldWhen        = "When"
	fieldDirection   = "Direction"
	fieldSummary     = "Summary"
	fieldSentiment   = "Sentiment"
	fieldMoment      = "Moment of truth"
	fieldFollowUp    = "Follow-up"
)

// contactForm logs a contact with a customer (c).
type contactForm struct {
	form
	customer lifecycle.Customer
	attempt  bool // an attempt from the re-engagement list
}

func newContactForm(c lifecycle.Customer) (*contactForm, tea.Cmd) {
	kinds := make([]string, len(lifecycle.Kinds))
	for i, k := range lifecycle.Kinds {
		kinds[i] = string(k)
	}
	f := &contactForm{customer: c, form: form{
		title: "Log a contact with " + text.Clean(c.Name),
		fields: []field{
			newChoiceField(fieldContactKind, kinds, string(lifecycle.Call)),
			newTextField(fieldWhen, "now", "now, today 14:30, yesterday, 01.03.2024, -2d"),
			newChoiceField(fieldDirection, []string{string(lifecycle.Out), string(lifecycle.In)}, string(lifecycle.Out)),
			newTextField(fieldSummary, "", "what was said or done"),
			newChoiceField(fieldSentiment, []string{string(lifecycle.Neutral), string(lifecycle.Positive), string(lifecycle.Negative)}, string(lifecycle.Neutral)),
			newToggleField(fieldMoment, false),
			newTextField(fieldFollowUp, "", "optional: +3d, friday, 01.04.2024"),
		},
	}}
	return f, f.focusField(3)
}

// contact reads the form into a contact, marking every field that is wrong.
func (f *contactForm) contact(now time.Time) (lifecycle.Contact, bool) {
	c := lifecycle.Contact{
		CustomerID: f.customer.ID,
		Kind:       lifecycle.Kind(f.fields[0].value()),
		Direction:  lifecycle.Direction(f.fields[2].value()),
		Summary:    f.fields[3].value(),
		Sentiment:  lifecycle.Sentiment(f.fields[4].value()),
		Moment:     f.fields[5].on,
	}
	var err error
	if c.At, err = lifecycle.ParseWhen(f.fields[1].value(), now, lifecycle.Past); err != nil {
		f.setError(fieldWhen, errorText(err))
	} else if c.CheckTime(now) != nil {
		f.setError(fieldWhen, "after now: a contact to come is a follow-up")
	}
	if v := f.fields[6].value(); v != "" {
		if c.FollowUp, err = lifecycle.ParseWhen(v, now, lifecycle.Future); err != nil {
			f.setError(fieldFollowUp, errorText(err))
		}
	}
	if c.Summary == "" || isBlank(c.Summary) {
		f.setError(fieldSummary, "say in a few words what happened")
	}
	return c, !f.hasErrors()
}

// logContactCmd stores a contact.
func logContactCmd(ctx context.Context, b *data.Book, c lifecycle.Contact, name string) tea.Cmd {
	return func() tea.Msg {
		id, err := b.LogContact(ctx, c)
		if err != nil {
			return errMsg{fmt.Errorf("could not log the %s with %s: %w", c.Kind, name, err)}
		}
		c.ID = id
		return writtenMsg{
			step:     undoContact(c, name),
			status:   fmt.Sprintf("Logged %s with %s · u to undo", c.Kind, name),
			selectID: c.CustomerID,
		}
	}
}

// openContactForm starts logging a contact; the form returns to the screen
// it was opened from.
func (m *Model) openContactForm(c lifecycle.Customer) tea.Cmd {
	return m.open(newContactForm(c))
}

func (f *contactForm) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	return m.formKey(&f.form, msg, func() (tea.Cmd, bool) {
		c, ok := f.contact(m.now())
		if f.attempt {
			return logAttemptCmd(m.ctx, m.book, c, text.Clean(f.customer.Name)), ok
		}
		return logContactCmd(m.ctx, m.book, c, text.Clean(f.customer.Name)), ok
	})
}
