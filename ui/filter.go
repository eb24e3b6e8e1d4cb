package ui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"tend/data"
)

// filterBar is the / filter: what is typed narrows the board to customers
// whose name, company, e-mail, phone, owner or tags contain it.
type filterBar struct {
	input textinput.Model
}

func newFilterBar() filterBar {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "name, company, e-mail, tag, owner"
	in.CharLimit = 200
	return filterBar{input: in}
}

// value is the filter the board reads with.
func (f *filterBar) value() data.Filter { return data.Filter{Search: f.input.Value()} }

// active reports whether a filter narrows the board.
func (f *filterBar) active() bool { return f.input.Value() != "" }

func (f *filterBar) focus() tea.Cmd { return f.input.Focus() }

func (f *filterBar) blur() { f.input.Blur() }

func (f *filterBar) clear() {
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
