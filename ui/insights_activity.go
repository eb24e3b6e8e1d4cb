package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/NimbleMarkets/ntcharts/v2/sparkline"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// weekSeries is one row of the activity chart: a figure a week, oldest
// first.
type weekSeries struct {
	label  string
	style  lipgloss.Style
	values []float64
	format func(float64) string // writes a week's figure
}

// weekSeries are the activity's rows: the contacts, each kind of them, the
// purchases and revenue, and the customers flagged each week by kind.
func (s *insightsScreen) weekSeries(st *Styles) []weekSeries {
	// Counts of ten thousand and more are written briefly, as money is, so
	// that a large book's notes fit; the table has them in full.
	count := func(v float64) string {
		if v >= 10_000 {
			return compactMoney(lifecycle.MoneyFromFloat(v))
		}
		return text.Thousands(int(v))
	}
	money := func(v float64) string { return compactMoney(lifecycle.MoneyFromFloat(v)) }
	of := func(label string, style lipgloss.Style, format func(float64) string, f func(lifecycle.Week) float64) weekSeries {
		ws := weekSeries{label: label, style: style, format: format}
		for _, w := range s.figures.Weekly {
			ws.values = append(ws.values, f(w))
		}
		return ws
	}
	rows := []weekSeries{of(words.T("insights.activity.contacts"), st.Info, count, func(w lifecycle.Week) float64 { return float64(w.ContactCount()) })}
	for _, k := range lifecycle.Kinds {
		rows = append(rows, of(" "+words.ContactKind(k), st.Info, count, func(w lifecycle.Week) float64 { return float64(w.Contacts[k]) }))
	}
	rows = append(rows,
		of(words.T("insights.activity.purchases"), st.Good, count, func(w lifecycle.Week) float64 { return float64(w.Purchases) }),
		of(words.T("insights.activity.revenue"), st.Good, money, func(w lifecycle.Week) float64 { return w.Revenue.Float() }))
	for _, k := range []lifecycle.FlagKind{lifecycle.Stalled, lifecycle.AtRisk, lifecycle.WinBack} {
		rows = append(rows, of(triageKindName(k), flagStyle(st, k), count, func(w lifecycle.Week) float64 { return float64(w.Flagged[k]) }))
	}
	return rows
}

// The activity chart's columns: the names, the sparklines, and the notes
// of this week's figure and the highest.
const (
	activityLabelWidth = 11
	activityNoteWidth  = 20
)

// activityLines draw the weekly activity: a sparkline a row, as tall as
// the screen allows, or a table of the weeks, the latest first.
func (s *insightsScreen) activityLines(st *Styles) []string {
	if s.table {
		return s.weekTable(st)
	}
	rows := s.weekSeries(st)
	height := max(min((s.sectionHeight()-1)/len(rows), 4), 1)
	width := max(s.width-activityLabelWidth-activityNoteWidth-2, 1)
	var lines []string
	for _, r := range rows {
		lines = append(lines, sparkRows(st, r, width, height)...)
	}
	return append(lines, s.weekAxis(st, width))
}

// sparkRows draws one series over the latest weeks that fit width cells,
// height lines high, the name and the note on its last line.
func sparkRows(st *Styles, r weekSeries, width, height int) []string {
	shown := r.values[max(len(r.values)-width, 0):]
	top := 0.0
	for _, v := range shown {
		top = max(top, v)
	}
	chart := sparkline.New(width, height, sparkline.WithStyle(r.style), sparkline.WithNoAutoMaxValue(), sparkline.WithMaxValue(max(top, 1)))
	chart.PushAll(shown)
	chart.Draw()
	lines := strings.Split(chart.View(), "\n")
	note := words.T("insights.activity.none")
	if len(shown) > 0 && top > 0 {
		note = words.T("insights.activity.now-top", words.V{"Now": r.format(shown[len(shown)-1]), "Top": r.format(top)})
	}
	for i := range lines {
		label, tail := "", ""
		if i == len(lines)-1 {
			label, tail = r.label, note
		}
		lines[i] = st.Label.Render(pad(label, activityLabelWidth)) + " " + lines[i] + " " + st.Muted.Render(text.Fit(tail, activityNoteWidth))
	}
	return lines
}

// weekAxis dates the weeks under the sparklines, which end at the right
// edge: the last week's end there, the first's where it starts, when the
// two fit apart.
func (s *insightsScreen) weekAxis(st *Styles, width int) string {
	weeks := s.figures.Weekly
	if len(weeks) == 0 {
		return ""
	}
	shown := min(len(weeks), width)
	first := words.T("insights.activity.week-to", words.V{"Day": dayMonthYear(weeks[len(weeks)-shown].End)})
	last := dayMonthYear(weeks[len(weeks)-1].End)
	axis := strings.Repeat(" ", max(width-text.Width(last), 0)) + last
	if text.Width(first)+text.Width(last)+2 <= shown {
		axis = strings.Repeat(" ", width-shown) + spread(first, last, shown)
	}
	return st.Muted.Render(pad("", activityLabelWidth+1) + axis)
}

// weekTable lists the weeks, the latest first, with the contacts of each
// kind where the screen is wide enough.
func (s *insightsScreen) weekTable(st *Styles) []string {
	kinds := s.width >= 100
	g := grid{11, 8, 9, 10, 7, 7, 8}
	head := []string{words.T("insights.activity.week-to-head"), words.T("insights.activity.contacts"),
		words.T("insights.activity.purchases"), words.T("insights.activity.revenue"),
		triageKindName(lifecycle.Stalled), triageKindName(lifecycle.AtRisk), triageKindName(lifecycle.WinBack)}
	if kinds {
		for _, k := range lifecycle.Kinds {
			g, head = append(g, 7), append(head, words.ContactKind(k))
		}
	}
	lines := []string{st.Muted.Render(g.row(head...))}
	for i := len(s.figures.Weekly) - 1; i >= 0; i-- {
		w := s.figures.Weekly[i]
		row := []string{dayMonthYear(w.End), text.Thousands(w.ContactCount()), text.Thousands(w.Purchases), wholeMoney(w.Revenue),
			text.Thousands(w.Flagged[lifecycle.Stalled]), text.Thousands(w.Flagged[lifecycle.AtRisk]), text.Thousands(w.Flagged[lifecycle.WinBack])}
		if kinds {
			for _, k := range lifecycle.Kinds {
				row = append(row, text.Thousands(w.Contacts[k]))
			}
		}
		lines = append(lines, g.row(row...))
	}
	return lines
}
