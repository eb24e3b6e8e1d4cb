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

// followUpMover asks the day to move a follow-up to: tomorrow, next week
// or in a month by a number, or a date typed after d.
type followUpMover struct {
	followUp data.FollowUp
	asking   bool // for a date, in the form
	form     form
}

// fieldMoveTo is the name of the field of the day to move to.
const fieldMoveTo = "day"

func newFollowUpMover(f data.FollowUp) *followUpMover {
	return &followUpMover{followUp: f, form: form{
		title:  words.T("agenda.move.title", words.V{"Name": text.Clean(f.Customer)}),
		fields: []field{newTextField(fieldMoveTo, words.T("agenda.move.day"), "", words.T("agenda.move.day-hint"))},
	}}
}

// moveChoices are the days a number picks, as of now.
func moveChoices(now time.Time) []time.Time {
	return []time.Time{lifecycle.DaysAfter(now, 1), lifecycle.DaysAfter(now, 7), lifecycle.StartOfDay(now.AddDate(0, 1, 0))}
}

func (p *followUpMover) view(sh *shared) string {
	st := &sh.styles
	if p.asking {
		return p.form.draw(st, sh.width, sh.bodyHeight()-9)
	}
	var b strings.Builder
	b.WriteString(st.Title.Render(words.T("agenda.move.title", words.V{"Name": text.Fit(p.followUp.Customer, 30)})) + "\n\n")
	days := moveChoices(sh.now())
	day := func(i int) words.V {
		return words.V{"Key": i + 1, "Weekday": words.Weekday(days[i]), "Day": words.Day(days[i])}
	}
	for _, choice := range []string{words.T("agenda.move.tomorrow", day(0)), words.T("agenda.move.next-week", day(1)),
		words.T("agenda.move.next-month", day(2))} {
		b.WriteString(" " + choice + "\n")
	}
	b.WriteString(" " + words.T("agenda.move.date") + "\n\n" + st.Muted.Render(words.T("agenda.move.keys")))
	return st.Overlay.Render(b.String())
}

func (p *followUpMover) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	if p.asking {
		return p.formKey(m, msg)
	}
	days := moveChoices(m.now())
	switch k := msg.String(); {
	case k == "esc" || k == "q" || k == "s":
		m.pop()
	case k == "d":
		p.asking = true
		return p.form.focusField(0)
	case len(k) == 1 && k[0] >= '1' && int(k[0]-'1') < len(days):
		m.pop()
		return m.write(moveFollowUpCmd(m.ctx, m.book, p.followUp, days[k[0]-'1']))
	}
	return nil
}

func (p *followUpMover) formKey(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	cmd, result := p.form.update(msg)
	switch result {
	case formCancelled:
		m.pop()
	case formSubmitted:
		day, err := lifecycle.ParseWhen(p.form.fields[0].value(), m.now(), lifecycle.Future)
		if err == nil && day.Before(lifecycle.DaysAfter(m.now(), 0)) {
			err = errors.New(words.T("agenda.move.not-before-today"))
		}
		if err != nil {
			p.form.setError(fieldMoveTo, errorText(err))
			return cmd
		}
		m.pop()
		return m.write(moveFollowUpCmd(m.ctx, m.book, p.followUp, day))
	}
	return cmd
}

func (p *followUpMover) helpLine(sh *shared) string {
	return sh.hint(words.T("agenda.move.hint"))
}

// moveFollowUpCmd moves a follow-up to another day.
func moveFollowUpCmd(ctx context.Context, b *data.Book, f data.FollowUp, day time.Time) tea.Cmd {
	name := text.Clean(f.Customer)
	return func() tea.Msg {
		step, err := b.MoveFollowUp(ctx, f.ContactID, day)
		if err != nil {
			return errMsg{failed(words.T("agenda.failed.move", words.V{"Name": name, "Reason": err}), err)}
		}
		return writtenMsg{step: undoFollowUp(step, words.T("agenda.undo.move", words.V{"Name": name})), selectID: f.CustomerID,
			status: words.T("agenda.status.moved", words.V{"Name": name, "Day": words.Day(day)})}
	}
}

// finishFollowUpCmd marks a follow-up done without a contact.
func finishFollowUpCmd(ctx context.Context, b *data.Book, f data.FollowUp) tea.Cmd {
	name := text.Clean(f.Customer)
	return func() tea.Msg {
		step, err := b.FinishFollowUp(ctx, f.ContactID)
		if err != nil {
			return errMsg{failed(words.T("agenda.failed.done", words.V{"Name": name, "Reason": err}), err)}
		}
		return writtenMsg{step: undoFollowUp(step, words.T("agenda.undo.done", words.V{"Name": name})), selectID: f.CustomerID,
			status: words.T("agenda.status.done", words.V{"Name": name})}
	}
}

// undoFollowUp takes back a move or a close of a follow-up, named as
// "move of the follow-up of Acme".
func undoFollowUp(step data.FollowUpStep, what string) *undoStep {
	return &undoStep{what: what, customer: step.CustomerID,
		undo: func(ctx context.Context, b *data.Book) error { return b.UndoFollowUp(ctx, step) }}
}
