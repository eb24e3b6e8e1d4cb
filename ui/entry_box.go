package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// entryBox shows one event of the timeline whole, every field and the
// text wrapped; from it e corrects a contact or purchase and d deletes it.
type entryBox struct {
	screen *customerScreen
	event  timelineEvent
	keys   entryKeys
}

// entryKeys are the keys of the entry box.
type entryKeys struct{ Correct, Delete, Close key.Binding }

func newEntryKeys() entryKeys {
	return entryKeys{
		Correct: bind([]string{"e"}, "e", words.T("keys.entry.correct")),
		Delete:  bind([]string{"d"}, "d", words.T("keys.entry.delete")),
		Close:   bind([]string{"esc", "enter", "q"}, words.T("keys.name.esc"), words.T("keys.entry.close")),
	}
}

// openEntry shows the selected event whole.
func (s *customerScreen) openEntry(m *Model) {
	if e, ok := s.selectedEvent(); ok {
		m.push(entryBox{screen: s, event: e, keys: newEntryKeys()})
	}
}

// changeKeys are refused at once on a read-only book.
func (b entryBox) changeKeys() []key.Binding { return []key.Binding{b.keys.Correct, b.keys.Delete} }

func (b entryBox) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k, e := b.keys, b.event.entry
	switch {
	case key.Matches(msg, k.Close):
		m.pop()
	case e == nil:
		// A move or a change of the record is history as it was made.
	case key.Matches(msg, k.Correct):
		m.pop()
		return m.openEntryForm(b.screen.customer, *e)
	case key.Matches(msg, k.Delete):
		m.pop()
		m.push(confirmDelete{customer: b.screen.customer, entry: *e})
	}
	return nil
}

func (b entryBox) helpLine(sh *shared) string {
	if b.event.entry == nil {
		return sh.help.ShortHelpView([]key.Binding{b.keys.Close})
	}
	return sh.help.ShortHelpView([]key.Binding{b.keys.Correct, b.keys.Delete, b.keys.Close})
}

// entryBoxWidth is the most the box's text takes across.
const entryBoxWidth = 68

func (b entryBox) view(sh *shared) string {
	st := &sh.styles
	inner := max(min(sh.width-6, entryBoxWidth), 20)
	rows := b.rows()
	labelW := 0
	for _, r := range rows {
		labelW = max(labelW, lipgloss.Width(r[0]))
	}
	// The border, title and keys take six lines and every other field
	// one; a text longer than what is left is cut, so that the keys stay.
	room := max(sh.bodyHeight()-6-(len(rows)-1), 1)
	var out strings.Builder
	out.WriteString(st.Title.Render(text.Fit(b.title(), inner)) + "\n\n")
	for _, r := range rows {
		lines := wrapWords(text.Clean(r[1]), max(inner-labelW-2, 10))
		if len(lines) > room {
			lines = append(lines[:room-1], foldLine(lines[room-1:], max(inner-labelW-2, 10)))
		}
		for i, line := range lines {
			label := ""
			if i == 0 {
				label = r[0]
			}
			out.WriteString(st.Label.Render(pad(label, labelW)) + "  " + line + "\n")
		}
	}
	out.WriteString("\n" + st.Muted.Render(text.Fit(b.keysLine(), inner)))
	return st.Overlay.Render(out.String())
}

// keysLine says what the box's keys do.
func (b entryBox) keysLine() string {
	if b.event.entry == nil {
		return words.T("customer.entry.keys-history")
	}
	return words.T("customer.entry.keys")
}

// title names what the event is.
func (b entryBox) title() string {
	name := text.Clean(b.screen.customer.Name)
	switch e := b.event.entry; {
	case e == nil:
		return words.T("customer.entry.title.history", words.V{"Name": name})
	case e.Contact != nil:
		return words.T("customer.entry.title.contact", words.V{"Name": name})
	}
	return words.T("customer.entry.title.purchase", words.V{"Name": name})
}

// rows are the event's fields, label and value, in the order the forms
// ask for them.
func (b entryBox) rows() [][2]string {
	ev := b.event
	when := [2]string{words.T("forms.when"), words.DayTime(ev.at)}
	var rows [][2]string
	switch e := ev.entry; {
	case e == nil:
		rows = [][2]string{when, {words.T("customer.entry.what"), ev.text}}
	case e.Contact != nil:
		rows = contactRows(*e.Contact, when)
	default:
		p := e.Purchase
		rows = [][2]string{{words.T("forms.purchase.amount"), words.Amount(p.Amount)}, when,
			{words.T("forms.purchase.currency"), p.Currency}}
		if p.Note != "" {
			rows = append(rows, [2]string{words.T("forms.purchase.note"), p.Note})
		}
	}
	if ev.by != "" {
		rows = append(rows, [2]string{words.T("customer.entry.by"), ev.by})
	}
	switch {
	case ev.who == "":
	case ev.entry == nil:
		rows = append(rows, [2]string{words.T("customer.entry.by"), ev.who})
	default:
		rows = append(rows, [2]string{words.T("customer.entry.corrected-by"), ev.who})
	}
	return rows
}

// contactRows are a contact's fields.
func contactRows(c lifecycle.Contact, when [2]string) [][2]string {
	rows := [][2]string{
		{words.T("forms.contact.kind"), words.ContactKind(c.Kind)}, when,
		{words.T("forms.contact.direction"), words.Direction(c.Direction)},
		{words.T("forms.contact.sentiment"), words.Sentiment(c.Sentiment)},
	}
	if c.Moment {
		rows = append(rows, [2]string{words.T("forms.contact.moment"), "★"})
	}
	if !c.FollowUp.IsZero() {
		rows = append(rows, [2]string{words.T("forms.contact.follow-up"), words.Day(c.FollowUp)})
	}
	return append(rows, [2]string{words.T("forms.contact.summary"), c.Summary})
}
