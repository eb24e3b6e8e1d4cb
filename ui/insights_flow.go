package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// strongestFlows is how many of the strongest moves stand out.
const strongestFlows = 3

// outcomeStyle colours a move by what it means for the business: a gain
// good, a loss bad, a customer entering the book plain.
func outcomeStyle(st *Styles, o lifecycle.Outcome) lipgloss.Style {
	switch o {
	case lifecycle.Gain:
		return st.Good
	case lifecycle.Loss:
		return st.Bad
	}
	return st.Accent
}

// flowPhases are the phases the flow shows: the visible ones, and hidden
// ones that customers moved from or to.
func (s *insightsScreen) flowPhases(lc lifecycle.Lifecycle) []lifecycle.Phase {
	moved := map[string]bool{}
	for _, c := range s.figures.Flow.Moves {
		moved[c.From], moved[c.To] = true, true
	}
	var out []lifecycle.Phase
	for _, p := range lc.Phases {
		if !p.Hidden || moved[p.Key] {
			out = append(out, p)
		}
	}
	return out
}

// flowLines draw the moves of the period and the conversion of each
// buying phase: as a from × to table with the strongest moves standing
// out, or as a list of the moves, the strongest first.
func (s *insightsScreen) flowLines(st *Styles, lc lifecycle.Lifecycle) []string {
	var lines []string
	if s.table {
		lines = s.moveList(st, lc)
	} else {
		lines = s.moveMatrix(st, lc)
	}
	lines = append(lines, s.reasonLines(st)...)
	return append(append(lines, ""), s.conversionLines(st, lc)...)
}

// reasonLines say why the period's customers were lost and what won them
// back, a line for each kind that has any, wrapped to the screen: a loss
// in the colour of a loss, a win-back in that of a gain.
func (s *insightsScreen) reasonLines(st *Styles) []string {
	var lines []string
	for _, kind := range lifecycle.ReasonKinds {
		said, ok := words.ReasonsCounted(kind, s.figures.Flow.Reasons)
		if !ok {
			continue
		}
		style := st.Bad
		if kind == lifecycle.WonBackReason {
			style = st.Good
		}
		if len(lines) == 0 {
			lines = append(lines, "")
		}
		for line := range strings.SplitSeq(ansi.Wrap(text.Clean(said), max(s.width-2, 20), ""), "\n") {
			lines = append(lines, " "+style.Render(line))
		}
	}
	return lines
}

// moveMatrix is a table of the customers who moved from each phase (the
// rows, "new" for entering the book) to each other (the columns).
func (s *insightsScreen) moveMatrix(st *Styles, lc lifecycle.Lifecycle) []string {
	phases := s.flowPhases(lc)
	cw := max(min((s.width-15)/max(len(phases), 1)-1, 14), 4)
	g := grid{14}
	head := []string{words.T("insights.flow.from-to")}
	for _, p := range phases {
		g, head = append(g, cw), append(head, text.Fit(p.Label, cw))
	}
	cells := map[[2]string]lifecycle.FlowCell{}
	for _, c := range s.figures.Flow.Moves {
		cells[[2]string{c.From, c.To}] = c
	}
	strong := s.strongest()
	lines := []string{st.Muted.Render(g.row(head...))}
	for _, from := range append([]lifecycle.Phase{{Label: words.T("insights.flow.new")}}, phases...) {
		row := []string{" " + text.Fit(from.Label, 13)}
		for _, to := range phases {
			c, ok := cells[[2]string{from.Key, to.Key}]
			if !ok {
				row = append(row, st.Subtle.Render("·"))
				continue
			}
			style := outcomeStyle(st, lc.OutcomeOf(c.From, c.To))
			if strong[[2]string{c.From, c.To}] {
				style = style.Bold(true).Reverse(true)
			}
			row = append(row, style.Render(words.Number(c.Customers)))
		}
		lines = append(lines, g.row(row...))
	}
	return append(lines, s.strongestLine(st, lc), flowLegend(st))
}

// strongest are the moves that stand out.
func (s *insightsScreen) strongest() map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, c := range s.figures.Flow.Moves[:min(strongestFlows, len(s.figures.Flow.Moves))] {
		out[[2]string{c.From, c.To}] = true
	}
	return out
}

