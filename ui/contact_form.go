package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// Names of the contact form's fields.
const (
	fieldContactKind = "kind"
	fieldWhen        = "when"
	fieldDirection   = "direction"
	fieldSummary     = "summary"
	fieldSentiment   = "sentiment"
	fieldMoment      = "moment"
	fieldFollowUp    = "follow-up"
)

// contactForm logs a contact with a customer (c).
type contactForm struct {
	form
	customer lifecycle.Customer
	attempt  bool               // an attempt from the re-engagement list
	was      *lifecycle.Contact // the contact the form corrects, if it does
}

func newContactForm(c lifecycle.Customer) (*contactForm, tea.Cmd) {
	kinds := make([]string, len(lifecycle.Kinds))
	for i, k := range lifecycle.Kinds {
		kinds[i] = string(k)
	}
	f := &contactForm{customer: c, form: form{
		title: words.T("forms.contact.title", words.V{"Name": text.Clean(c.Name)}),
		fields: []field{
			newChoiceField(fieldContactKind, words.T("forms.contact.kind"), kinds, string(lifecycle.Call),
				func(k string) string { return words.ContactKind(lifecycle.Kind(k)) }),
			newTextField(fieldWhen, words.T("forms.when"), words.NowTyped(), words.T("forms.when-hint")),
			newChoiceField(fieldDirection, words.T("forms.contact.direction"),
				[]string{string(lifecycle.Out), string(lifecycle.In)}, string(lifecycle.Out),
				func(d string) string { return words.Direction(lifecycle.Direction(d)) }),
			newTextField(fieldSummary, words.T("forms.contact.summary"), "", words.T("forms.contact.summary-hint")),
			newChoiceField(fieldSentiment, words.T("forms.contact.sentiment"),
				[]string{string(lifecycle.Neutral), string(lifecycle.Positive), string(lifecycle.Negative)}, string(lifecycle.Neutral),
				func(s string) string { return words.Sentiment(lifecycle.Sentiment(s)) }),
			newToggleField(fieldMoment, words.T("forms.contact.moment"), false),
			newTextField(fieldFollowUp, words.T("forms.contact.follow-up"), "", words.T("forms.contact.follow-up-hint")),
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
		f.setError(fieldWhen, words.T("forms.contact.after-now"))
	}
	if v := f.fields[6].value(); v != "" {
		if c.FollowUp, err = lifecycle.ParseWhen(v, now, lifecycle.Future); err != nil {
			f.setError(fieldFollowUp, errorText(err))
		}
	}
	if c.Summary == "" || isBlank(c.Summary) {
		f.setError(fieldSummary, words.T("forms.contact.no-summary"))
	}
	return c, !f.hasErrors()
}

// logContactCmd stores a contact.
func logContactCmd(ctx context.Context, b *data.Book, c lifecycle.Contact, name string) tea.Cmd {
	return func() tea.Msg {
		id, err := b.LogContact(ctx, c)
		if err != nil {
			return errMsg{failed(words.T("board.failed.log", words.V{"Kind": words.ContactKind(c.Kind), "Name": name, "Reason": err}), err)}
		}
		c.ID = id
		return writtenMsg{
			step:     undoContact(c, name),
			status:   words.T("board.status.logged", words.V{"Kind": words.ContactKind(c.Kind), "Name": name}),
			selectID: c.CustomerID,
			entry:    entryKey(data.ContactEntry(c)),
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
		if f.was != nil {
			c = f.kept(c)
			return editEntryCmd(m.ctx, m.book, data.ContactEntry(*f.was), data.ContactEntry(c), text.Clean(f.customer.Name)), ok
		}
		if f.attempt {
			return logAttemptCmd(m.ctx, m.book, c, text.Clean(f.customer.Name)), ok
		}
		return logContactCmd(m.ctx, m.book, c, text.Clean(f.customer.Name)), ok
	})
}

// correct fills the form in with a stored contact, which saving replaces.
func (f *contactForm) correct(c lifecycle.Contact) {
	f.was = &c
	f.title = words.T("forms.contact.correct-title", words.V{"Name": text.Clean(f.customer.Name)})
	f.fields[0].choose(string(c.Kind))
	f.fields[1].input.SetValue(whenText(c.At))
	f.fields[2].choose(string(c.Direction))
	f.fields[3].input.SetValue(text.Clean(c.Summary))
	f.fields[4].choose(string(c.Sentiment))
	f.fields[5].on = c.Moment
	if !c.FollowUp.IsZero() {
		f.fields[6].input.SetValue(words.Day(c.FollowUp))
	}
}

// kept is the contact read from the form as a correction: its id, and
// the times to the second where their fields were left as they were.
func (f *contactForm) kept(c lifecycle.Contact) lifecycle.Contact {
	c.ID = f.was.ID
	if f.fields[1].value() == whenText(f.was.At) {
		c.At = f.was.At
	}
	if !f.was.FollowUp.IsZero() && f.fields[6].value() == words.Day(f.was.FollowUp) {
		c.FollowUp = f.was.FollowUp
	}
	return c
}

// whenText is a time as a correction's form shows it, which ParseWhen
// reads back.
func whenText(t time.Time) string { return words.DayTime(t) }
