package cli

import (
	"math"
	"strings"

	"tend/lifecycle"
	"tend/ui/words"
)

// weeklyText draws each weekly series as a sparkline beside its figures.
func weeklyText(b *strings.Builder, ins lifecycle.Insights, book textBook) {
	weeks := ins.Weekly
	b.WriteString(words.N("cli.insights.weekly.title", len(weeks), words.V{"Weeks": len(weeks), "AsOf": words.DayTime(ins.AsOf), "Marks": weeksPerMark(len(weeks))}) + "\n")
	var rows [][]string
	for _, s := range weeklySeries(book.currency) {
		values := make([]float64, len(weeks))
		for i, w := range weeks {
			values[i] = s.value(w)
		}
		line, floor := sparkline(values)
		rows = append(rows, []string{s.name, line, s.format(floor), s.format(values[len(values)-1]), s.format(maxOf(values)), s.total(values)})
	}
	header := []string{"", words.T("cli.insights.header.trend"), words.T("cli.insights.header.trend-from"),
		words.T("cli.insights.header.last-week"), words.T("cli.insights.header.most"), words.T("cli.insights.header.in-all")}
	alignRight(header, rows, 2, 3, 4, 5)
	table(b, header, rows)
}

// weeksPerMark says how many weeks a sparkline's mark stands for.
func weeksPerMark(n int) string {
	marks := min(n, sparkWidth)
	switch {
	case marks == n:
		return words.T("cli.insights.weekly.mark-a-week")
	case n%marks == 0:
		return words.T("cli.insights.weekly.mark-for-weeks", words.V{"Weeks": n / marks})
	}
	return words.T("cli.insights.weekly.mark-for-about", words.V{"Weeks": words.Decimal(float64(n)/float64(marks), 1)})
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
	name     string
	value    func(lifecycle.Week) float64
	money    bool   // revenue, in cents
	currency string // money's, "" for several
	state    bool   // a count of customers at a week's end, which adds up to nothing
}

func weeklySeries(currency string) []weeklyStat {
	return []weeklyStat{
		{name: words.T("cli.insights.weekly.contacts"), value: func(w lifecycle.Week) float64 { return float64(w.ContactCount()) }},
		{name: words.T("cli.insights.weekly.purchases"), value: func(w lifecycle.Week) float64 { return float64(w.Purchases) }},
		{name: words.T("cli.insights.weekly.revenue"), value: func(w lifecycle.Week) float64 { return float64(w.Revenue) }, currency: currency, money: true},
		{name: words.T("cli.insights.weekly.stalled"), value: flaggedIn(lifecycle.Stalled), state: true},
		{name: words.T("cli.insights.weekly.at-risk"), value: flaggedIn(lifecycle.AtRisk), state: true},
		{name: words.T("cli.insights.weekly.win-back"), value: flaggedIn(lifecycle.WinBack), state: true},
	}
}

func flaggedIn(k lifecycle.FlagKind) func(lifecycle.Week) float64 {
	return func(w lifecycle.Week) float64 { return float64(w.Flagged[k]) }
}

func (s weeklyStat) format(v float64) string {
	if s.money {
		return words.Money(words.Amount(lifecycle.Money(v)), s.currency)
	}
	return words.Number(int(v))
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
