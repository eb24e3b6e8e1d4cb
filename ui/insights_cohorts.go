package ui

import (
	"math"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"tend/lifecycle"
	"tend/ui/words"
)

// heatShades are the cohort table's cells by the share that bought, in
// quarters of the highest share after the first month: every cohort buys
// in its first month, and the months after tell apart. The shade says it
// where colour cannot.
var heatShades = []string{"░", "▒", "▓", "█"}

// heatLevel is the shade of a share above nothing against the top share.
func heatLevel(share, top float64) int {
	return min(max(int(share/top*float64(len(heatShades))-1e-9), 0), len(heatShades)-1)
}

// topShare is the top of the heat scale: the highest share of a cohort that
// bought again after its first month, rounded up so that the legend's
// steps are round numbers; 1 when none did.
func (s *insightsScreen) topShare() float64 {
	top := 0.0
	for _, c := range s.figures.Cohorts {
		for k := 1; k < len(c.Active); k++ {
			share, _ := c.Share(k)
			top = max(top, share)
		}
	}
	if top == 0 {
		return 1
	}
	return roundTop(top)
}

// heatSteps are the round steps between the legend's shades, as shares.
var heatSteps = []float64{0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25}

// roundTop rounds a top share to a scale whose steps between shades are
// round: the step nearest a quarter of the top, so 0.37 is read in steps
// of 10% and the top share still takes the darkest shade.
func roundTop(top float64) float64 {
	n := float64(len(heatShades))
	best := heatSteps[0]
	for _, step := range heatSteps {
		if math.Abs(step-top/n) < math.Abs(best-top/n) {
			best = step
		}
	}
	return best * n
}

// cohortLines draw how long buyers keep buying: for the customers who
// first bought in each month, the share who bought in each month after,
// as a heat table, or as a table of percentages.
func (s *insightsScreen) cohortLines(st *Styles) []string {
	cell := 3
	if s.table {
		cell = 4
	}
	g := grid{9, 9}
	head := []string{words.T("insights.head.first-buy"), words.T("insights.head.customers")}
	for k := range lifecycle.CohortMonths {
		g, head = append(g, cell), append(head, "+"+strconv.Itoa(k))
	}
	lines, top := []string{st.Muted.Render(g.row(head...))}, s.topShare()
	for _, c := range s.figures.Cohorts {
		row := []string{monthYear(c.Month), words.Number(c.Customers)}
		for k := range lifecycle.CohortMonths {
			row = append(row, s.cohortCell(st, c, k, cell, top))
		}
		lines = append(lines, g.row(row...))
	}
	note := st.Muted.Render(" " + words.T("insights.cohorts.note"))
	if !s.table {
		note = " " + heatLegend(st, top) + note
	}
	return append(lines, "", ansi.Truncate(note, s.width, "…"))
}

// cohortCell is the k-th month of a cohort: its share as a shade or a
// percentage, blank before the month has come.
func (s *insightsScreen) cohortCell(st *Styles, c lifecycle.Cohort, k, width int, top float64) string {
	share, ok := c.Share(k)
	switch {
	case !ok:
		return ""
	case share == 0:
		return st.Subtle.Render("·")
	case s.table:
		return percent(share)
	}
	level := heatLevel(share, top)
	return st.Heat[level].Render(strings.Repeat(heatShades[level], width))
}

// heatLegend tells what the shades mean.
func heatLegend(st *Styles, top float64) string {
	parts := make([]string, len(heatShades))
	for i, shade := range heatShades {
		upTo := "≤" + percent(top*float64(i+1)/float64(len(heatShades)))
		if i == len(heatShades)-1 {
			upTo = words.T("insights.cohorts.more")
		}
		parts[i] = st.Heat[i].Render(shade) + st.Muted.Render(" "+upTo)
	}
	return strings.Join(parts, " ") + st.Muted.Render(" ·")
}
