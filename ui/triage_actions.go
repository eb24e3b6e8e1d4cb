package ui

import (
	"cmp"
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
			s.form.setError("Until", err.Error())
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

// confirmGiveUp asks before a customer is given up on (x).
type confirmGiveUp struct{ customer lifecycle.Customer }

func (q confirmGiveUp) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	if msg.String() == "y" {
		return m.write(giveUpCmd(m.ctx, m.book, q.customer))
	}
	return nil
}

func (q confirmGiveUp) view(sh *shared) string {
	return question(sh, "Give up on "+text.Fit(q.customer.Name, 40)+"?",
		"They move to the last ended phase and are marked do not contact.\ny give up · any other key keeps them")
}

func (confirmGiveUp) helpLine(sh *shared) string {
	return sh.hint("y give up · any other key cancels")
}

// attemptSummaries pre-fill the summary of an attempt, by the flag the
// customer is on the list for.
var attemptSummaries = map[lifecycle.FlagKind]string{
	lifecycle.WinBack: "Win-back call",
	lifecycle.AtRisk:  "Check-in call",
	lifecycle.Stalled: "Follow-up call",
}

// openAttemptForm logs an attempt to win a customer back or keep them: the
// contact form, pre-filled for a call made now, so that enter logs it.
func (m *Model) openAttemptForm(c lifecycle.Customer, kind lifecycle.FlagKind) tea.Cmd {
	f, cmd := newContactForm(c)
	f.attempt = true
	f.title = "Log an attempt with " + text.Clean(c.Name)
	f.fields[3].input.SetValue(attemptSummaries[kind])
	f.fields[3].input.CursorEnd()
	return m.open(f, cmd)
}

// snoozeCmd stores a snooze.
func snoozeCmd(ctx context.Context, b *data.Book, c lifecycle.Customer, until time.Time) tea.Cmd {
	return triageCmd(c, "snoozed until "+until.Format("2 Jan 2006"), "snooze of", func() (data.TriageStep, string, error) {
		step, err := b.Snooze(ctx, c.ID, until)
		return step, "", err
	})
}

// wonBackCmd records a customer won back.
func wonBackCmd(ctx context.Context, b *data.Book, c lifecycle.Customer) tea.Cmd {
	return triageCmd(c, "won back", "win-back of", func() (data.TriageStep, string, error) {
		step, err := b.WonBack(ctx, c.ID)
		if err == nil && !step.Moved() {
			return step, "won back (a customer already, so not moved)", nil
		}
		return step, "", err
	})
}

// giveUpCmd records a customer as lost, not to be contacted.
func giveUpCmd(ctx context.Context, b *data.Book, c lifecycle.Customer) tea.Cmd {
	return triageCmd(c, "lost, do not contact", "giving up on", func() (data.TriageStep, string, error) {
		step, err := b.GiveUp(ctx, c.ID)
		return step, "", err
	})
}

// logAttemptCmd stores an attempt.
func logAttemptCmd(ctx context.Context, b *data.Book, c lifecycle.Contact, name string) tea.Cmd {
	return func() tea.Msg {
		step, err := b.LogAttempt(ctx, c)
		if err != nil {
			return errMsg{fmt.Errorf("could not log the attempt with %s: %w", name, err)}
		}
		what := string(c.Kind) + " logged"
		return triageDoneMsg{id: c.CustomerID, what: what, status: "Logged a " + string(c.Kind) + " with " + name + " · u to undo",
			step: undoTriage(step, "attempt logged with "+name)}
	}
}

// triageCmd runs a triage action and says what was done: what, unless the
// write says otherwise. The undo names the action as "<action> <name>".
func triageCmd(c lifecycle.Customer, what, action string, write func() (data.TriageStep, string, error)) tea.Cmd {
	name := text.Clean(c.Name)
	return func() tea.Msg {
		step, done, err := write()
		if err != nil {
			return errMsg{fmt.Errorf("could not mark %s %s: %w", name, what, err)}
		}
		said := cmp.Or(done, what)
		return triageDoneMsg{id: c.ID, what: said, status: fmt.Sprintf("%s: %s · u to undo", name, said),
			step: undoTriage(step, action+" "+name)}
	}
}
