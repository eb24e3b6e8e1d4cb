package ui

import (
	"cmp"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// pickPurpose says what a picker's choice is for.
type pickPurpose int

const (
	pickPhase        pickPurpose = iota // the phase to move a customer to (m)
	pickOwner                           // the owner the insights are narrowed to
	pickTag                             // the tag the insights are narrowed to
	pickSort                            // the order of the board's columns (o)
	pickTemplate                        // the template of a draft to the customer (D)
	pickMarkedPhase                     // the phase to move the marked customers to (m with marks)
	pickMarkedAction                    // what to do to the marked customers (.)
	pickKept                            // which of two marked customers a merge keeps
	pickEmail                           // which e-mail address y e copies
	pickPhone                           // which phone number y p copies
)

// picker chooses one of a list: a phase for the selected customer, or an
// owner or tag for the insights. A list longer than the screen scrolls.
type picker struct {
	purpose pickPurpose
	title   string
	hint    string   // the keys under the choices, saying what enter does
	keys    string   // the keys in the help line
	labels  []string // what each choice shows
	values  []string // what each choice stands for: a phase key, an owner, a tag
	current int      // the choice in force, marked "(now)"; -1 for none
	cursor  int
	// labelWidth is the cells a label shows at most; 0 for 28.
	labelWidth int
	// customer is whose phase is picked.
	customer lifecycle.Customer
}

func newPhasePicker(lc lifecycle.Lifecycle, c lifecycle.Customer) *picker {
	p := &picker{purpose: pickPhase, title: words.T("board.picker.move-title", words.V{"Name": text.Fit(c.Name, 30)}),
		hint: words.T("board.picker.move-hint"), keys: words.T("board.picker.move-keys"), current: -1, customer: c}
	for i, ph := range lc.Visible() {
		p.labels, p.values = append(p.labels, ph.Label), append(p.values, ph.Key)
		if ph.Key == c.Phase {
			p.cursor, p.current = i, i
		}
	}
	return p
}

// newFilterPicker chooses one of values, or "any" (the value ""), with
// now the value in force.
func newFilterPicker(purpose pickPurpose, title string, values []string, now string) *picker {
	p := &picker{purpose: purpose, title: title, hint: words.T("board.picker.filter-hint"), keys: words.T("board.picker.filter-keys"),
		labels: []string{words.T("board.picker.any")}, values: []string{""}}
	for _, v := range values {
		p.labels, p.values = append(p.labels, v), append(p.values, v)
	}
	for i, v := range p.values {
		if v == now {
			p.cursor, p.current = i, i
		}
	}
	return p
}

func (p *picker) move(delta int) {
	p.cursor = (p.cursor + delta + len(p.values)) % len(p.values)
}

// byNumber is the choice with the number typed (1-9).
func (p *picker) byNumber(key string) (int, bool) {
	if len(key) != 1 || key[0] < '1' || key[0] > '9' {
		return 0, false
	}
	i := int(key[0] - '1')
	return i, i < len(p.values)
}

// pickerChrome is the lines of the box around the choices: its border,
// the title and the hint, each with a blank line.
const pickerChrome = 6

// view draws the choices that fit a box at most the body's height, the
// cursor's among them.
func (p *picker) view(sh *shared) string {
	s, height := &sh.styles, sh.bodyHeight()
	rows := max(height-pickerChrome, 1)
	first := max(p.cursor-rows+1, 0)
	var b strings.Builder
	b.WriteString(s.Title.Render(p.title))
	b.WriteString("\n\n")
	fit := cmp.Or(p.labelWidth, 28)
	for i := first; i < min(first+rows, len(p.labels)); i++ {
		line := fmt.Sprintf("%d  %s", i+1, text.Fit(p.labels[i], fit))
		if i >= 9 {
			line = "   " + text.Fit(p.labels[i], fit)
		}
		switch {
		case i == p.cursor:
			line = s.CardSelected.Render("▌" + line)
		case i == p.current:
			line = s.Muted.Render(" " + words.T("board.picker.now", words.V{"Choice": line}))
		default:
			line = " " + line
		}
		b.WriteString(line + "\n")
	}
	hint := p.hint
	if len(p.labels) > rows {
		hint += " · " + words.T("board.picker.position", words.V{"At": p.cursor + 1, "Of": len(p.labels)})
	}
	b.WriteString("\n" + s.Muted.Render(hint))
	return s.Overlay.Render(b.String())
}

// openPicker starts choosing a phase for a customer.
func (m *Model) openPicker(c lifecycle.Customer) tea.Cmd {
	m.push(newPhasePicker(m.lc, c))
	return nil
}

func (p *picker) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	if i, ok := p.byNumber(msg.String()); ok {
		return p.picked(m, i)
	}
	switch msg.String() {
	case "up", "k":
		p.move(-1)
	case "down", "j":
		p.move(1)
	case "enter":
		return p.picked(m, p.cursor)
	case "esc", "q", "m", "o", "D":
		m.pop()
	}
	return nil
}

// picked closes the picker and acts on its choice at i.
func (p *picker) picked(m *Model, i int) tea.Cmd {
	m.pop()
	switch p.purpose {
	case pickOwner:
		return m.narrowInsights(p.values[i], m.insights.tag)
	case pickTag:
		return m.narrowInsights(m.insights.owner, p.values[i])
	case pickSort:
		return m.sortBoard(data.Order(p.values[i]))
	case pickTemplate:
		return fillDraftCmd(m.ctx, m.book, p.customer, p.values[i])
	case pickMarkedPhase:
		return m.moveMarked(p.values[i])
	case pickMarkedAction:
		return m.actOnMarked(p.values[i])
	case pickKept:
		return m.mergeMarked(p.values[i])
	case pickEmail:
		return m.reached(copied(copyEmail, p.values[i]))
	case pickPhone:
		return m.reached(copied(copyPhone, p.values[i]))
	}
	return m.moveTo(p.customer, p.values[i])
}

func (p *picker) helpLine(sh *shared) string {
	return sh.hint(p.keys)
}
