package ui

import (
	"charm.land/lipgloss/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// groupName heads a group of phases in the funnel.
func groupName(g lifecycle.Group) string {
	return ofGroup(g, words.T("insights.group.buying"), words.T("insights.group.owning"), words.T("insights.group.ended"))
}

// groupCell names a phase's group in the funnel's table.
func groupCell(g lifecycle.Group) string {
	return ofGroup(g, words.T("insights.group-cell.buying"), words.T("insights.group-cell.owning"), words.T("insights.group-cell.ended"))
}

// ofGroup is the one of buying, owning and ended that names g.
func ofGroup(g lifecycle.Group, buying, owning, ended string) string {
	switch g {
	case lifecycle.Buying:
		return buying
	case lifecycle.Owning:
		return owning
	case lifecycle.Ended:
		return ended
	}
	return ""
}

// groupStyle sets the groups' bars apart.
func groupStyle(st *Styles, g lifecycle.Group) lipgloss.Style {
	switch g {
	case lifecycle.Buying:
		return st.Info
	case lifecycle.Owning:
		return st.Good
	}
	return st.Muted
}

// funnelSteps are the steps worth a line: a hidden phase only while a
// customer is still in it.
func (s *insightsScreen) funnelSteps() []lifecycle.FunnelStep {
	var out []lifecycle.FunnelStep
	for _, f := range s.steps() {
		if !f.Phase.Hidden || f.Customers > 0 {
			out = append(out, f)
		}
	}
	return out
}

// funnelLines draw the customers in each phase now: as bars grouped into
// buying, owning and ended, or as a table with each phase's share.
func (s *insightsScreen) funnelLines(st *Styles) []string {
	steps := s.funnelSteps()
	total, value, top := 0, lifecycle.Money(0), 0
	for _, f := range steps {
		total, value, top = total+f.Customers, value+f.Value, max(top, f.Customers)
	}
	if s.table {
		return s.funnelTable(st, steps, total, value)
	}
	money := s.moneyColumn(13)
	g := grid{16, min(max(s.width-16-9-money-3, 1), maxBarWidth), 9, money}
	lines := []string{st.Muted.Render(g.row(words.T("insights.head.phase"), "", words.T("insights.head.customers"), words.T("insights.head.value")))}
	var group lifecycle.Group
	for _, f := range steps {
		if f.Phase.Group != group {
			if group != "" {
				lines = append(lines, "")
			}
			group = f.Phase.Group
			lines = append(lines, groupStyle(st, group).Bold(true).Render(groupName(group)))
		}
		bar := pad(groupStyle(st, group).Render(hbar(float64(f.Customers), float64(top), g[1])), g[1])
		lines = append(lines, g.row(" "+text.Fit(words.PhaseLabel(f.Phase), 15), bar, words.Number(f.Customers), s.money(wholeMoney(f.Value))))
	}
	return append(lines, "", st.CardName.Render(g.row(words.T("insights.head.total"), "", words.Number(total), s.money(wholeMoney(value)))))
}

// funnelTable lists the phases with their group, customers, share and value.
func (s *insightsScreen) funnelTable(st *Styles, steps []lifecycle.FunnelStep, total int, value lifecycle.Money) []string {
	g := grid{16, 8, 9, 7, s.moneyColumn(13)}
	lines := []string{st.Muted.Render(g.row(words.T("insights.head.phase"), words.T("insights.head.group"),
		words.T("insights.head.customers"), words.T("insights.head.share"), words.T("insights.head.value")))}
	for _, f := range steps {
		lines = append(lines, g.row(text.Fit(words.PhaseLabel(f.Phase), 16), groupCell(f.Phase.Group), words.Number(f.Customers),
			percent(share(f.Customers, total)), s.money(wholeMoney(f.Value))))
	}
	return append(lines, "", st.CardName.Render(g.row(words.T("insights.head.total"), "", words.Number(total), "100%", s.money(wholeMoney(value)))))
}

// share is n's part of total, 0 of none.
func share(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}
