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

// snoozeChooser asks how long to leave a customer alone: a number picks
// one of the usual spans, d asks for a date.
type snoozeChooser struct{ dayChooser }

// snoozeSpans are the usual snoozes, in days.
var snoozeSpans = []int{7, 30, 90}

func newSnoozeChooser(c lifecycle.Customer) *snoozeChooser {
	return &snoozeChooser{dayChooser{
		title: words.T("triage.snooze.title", words.V{"Name": text.Fit(c.Name, 30)}),
		choices: func(now time.Time) (days []time.Time, lines []string) {
			for i, span := range snoozeSpans {
				days = append(days, lifecycle.DaysAfter(now, span))
				lines = append(lines, words.T("triage.snooze.span", words.V{"Key": i + 1, "Days": span}))
			}
			return days, lines
		},
		other: words.T("triage.snooze.date"), keys: words.T("triage.snooze.keys"), hint: words.T("triage.snooze.hint"),
		check: func(until, now time.Time) error {
			if !until.After(now) {
				return errors.New(words.T("triage.snooze.not-after-today"))
			}
			return nil
		},
		chosen: func(m *Model, until time.Time) tea.Cmd { return m.write(snoozeCmd(m.ctx, m.book, c, until)) },
		form: dayForm(words.T("triage.snooze.until-title", words.V{"Name": text.Clean(c.Name)}),
			words.T("triage.snooze.until"), words.T("triage.snooze.until-hint")),
	}}
}

// snoozeCmd stores a snooze.
func snoozeCmd(ctx context.Context, b *data.Book, c lifecycle.Customer, until time.Time) tea.Cmd {
	done := words.T("triage.done.snoozed", words.V{"Day": dayInText(until)})
	return triageCmd(c, done, words.T("triage.undo.snooze", words.V{"Name": text.Clean(c.Name)}), func() (data.TriageStep, string, error) {
		step, err := b.Snooze(ctx, c.ID, until)
		return step, "", err
	})
}
