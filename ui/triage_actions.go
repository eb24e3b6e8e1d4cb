package ui

import (
	"cmp"
	"context"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// attemptSummary pre-fills the summary of an attempt, by the flag the
// customer is on the list for.
func attemptSummary(kind lifecycle.FlagKind) string {
	return map[lifecycle.FlagKind]string{
		lifecycle.WinBack: words.T("triage.attempt.win-back"),
		lifecycle.AtRisk:  words.T("triage.attempt.at-risk"),
		lifecycle.Stalled: words.T("triage.attempt.stalled"),
	}[kind]
}

// openAttemptForm logs an attempt to win a customer back or keep them: the
// contact form, pre-filled for a call made now, so that enter logs it.
func (m *Model) openAttemptForm(c lifecycle.Customer, kind lifecycle.FlagKind) tea.Cmd {
	f, cmd := newContactForm(c)
	f.attempt = true
	f.title = words.T("triage.attempt.title", words.V{"Name": text.Clean(c.Name)})
	f.fields[3].input.SetValue(attemptSummary(kind))
	f.fields[3].input.CursorEnd()
	return m.open(f, cmd)
}

// wonBackCmd records a customer won back, and why.
func wonBackCmd(ctx context.Context, b *data.Book, c lifecycle.Customer, why lifecycle.Why) tea.Cmd {
	undo := words.T("triage.undo.win-back", words.V{"Name": text.Clean(c.Name)})
	return triageCmd(c, words.T("triage.done.won-back"), undo, func() (data.TriageStep, string, error) {
		step, err := b.WonBack(ctx, c.ID, why)
		if err == nil && !step.Moved() {
			return step, words.T("triage.done.won-back-not-moved"), nil
		}
		return step, "", err
	})
}

// giveUpCmd records a customer as lost, not to be contacted, and why.
func giveUpCmd(ctx context.Context, b *data.Book, c lifecycle.Customer, why lifecycle.Why) tea.Cmd {
	undo := words.T("triage.undo.give-up", words.V{"Name": text.Clean(c.Name)})
	return triageCmd(c, words.T("triage.done.lost"), undo, func() (data.TriageStep, string, error) {
		step, err := b.GiveUp(ctx, c.ID, why)
		return step, "", err
	})
}

// logAttemptCmd stores an attempt.
func logAttemptCmd(ctx context.Context, b *data.Book, c lifecycle.Contact, name string) tea.Cmd {
	return func() tea.Msg {
		step, err := b.LogAttempt(ctx, c)
		if err != nil {
			return errMsg{failed(words.T("triage.failed.attempt", words.V{"Name": name, "Reason": err}), err)}
		}
		what := words.T("triage.done.logged", words.V{"Kind": words.ContactKind(c.Kind)})
		return triageDoneMsg{id: c.CustomerID, what: what, status: words.T("triage.status.logged", words.V{"Kind": words.ContactKind(c.Kind), "Name": name}),
			step: undoTriage(step, words.T("triage.undo.attempt", words.V{"Name": name}))}
	}
}

// triageCmd runs a triage action and says what was done: what, unless the
// write says otherwise. undo names the action for the way back: "snooze of
// Lost Ltd".
func triageCmd(c lifecycle.Customer, what, undo string, write func() (data.TriageStep, string, error)) tea.Cmd {
	name := text.Clean(c.Name)
	return func() tea.Msg {
		step, done, err := write()
		if err != nil {
			return errMsg{failed(words.T("triage.failed.mark", words.V{"Name": name, "Done": what, "Reason": err}), err)}
		}
		said := cmp.Or(done, what)
		return triageDoneMsg{id: c.ID, what: said, status: words.T("triage.status.done", words.V{"Name": name, "Done": said}),
			step: undoTriage(step, undo)}
	}
}
