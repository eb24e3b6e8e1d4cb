package ui

import (
	"cmp"
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
)

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
