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

// snoozeChooser asks how long to leave a customer alone: a number picks
// one of the usual spans, d asks for a date.
type snoozeChooser struct {
	customer lifecycle.Customer
	asking   bool // for a date, in the form
	form     form
}

// snoozeSpans are the usual snoozes, in days.
var snoozeSpans = []int{7, 30, 90}

func newSnoozeChooser(c lifecycle.Customer) *snoozeChooser {
	return &snoozeChooser{customer: c, form: form{
		title:  "Snooze " + text.Clean(c.Name) + " until",
		fields: []field{newTextField("Until", "", "+2w, friday, 01.04.2027")},
	}}
}

func (s *snoozeChooser) view(sh *shared) string {
	st := &sh.styles
	if s.asking {
		return s.form.draw(st, sh.width)
	}
	var b strings.Builder
	b.WriteString(st.Title.Render("Snooze "+text.Fit(s.customer.Name, 30)) + "\n\n")
	for i, days := range snoozeSpans {
		fmt.Fprintf(&b, " %d  for %d days\n", i+1, days)
	}
	b.WriteString(" d  until a date…\n\n" + st.Muted.Render("1-3 or d · esc cancel"))
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
			err = fmt.Errorf("pick a day after today")
		}
		if err != nil {
			s.form.setError("Until", errorText(err))
			return cmd
		}
		m.pop()
		return m.write(snoozeCmd(m.ctx, m.book, s.customer, until))
	}
	return cmd
}

func (s *snoozeChooser) helpLine(sh *shared) string {
	return sh.hint("1-3 pick · d a date · esc cancel")
}

// snoozeCmd stores a snooze.
func snoozeCmd(ctx context.Context, b *data.Book, c lifecycle.Customer, until time.Time) tea.Cmd {
	return triageCmd(c, "snoozed until "+until.Format("2 Jan 2006"), "snooze of", func() (data.TriageStep, string, error) {
		step, err := b.Snooze(ctx, c.ID, until)
		return step, "", err
	})
}
