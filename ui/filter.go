package ui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/ui/words"
)

// filterBar is the / filter: what is typed narrows the board to customers
// whose name, company, e-mail, phone, owner or tags contain it; f narrows
// it to the customers with a flag.
type filterBar struct {
	input   textinput.Model
	flagged bool
	mine    string     // the owner the board is narrowed to with M, "" for any
	order   data.Order // the order of every column, which narrows nothing
	// archived shows the archived customers instead of the active ones
	// (A), which is no narrowing either: esc leaves it apart.
	archived bool
}

func newFilterBar() filterBar {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = words.T("board.filter.placeholder")
	in.CharLimit = 200
	return filterBar{input: in}
}

// value is the filter the board reads with.
func (f *filterBar) value() data.Filter {
	return data.Filter{Search: f.input.Value(), Flagged: f.flagged, Owner: f.mine, Order: f.order, Archived: f.archived}
}

// active reports whether a filter narrows the board.
func (f *filterBar) active() bool { return f.input.Value() != "" || f.flagged || f.mine != "" }

// toggleMine narrows the board to the customers of the owner me, or
// widens it again.
func (f *filterBar) toggleMine(me string) {
	if f.mine != "" {
		f.mine = ""
		return
	}
	f.mine = me
}

// searching reports whether text narrows the board, which shows the input.
func (f *filterBar) searching() bool { return f.input.Value() != "" }

func (f *filterBar) focus() tea.Cmd { return f.input.Focus() }

func (f *filterBar) blur() { f.input.Blur() }

// clear drops the text, the flagged filter and mine.
func (f *filterBar) clear() {
	f.clearSearch()
	f.flagged, f.mine = false, ""
}

// clearSearch drops the text and leaves the input.
func (f *filterBar) clearSearch() {
	f.input.SetValue("")
	f.input.Blur()
}

// update passes a key to the input and reports whether the text changed.
func (f *filterBar) update(msg tea.Msg) (tea.Cmd, bool) {
	before := f.input.Value()
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	return cmd, f.input.Value() != before
}

func (f *filterBar) view(width int) string {
	f.input.SetWidth(max(width-4, 1))
	return f.input.View()
}

// filterLine is the / filter while it has the keyboard: it is drawn in
// the title line, over the board.
type filterLine struct{}

func (filterLine) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "esc":
		m.filter.clearSearch()
		m.pop()
		return m.refresh(m.selectedID())
	case "enter", "down", "up":
		m.filter.blur()
		m.pop()
		return nil
	}
	cmd, changed := m.filter.update(msg)
	if changed {
		m.status.clear() // for the count of the matches
		return tea.Batch(cmd, m.refresh(m.selectedID()))
	}
	return cmd
}

func (filterLine) helpLine(sh *shared) string {
	return sh.hint(words.T("board.filter.hint"))
}
