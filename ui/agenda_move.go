package ui

import (
	"context"
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// followUpMover asks the day to move a follow-up to: tomorrow, next week
// or in a month by a number, or a date typed after d.
type followUpMover struct{ dayChooser }

func newFollowUpMover(f data.FollowUp) *followUpMover {
	return &followUpMover{dayChooser{
		title: words.T("agenda.move.title", words.V{"Name": text.Fit(f.Customer, 30)}),
		choices: func(now time.Time) ([]time.Time, []string) {
			days := []time.Time{lifecycle.DaysAfter(now, 1), lifecycle.DaysAfter(now, 7), lifecycle.StartOfDay(now.AddDate(0, 1, 0))}
			on := func(i int) words.V {
				return words.V{"Key": i + 1, "Weekday": words.Weekday(days[i]), "Day": words.Day(days[i])}
			}
			return days, []string{words.T("agenda.move.tomorrow", on(0)), words.T("agenda.move.next-week", on(1)),
				words.T("agenda.move.next-month", on(2))}
		},
		other: words.T("agenda.move.date"), keys: words.T("agenda.move.keys"), hint: words.T("agenda.move.hint"),
		check: func(day, now time.Time) error {
			if day.Before(lifecycle.DaysAfter(now, 0)) {
				return errors.New(words.T("agenda.move.not-before-today"))
			}
			return nil
		},
		chosen: func(m *Model, day time.Time) tea.Cmd { return m.write(moveFollowUpCmd(m.ctx, m.book, f, day)) },
		form: dayForm(words.T("agenda.move.title", words.V{"Name": text.Clean(f.Customer)}),
			words.T("agenda.move.day"), words.T("agenda.move.day-hint")),
	}}
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
