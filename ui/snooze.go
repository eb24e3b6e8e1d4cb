package ui

import (
	"context"
	"errors"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// snoozeChooser asks how long to leave a customer alone: a number picks
// one of the usual spans, d asks for a date.
type snoozeChooser struct {
	customer lifecycle.Customer
	asking   bool // for a date, in the form
	form     form
}

// fieldUntil is the name of the field of the date to snooze until.
const fieldUntil = "until"

// snoozeSpans are the usual snoozes, in days.
var snoozeSpans = []int{7, 30, 90}

func newSnoozeChooser(c lifecycle.Customer) *snoozeChooser {
	return &snoozeChooser{customer: c, form: form{
		title:  words.T("triage.snooze.until-title", words.V{"Name": text.Clean(c.Name)}),
		fields: []field{newTextField(fieldUntil, words.T("triage.snooze.until"), "", words.T("triage.snooze.until-hint"))},
	}}
}

func (s *snoozeChooser) view(sh *shared) string {
	st := &sh.styles
	if s.asking {
		return s.form.draw(st, sh.width, sh.bodyHeight()-9)
	}
	var b strings.Builder
	b.WriteString(st.Title.Render(words.T("triage.snooze.title", words.V{"Name": text.Fit(s.customer.Name, 30)})) + "\n\n")
	for i, days := range snoozeSpans {
		b.WriteString(" " + words.T("triage.snooze.span", words.V{"Key": i + 1, "Days": days}) + "\n")
	}
	b.WriteString(" " + words.T("triage.snooze.date") + "\n\n" + st.Muted.Render(words.T("triage.snooze.keys")))
	return st.Overlay.Render(b.String())
}

func (s *snoozeChooser) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	if s.asking {
		return s.formKey(m, msg)
	}
	switch k := msg.String(); {
	case k == "esc" || k == "q" || k == "s":
		m.pop()
	case k == "d":
		s.asking = true
		return s.form.focusField(0)
	case len(k) == 1 && k[0] >= '1' && int(k[0]-'1') < len(snoozeSpans):
		m.pop()
		until := lifecycle.DaysAfter(m.now(), snoozeSpans[k[0]-'1'])
		return m.write(snoozeCmd(m.ctx, m.book, s.customer, until))
	}
	return nil
}

func (s *snoozeChooser) formKey(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	cmd, result := s.form.update(msg)
	switch result {
	case formCancelled:
		m.pop()
	case formSubmitted:
		until, err := lifecycle.ParseWhen(s.form.fields[0].value(), m.now(), lifecycle.Future)
		if err == nil && !until.After(m.now()) {
			err = errors.New(words.T("triage.snooze.not-after-today"))
		}
		if err != nil {
			s.form.setError(fieldUntil, errorText(err))
			return cmd
		}
		m.pop()
		return m.write(snoozeCmd(m.ctx, m.book, s.customer, until))
	}
	return cmd
}

func (s *snoozeChooser) helpLine(sh *shared) string {
	return sh.hint(words.T("triage.snooze.hint"))
}

// snoozeCmd stores a snooze.
func snoozeCmd(ctx context.Context, b *data.Book, c lifecycle.Customer, until time.Time) tea.Cmd {
	done := words.T("triage.done.snoozed", words.V{"Day": dayInText(until)})
	return triageCmd(c, done, words.T("triage.undo.snooze", words.V{"Name": text.Clean(c.Name)}), func() (data.TriageStep, string, error) {
		step, err := b.Snooze(ctx, c.ID, until)
		return step, "", err
	})
}
