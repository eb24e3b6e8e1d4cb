package ui

import (
	"tend/ui/text"
	"tend/ui/words"

	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// fieldKind is how a form field is edited.
type fieldKind int

const (
	textField   fieldKind = iota // typed text
	choiceField                  // one of a few words, cycled with ←/→ or space
	toggleField                  // yes or no, flipped with space
)

// field is one line of a form. Its error shows beside it until the value
// changes; the value itself is never thrown away.
type field struct {
	name    string // which field it is, for the code; the label is said
	label   string
	kind    fieldKind
	input   textinput.Model
	choices []string
	shown   []string // the choices as the field shows them
	choice  int
	on      bool
	err     string
}

func newTextField(name, label, value, placeholder string) field {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = placeholder
	in.CharLimit = 4000
	// The input drops control characters but would show bidirectional
	// overrides from the book; Clean drops both.
	in.SetValue(text.Clean(value))
	return field{name: name, label: label, kind: textField, input: in}
}

// newChoiceField offers choices, starting at current; say puts a choice
// in the language's words where the value is a word of the domain, and is
// nil where the values are the book's own (phase labels).
func newChoiceField(name, label string, choices []string, current string, say func(string) string) field {
	f := field{name: name, label: label, kind: choiceField, choices: choices, shown: choices}
	if say != nil {
		f.shown = make([]string, len(choices))
		for i, c := range choices {
			f.shown[i] = say(c)
		}
	}
	f.choose(current)
	return f
}

// choose picks the choice c, if the field offers it.
func (f *field) choose(c string) {
	for i, x := range f.choices {
		if x == c {
			f.choice = i
		}
	}
}

func newToggleField(name, label string, on bool) field {
	return field{name: name, label: label, kind: toggleField, on: on}
}

// value is the field's text, chosen word, or "yes"/"no".
func (f *field) value() string {
	switch f.kind {
	case choiceField:
		return f.choices[f.choice]
	case toggleField:
		if f.on {
			return "yes"
		}
		return "no"
	}
	return f.input.Value()
}

// form is a short modal form: fields one per line, tab between them, enter
// or ctrl+s to save, esc to cancel.
type form struct {
	title  string
	fields []field
	focus  int
	err    string // a problem that belongs to no single field
	aside  string // what the form says under its fields, such as the choices
}

// formResult is what a key did to a form.
type formResult int

const (
	formEditing formResult = iota
	formSubmitted
	formCancelled
)

// focusField moves the focus to field i.
func (f *form) focusField(i int) tea.Cmd {
	f.fields[f.focus].input.Blur()
	f.focus = (i + len(f.fields)) % len(f.fields)
	if f.fields[f.focus].kind == textField {
		return f.fields[f.focus].input.Focus()
	}
	return nil
}

// update handles a key for the form.
func (f *form) update(msg tea.KeyPressMsg) (tea.Cmd, formResult) {
	fd := &f.fields[f.focus]
	switch msg.String() {
	case "esc":
		return nil, formCancelled
	case "enter", "ctrl+s":
		return nil, formSubmitted
	case "tab", "down":
		return f.focusField(f.focus + 1), formEditing
	case "shift+tab", "up":
		return f.focusField(f.focus - 1), formEditing
	}
	switch fd.kind {
	case choiceField:
		f.cycle(fd, msg.String())
	case toggleField:
		if msg.String() == "space" || msg.String() == "x" {
			fd.on, fd.err = !fd.on, ""
		}
	default:
		before := fd.input.Value()
		var cmd tea.Cmd
		fd.input, cmd = fd.input.Update(msg)
		if fd.input.Value() != before {
			fd.err = ""
		}
		return cmd, formEditing
	}
	return nil, formEditing
}

// cycle changes a choice with ←/→, space, or the first letter of a choice.
func (f *form) cycle(fd *field, k string) {
	n := len(fd.choices)
	switch k {
	case "right", "l", "space":
		fd.choice = (fd.choice + 1) % n
	case "left", "h":
		fd.choice = (fd.choice + n - 1) % n
	default:
		for i, c := range fd.shown {
			if len(k) == 1 && strings.HasPrefix(c, k) {
				fd.choice = i
				break
			}
		}
	}
	fd.err = ""
}

// setError shows err beside the named field and focuses it.
func (f *form) setError(name, err string) tea.Cmd {
	for i := range f.fields {
		if f.fields[i].name == name {
			f.fields[i].err = err
			return f.focusField(i)
		}
	}
	f.err = err
	return nil
}

// hasErrors reports whether any field shows an error.
func (f *form) hasErrors() bool {
	for _, fd := range f.fields {
		if fd.err != "" {
			return true
		}
	}
	return false
}

// view draws the form over the screen it was opened on.
func (f *form) view(sh *shared) string {
	return f.draw(&sh.styles, sh.width, sh.formRoom())
}

// formChrome is the rows a form's box takes beside its fields: its
// border, title, error and keys, with the blank lines between.
const formChrome = 9

// formRoom is how many rows the fields of a form have over the body.
func (sh *shared) formRoom() int { return sh.bodyHeight() - formChrome }

// helpLine is the same under every form.
func (f *form) helpLine(sh *shared) string {
	return sh.hint(words.T("forms.hint"))
}

// draw draws the form as a box at most width cells wide, with at most
// rows of its fields: those around the focused one, a ⋮ where more are.
func (f *form) draw(s *Styles, width, rows int) string {
	labelW := 0
	for _, fd := range f.fields {
		labelW = max(labelW, lipgloss.Width(fd.label))
	}
	inner := max(min(width-6, 64), 30)
	valueW := max(inner-labelW-4, 10)
	var b strings.Builder
	b.WriteString(s.Title.Render(text.Fit(f.title, inner)) + "\n\n")
	from, to := fieldWindow(len(f.fields), f.focus, rows)
	for i := from; i < to; i++ {
		line := f.fieldView(s, i, labelW, valueW)
		if (i == from && from > 0) || (i == to-1 && to < len(f.fields)) {
			line = s.Muted.Render("  ⋮")
		}
		b.WriteString(line + "\n")
	}
	if f.aside != "" {
		b.WriteString("\n" + s.Muted.Render(ansi.Wrap(f.aside, inner, "")) + "\n")
	}
	if f.err != "" {
		b.WriteString("\n" + s.FieldError.Render(text.Fit(f.err, inner)) + "\n")
	}
	b.WriteString("\n" + s.Muted.Render(text.Fit(words.T("forms.keys"), inner)))
	return s.Overlay.Render(b.String())
}

func (f *form) fieldView(s *Styles, i, labelW, valueW int) string {
	fd := &f.fields[i]
	label, mark := s.Label, "  "
	if i == f.focus {
		label, mark = s.LabelFocused, s.Accent.Render("› ")
	}
	var value string
	switch fd.kind {
	case choiceField:
		value = s.Input.Render("‹ " + fd.shown[fd.choice] + " ›")
	case toggleField:
		mark := "[ ]"
		if fd.on {
			mark = "[x]"
		}
		value = s.Input.Render(mark)
	default:
		fd.input.SetWidth(valueW)
		value = fd.input.View()
	}
	line := mark + label.Render(pad(fd.label, labelW)) + "  " + value
	if fd.err != "" {
		line += "\n" + strings.Repeat(" ", labelW+4) + s.FieldError.Render(text.Fit("↑ "+fd.err, valueW))
	}
	return line
}

// formKey passes a key to the form on top. On enter, save reads the
// fields into the write that stores them; when they read well, the form
// closes and the write goes out, and otherwise the form stays with its
// fields marked.
func (m *Model) formKey(f *form, msg tea.KeyPressMsg, save func() (tea.Cmd, bool)) tea.Cmd {
	cmd, result := f.update(msg)
	switch result {
	case formCancelled:
		m.pop()
	case formSubmitted:
		write, ok := save()
		if !ok {
			return cmd
		}
		m.pop()
		return m.write(write)
	}
	return cmd
}

// fieldWindow is the range of n fields shown in rows, the focused one in
// it and, where rows are short, not under a ⋮: all of them where they fit.
func fieldWindow(n, focus, rows int) (from, to int) {
	if rows < 3 || n <= rows {
		return 0, n
	}
	from = min(max(focus-rows/2, 0), n-rows)
	return from, from + rows
}
