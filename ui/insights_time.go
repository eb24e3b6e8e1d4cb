package ui

import (
	"math"
	"strings"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// timePhases are the phases the time in phase shows: a hidden one only
// when someone left it or waits in it.
func (s *insightsScreen) timePhases(lc lifecycle.Lifecycle) []lifecycle.PhaseTime {
	var out []lifecycle.PhaseTime
	for _, t := range s.figures.TimeInPhase {
		p, err := lc.Find(t.Phase)
		if err != nil || !p.Hidden || t.Left.Customers+t.Waiting.Customers > 0 {
			out = append(out, t)
		}
	}
	return out
}

// timeLines draw how long customers stay in each phase: those who left it
// in the period, and those still in it at its end, how long they have
// waited. The chart has a bar to the median and a lighter one on to the
// 90th percentile.
func (s *insightsScreen) timeLines(st *Styles, lc lifecycle.Lifecycle) []string {
	if s.table {
		return s.timeTable(st, lc)
	}
	phases := s.timePhases(lc)
	top := 0.0
	for _, t := range phases {
		top = max(top, t.Left.P90, t.Waiting.P90)
	}
	g := grid{14, 7, min(max(s.width-14-7-7-7-9-5, 1), maxBarWidth), 7, 7, 9}
	lines := []string{
		st.Muted.Render(g.row(words.T("insights.head.phase"), "", words.T("insights.time.legend", words.V{"Median": st.Info.Render("█")}),
			words.T("insights.head.median"), words.T("insights.head.p90"), words.T("insights.head.customers"))),
	}
	for _, t := range phases {
		name := " " + text.Fit(phaseName(lc, t.Phase), 13)
		for i, d := range []lifecycle.DaySpread{t.Left, t.Waiting} {
			kind := []string{words.T("insights.head.left"), words.T("insights.head.waiting")}[i]
			bar := pad(st.Info.Render(hbar(d.Median, top, g[2]))+st.Subtle.Render(p90Tail(d, top, g[2])), g[2])
			lines = append(lines, g.row(name, pad(kind, 7), bar, spreadDays(d.Median, d), spreadDays(d.P90, d), words.Number(d.Customers)))
			name = ""
		}
	}
	return append(lines, "", st.Muted.Render(text.Fit(" "+words.T("insights.time.note"), s.width)))
}

// p90Tail carries a bar on from its median to its 90th percentile.
func p90Tail(d lifecycle.DaySpread, top float64, width int) string {
	if d.Customers == 0 || top <= 0 {
		return ""
	}
	to := int(math.Round(d.P90 / top * float64(width)))
	return strings.Repeat("░", max(to-text.Width(hbar(d.Median, top, width)), 0))
}

// spreadDays writes a median or percentile, or a dash where nobody counts.
func spreadDays(v float64, d lifecycle.DaySpread) string {
	if d.Customers == 0 {
		return "–"
	}
	return days(v)
}

// timeTable lists each phase's figures for those who left and those who
// wait.
func (s *insightsScreen) timeTable(st *Styles, lc lifecycle.Lifecycle) []string {
	g := grid{16, 9, 7, 7, 9, 7, 7}
	lines := []string{
		st.Muted.Render(g.row("", "", words.T("insights.head.left"), "", "", words.T("insights.head.waiting"), "")),
		st.Muted.Render(g.row(words.T("insights.head.phase"), words.T("insights.head.customers"), words.T("insights.head.median"),
			words.T("insights.head.p90"), words.T("insights.head.customers"), words.T("insights.head.median"), words.T("insights.head.p90"))),
	}
	for _, t := range s.timePhases(lc) {
		l, w := t.Left, t.Waiting
		lines = append(lines, g.row(text.Fit(phaseName(lc, t.Phase), 16),
			words.Number(l.Customers), spreadDays(l.Median, l), spreadDays(l.P90, l),
			words.Number(w.Customers), spreadDays(w.Median, w), spreadDays(w.P90, w)))
	}
	return lines
}
