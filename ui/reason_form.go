package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// Names of the reason form's fields.
const (
	fieldReason     = "reason"
	fieldReasonNote = "note"
)

// reasonForm asks why a customer was lost, or what won them back, before
// the move is made: a reason of the book's list, or none, and a free
// text. Enter makes the move (with no reason picked too: a busy rep may
// skip it), esc leaves the customer where they are.
type reasonForm struct {
	form
	send func(lifecycle.Why) tea.Cmd
}

// askReason opens the reason form for a move of customer c that takes a
// reason of kind; send is the write the answer goes with.
func (m *Model) askReason(kind lifecycle.ReasonKind, c lifecycle.Customer, send func(lifecycle.Why) tea.Cmd) tea.Cmd {
	title := words.T("board.reason.title-lost", words.V{"Name": text.Clean(c.Name)})
	if kind == lifecycle.WonBackReason {
		title = words.T("board.reason.title-won-back", words.V{"Name": text.Clean(c.Name)})
	}
	return m.askReasonTitled(kind, title, send)
}

// askReasonTitled opens the reason form under title.
func (m *Model) askReasonTitled(kind lifecycle.ReasonKind, title string, send func(lifecycle.Why) tea.Cmd) tea.Cmd {
	offered := lifecycle.Offered(m.reasons, kind)
	keys, names := []string{""}, map[string]string{"": words.T("board.reason.none")}
	var choices []string
	for i, r := range offered {
		keys = append(keys, r.Key)
		names[r.Key] = text.Clean(words.ReasonName(r))
		if i < 9 {
			// Each choice keeps to one line: its spaces do not break.
			choice := words.T("board.reason.choice", words.V{"Number": i + 1, "Name": names[r.Key]})
			choices = append(choices, strings.ReplaceAll(choice, " ", "\u00a0"))
		}
	}
	f := &reasonForm{send: send, form: form{title: title, aside: strings.Join(choices, " · "), fields: []field{
		newChoiceField(fieldReason, words.T("board.reason.reason"), keys, "", func(k string) string { return names[k] }),
		newTextField(fieldReasonNote, words.T("board.reason.note"), "", words.T("board.reason.note-hint")),
	}}}
	return m.open(f, f.focusField(0))
}

// key makes the move with the reason and note on enter, once the note is
// within its limit.
func (f *reasonForm) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	// A digit on the reasons picks the reason of that number.
	if k := msg.String(); f.focus == 0 && len(k) == 1 && k[0] >= '1' && k[0] <= '9' {
		if i := int(k[0] - '0'); i < len(f.fields[0].choices) {
			f.fields[0].choice = i
		}
		return nil
	}
	return m.formKey(&f.form, msg, func() (tea.Cmd, bool) {
		why := lifecycle.Why{Key: f.fields[0].value(), Note: f.fields[1].value()}
		if err := lifecycle.CheckNote("note", why.Note); err != nil {
			f.setError(fieldReasonNote, errorText(err))
			return nil, false
		}
		return f.send(why), true
	})
}

// winBack records a customer won back on the re-engagement list, first
// asking what won them back where the move takes a reason: out of an
// ended phase into the first owning one.
func (m *Model) winBack(c lifecycle.Customer) tea.Cmd {
	send := func(why lifecycle.Why) tea.Cmd { return wonBackCmd(m.ctx, m.book, c, why) }
	to, ok := m.lc.First(lifecycle.Owning)
	if kind, takes := m.lc.ReasonFor(c.Phase, to.Key); ok && takes {
		return m.askReason(kind, c, send)
	}
	return m.write(send(lifecycle.Why{}))
}