// strongestLine names the strongest moves in words.
func (s *insightsScreen) strongestLine(st *Styles, lc lifecycle.Lifecycle) string {
	moves := s.figures.Flow.Moves
	if len(moves) == 0 {
		return st.Muted.Render(" " + words.T("insights.flow.nobody"))
	}
	var parts []string
	for _, c := range moves[:min(strongestFlows, len(moves))] {
		parts = append(parts, moveName(lc, c)+" "+words.Number(c.Customers))
	}
	return st.Muted.Render(text.Fit(" "+words.T("insights.flow.strongest", words.V{"Moves": strings.Join(parts, " · ")}), s.width))
}

// moveName names a move by its phases' labels.
func moveName(lc lifecycle.Lifecycle, c lifecycle.FlowCell) string {
	return text.Clean(fromName(lc, c.From)) + " → " + text.Clean(phaseName(lc, c.To))
}

// fromName names the phase a move came from: "new" for entering the book.
func fromName(lc lifecycle.Lifecycle, key string) string {
	if key == "" {
		return words.T("insights.flow.new")
	}
	return phaseName(lc, key)
}

// flowLegend tells what the colours of the moves mean.
func flowLegend(st *Styles) string {
	parts := []string{
		outcomeStyle(st, lifecycle.Gain).Render(words.T("insights.flow.gain")),
		outcomeStyle(st, lifecycle.Loss).Render(words.T("insights.flow.loss")),
		outcomeStyle(st, lifecycle.Fresh).Render(words.T("insights.flow.new")),
	}
	return " " + strings.Join(parts, st.Muted.Render(" · ")) + st.Muted.Render(" · "+words.T("insights.flow.strongest-reversed"))
}

// moveList lists every move with its direction, the strongest first and
// standing out.
func (s *insightsScreen) moveList(st *Styles, lc lifecycle.Lifecycle) []string {
	g := grid{16, 16, 9, 9}
	lines := []string{st.Muted.Render(g.row(words.T("insights.head.from"), words.T("insights.head.to"),
		words.T("insights.head.direction"), words.T("insights.head.customers")))}
	for i, c := range s.figures.Flow.Moves {
		line := g.row(text.Fit(fromName(lc, c.From), 16), pad(text.Fit(phaseName(lc, c.To), 16), 16), words.MoveDirection(c.Direction), words.Number(c.Customers))
		if i < strongestFlows {
			line = st.CardName.Render(line)
		}
		lines = append(lines, line)
	}
	if len(s.figures.Flow.Moves) == 0 {
		lines = append(lines, st.Muted.Render(" "+words.T("insights.flow.nobody")))
	}
	return lines
}

// conversionLines tell how many of each buying phase's customers in the
// period went on to the first owning phase: as bars, or as a table.
func (s *insightsScreen) conversionLines(st *Styles, lc lifecycle.Lifecycle) []string {
	flow := s.figures.Flow
	title := words.T("insights.flow.converted", words.V{"Phase": text.Clean(phaseName(lc, flow.Target))})
	lines := []string{st.CardName.Render(text.Fit(title, s.width))}
	g := grid{16, min(max(s.width-16-6-14-3, 1), maxBarWidth), 6, 14}
	if s.table {
		g = grid{16, 9, 9, 6}
		lines = append(lines, st.Muted.Render(g.row(words.T("insights.head.phase"), words.T("insights.head.customers"),
			words.T("insights.head.converted"), words.T("insights.head.rate"))))
	}
	for _, c := range flow.Conversion {
		name := " " + text.Fit(phaseName(lc, c.Phase), 15)
		if s.table {
			lines = append(lines, g.row(name, words.Number(c.Customers), words.Number(c.Converted), percent(c.Rate())))
			continue
		}
		bar := pad(st.Good.Render(hbar(c.Rate(), 1, g[1])), g[1])
		lines = append(lines, g.row(name, bar, percent(c.Rate()), words.T("insights.flow.of", words.V{"Customers": words.Number(c.Customers)})))
	}
	return lines
}
