package cli

import (
	"fmt"
	"math"
	"strings"

	"tend/lifecycle"
	"tend/ui/text"
)

// weeklyText draws each weekly series as a sparkline beside its figures.
func weeklyText(b *strings.Builder, ins lifecycle.Insights, _ phaseNames) {
	weeks := ins.Weekly
	fmt.Fprintf(b, "Weekly: %d weeks to %s, %s\n", len(weeks), ins.AsOf.Format(insightsTime), weeksPerMark(len(weeks)))
	var rows [][]string
	for _, s := range weeklySeries {
		values := make([]float64, len(weeks))
		for i, w := range weeks {
			values[i] = s.value(w)
		}
		rows = append(rows, []string{s.name, sparkline(values), s.format(values[len(values)-1]), s.format(maxOf(values)), s.total(values)})
	}
	header := []string{"", "TREND", "LAST WEEK", "MOST", "IN ALL"}
	alignRight(header, rows, 2, 3, 4)
	table(b, header, rows)
}

// weeksPerMark says how many weeks a sparkline's mark stands for.
func weeksPerMark(n int) string {
	marks := min(n, sparkWidth)
	switch {
	case marks == n:
		return "one mark a week"
	case n%marks == 0:
		return fmt.Sprintf("one mark for %d weeks, their mean", n/marks)
	}
	return fmt.Sprintf("one mark for about %.1f weeks, their mean", float64(n)/float64(marks))
}

func maxOf(values []float64) float64 {
	most := math.Inf(-1)
	for _, v := range values {
		most = max(most, v)
	}
	return most
}

// weeklyStat is one line of the weekly table.
type weeklyStat struct {
	name  string
	value func(lifecycle.Week) float64
	money bool // revenue, in cents
	state bool // a count of customers at a week's end, which adds up to nothing
}

var weeklySeries = []weeklyStat{
	{name: "contacts", value: func(w lifecycle.Week) float64 { return float64(w.ContactCount()) }},
	{name: "purchases", value: func(w lifecycle.Week) float64 { return float64(w.Purchases) }},
	{name: "revenue", value: func(w lifecycle.Week) float64 { return float64(w.Revenue) }, money: true},
	{name: "stalled", value: flaggedIn(lifecycle.Stalled), state: true},
	{name: "at risk", value: flaggedIn(lifecycle.AtRisk), state: true},
	{name: "win-back", value: flaggedIn(lifecycle.WinBack), state: true},
}

func flaggedIn(k lifecycle.FlagKind) func(lifecycle.Week) float64 {
	return func(w lifecycle.Week) float64 { return float64(w.Flagged[k]) }
}

func (s weeklyStat) format(v float64) string {
	if s.money {
		return lifecycle.Money(v).Grouped()
	}
	return text.Thousands(int(v))
}

// total is the sum of a series over the weeks; "–" for customers flagged,
// who are counted again each week.
func (s weeklyStat) total(values []float64) string {
	if s.state {
		return "–"
	}
	sum := 0.0
	for _, v := range values {
		sum += v
	}
	return s.format(sum)
}
