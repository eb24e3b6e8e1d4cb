package ui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
)

// dayChooser asks for a day: a number picks one of a few usual days, d
// asks for a date typed in a form. A snooze on the re-engagement list and
// the move of a follow-up on the agenda both ask this way.
type dayChooser struct {
	title string // the box's title
	// choices are the usual days as of now, and the line that offers each.
	choices func(now time.Time) (days []time.Time, lines []string)
	other   string // the line that offers a typed date
	keys    string // the keys under the choices
	hint    string // the footer's hint
	// check refuses a typed day the chooser cannot take.
	check func(day, now time.Time) error
	// chosen stores the day picked.
	chosen func(m *Model, day time.Time) tea.Cmd
	asking bool // for a date, in the form
	form   form
}

// fieldDay is the name of the form's one field, the day typed.
const fieldDay = "day"

func (c *dayChooser) view(sh *shared) string {
	st := &sh.styles
	if c.asking {
		return c.form.draw(st, sh.width, sh.formRoom())
	}
	var b strings.Builder
	b.WriteString(st.Title.Render(c.title) + "\n\n")
	_, lines := c.choices(sh.now())
	for _, line := range lines {
		b.WriteString(" " + line + "\n")
	}
	b.WriteString(" " + c.other + "\n\n" + st.Muted.Render(c.keys))
	return st.Overlay.Render(b.String())
}

func (c *dayChooser) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	if c.asking {
		return c.formKey(m, msg)
	}
	days, _ := c.choices(m.now())
	switch k := msg.String(); {
	case k == "esc" || k == "q" || k == "s":
		m.pop()
	case k == "d":
		c.asking = true
		return c.form.focusField(0)
	case len(k) == 1 && k[0] >= '1' && int(k[0]-'1') < len(days):
		m.pop()
		return c.chosen(m, days[k[0]-'1'])
	}
	return nil
}

func (c *dayChooser) formKey(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	cmd, result := c.form.update(msg)
	switch result {
	case formCancelled:
		m.pop()
	case formSubmitted:
		day, err := lifecycle.ParseWhen(c.form.fields[0].value(), m.now(), lifecycle.Future)
		if err == nil {
			err = c.check(day, m.now())
		}
		if err != nil {
			c.form.setError(fieldDay, errorText(err))
			return cmd
		}
		m.pop()
		return c.chosen(m, day)
	}
	return cmd
}

func (c *dayChooser) helpLine(sh *shared) string {
	return sh.hint(c.hint)
}

// dayForm is the form of a typed date, under a title.
func dayForm(title, label, hint string) form {
	return form{title: title, fields: []field{newTextField(fieldDay, label, "", hint)}}
}
