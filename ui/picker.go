package ui

import (
	"fmt"
	"strings"

	"tend/lifecycle"
)

// picker chooses a phase to move the selected customer to (m).
type picker struct {
	phases   []lifecycle.Phase
	cursor   int
	customer lifecycle.Customer
}

func newPicker(lc lifecycle.Lifecycle, c lifecycle.Customer) picker {
	p := picker{phases: lc.Visible(), customer: c}
	for i, ph := range p.phases {
		if ph.Key == c.Phase {
			p.cursor = i
		}
	}
	return p
}

func (p *picker) move(delta int) {
	p.cursor = (p.cursor + delta + len(p.phases)) % len(p.phases)
}

// chosen returns the phase under the cursor.
func (p *picker) chosen() lifecycle.Phase { return p.phases[p.cursor] }

// byNumber picks the phase with the number typed (1-9).
func (p *picker) byNumber(key string) (lifecycle.Phase, bool) {
	if len(key) != 1 || key[0] < '1' || key[0] > '9' {
		return lifecycle.Phase{}, false
	}
	i := int(key[0] - '1')
	if i >= len(p.phases) {
		return lifecycle.Phase{}, false
	}
	return p.phases[i], true
}

func (p *picker) view(s *Styles) string {
	var b strings.Builder
	b.WriteString(s.Title.Render("Move " + Fit(p.customer.Name, 30) + " to"))
	b.WriteString("\n\n")
	for i, ph := range p.phases {
		line := fmt.Sprintf("%d  %s", i+1, Fit(ph.Label, 28))
		switch {
		case i == p.cursor:
			line = s.CardSelected.Render("▌" + line)
		case ph.Key == p.customer.Phase:
			line = s.Muted.Render(" " + line + "  (now)")
		default:
			line = " " + line
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n" + s.Muted.Render("enter move · 1-9 pick · esc cancel"))
	return s.Overlay.Render(b.String())
}
