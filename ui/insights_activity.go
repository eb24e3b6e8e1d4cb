package ui

import (
	"slices"
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
// purchases and revenue, and the customers flagged each week by kind, once
// their replay is in.
func (s *insightsScreen) weekSeries(st *Styles) []weekSeries {
	// Counts of ten thousand and more are written briefly, as money is, so
	// that a large book's notes fit; the table has them in full.
	count := func(v float64) string {
		if v >= 10_000 {
			return compactMoney(lifecycle.MoneyFromFloat(v))
		}
		return words.Number(int(v))
	}
	money := func(v float64) string { return s.money(compactMoney(lifecycle.MoneyFromFloat(v))) }
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
	if s.flagsPending {
		return rows
	}
	for _, k := range []lifecycle.FlagKind{lifecycle.Stalled, lifecycle.AtRisk, lifecycle.WinBack} {
		rows = append(rows, of(triageKindName(k), flagStyle(st, k), count, func(w lifecycle.Week) float64 { return float64(w.Flagged[k]) }))
	}
	return rows
}

// activityLines draw the weekly activity: a band of sparkline for each
// series, a blank line between two bands, as tall as the screen allows,
// under a head that dates the weeks and names the notes; or a table of the
// weeks, the latest first.
func (s *insightsScreen) activityLines(st *Styles) []string {
	if s.table {
		return s.weekTable(st)
	}
	series := s.weekSeries(st)
	noteHead := words.T("insights.activity.note-head")
	label, note := 0, text.Width(noteHead)
	for _, r := range series {
		label, note = max(label, text.Width(r.label)), max(note, r.widestNote())
	}
	width := max(s.width-label-note-2, 1)
	// The bands share the lines under the head, a blank line between two.
	height := max(min(s.sectionHeight()/len(series)-1, 3), 1)
	lines := []string{st.Muted.Render(pad("", label+1) + pad(s.weekAxis(width), width) + " " + noteHead)}
	for i, r := range series {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, r.band(st, label, width, height)...)
	}
	return lines
}

// band draws the series over the latest weeks that fit width cells,
// height lines high, with its name before and its note after the first
// line, so that both read as the band's.
func (r weekSeries) band(st *Styles, labelWidth, width, height int) []string {
	shown := r.values[max(len(r.values)-width, 0):]
	sc := scaleOf(shown, height)
	chart := sparkline.New(width, height, sparkline.WithStyle(r.style), sparkline.WithNoAutoMaxValue(), sparkline.WithMaxValue(1))
	for _, v := range shown {
		chart.Push(sc.at(v))
	}
	chart.Draw()
	lines := strings.Split(chart.View(), "\n")
	for i := range lines {
		label, note := "", ""
		if i == 0 {
			label, note = r.label, r.note(shown, sc)
		}
		lines[i] = st.Label.Render(pad(label, labelWidth)) + " " + lines[i] + " " + st.Muted.Render(note)
	}
	return lines
}

// note says the latest week's figure and what the band runs from and to.
func (r weekSeries) note(shown []float64, sc sparkScale) string {
	if len(shown) == 0 || sc.top <= 0 {
		return words.T("insights.activity.none")
	}
	return words.T("insights.activity.note", words.V{"Now": r.format(shown[len(shown)-1]), "Low": r.format(sc.floor), "Top": r.format(sc.top)})
}

// widestNote is how wide the series' note can be, whichever of its weeks
// show: the room the notes take is set before the weeks that fit in the
// rest are known, and a note is never cut.
func (r weekSeries) widestNote() int {
	widest := r.format(0)
	for _, v := range r.values {
		if f := r.format(v); text.Width(f) > text.Width(widest) {
			widest = f
		}
	}
	note := words.T("insights.activity.note", words.V{"Now": widest, "Low": widest, "Top": widest})
	return max(text.Width(note), text.Width(words.T("insights.activity.none")))
}

// sparkScale maps a band's weeks to its height, from floor to top: from
// the lowest week where they all lie high, and the note says so.
type sparkScale struct {
	floor, top float64
	least      float64 // the height of the lowest week above a floor: one mark
}

func scaleOf(values []float64, height int) sparkScale {
	if len(values) == 0 {
		return sparkScale{}
	}
	return sparkScale{floor: text.SparkFloor(values), top: slices.Max(values), least: 1 / float64(8*height)}
}

// at is where v stands in the band, from 0 to 1.
func (sc sparkScale) at(v float64) float64 {
	switch {
	case sc.top <= 0:
		return 0
	case sc.floor == 0:
		return max(v/sc.top, 0)
	}
	return sc.least + (v-sc.floor)/(sc.top-sc.floor)*(1-sc.least)
}

// weekAxis dates the weeks over the sparklines, which end at the right
// edge: the last week's end there, the first's where it starts, when the
// two fit apart.
func (s *insightsScreen) weekAxis(width int) string {
	weeks := s.figures.Weekly
	if len(weeks) == 0 {
		return ""
	}
	shown := min(len(weeks), width)
	first := words.T("insights.activity.week-to", words.V{"Day": dayMonthYear(weeks[len(weeks)-shown].End)})
	last := dayMonthYear(weeks[len(weeks)-1].End)
	if text.Width(first)+text.Width(last)+2 <= shown {
		return strings.Repeat(" ", width-shown) + spread(first, last, shown)
	}
	return strings.Repeat(" ", max(width-text.Width(last), 0)) + last
}

// weekTable lists the weeks, the latest first, with the contacts of each
// kind where the screen is wide enough.
func (s *insightsScreen) weekTable(st *Styles) []string {
	kinds := s.width >= 100
	g := grid{11, 8, 9, s.moneyColumn(10), 7, 7, 8}
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
		row := []string{dayMonthYear(w.End), words.Number(w.ContactCount()), words.Number(w.Purchases), s.money(wholeMoney(w.Revenue)),
			s.flagged(w, lifecycle.Stalled), s.flagged(w, lifecycle.AtRisk), s.flagged(w, lifecycle.WinBack)}
		if kinds {
			for _, k := range lifecycle.Kinds {
				row = append(row, words.Number(w.Contacts[k]))
			}
		}
		lines = append(lines, g.row(row...))
	}
	return lines
}

// flagged is a week's count of customers flagged of a kind, blank while
// the flags' replay is under way.
func (s *insightsScreen) flagged(w lifecycle.Week, k lifecycle.FlagKind) string {
	if s.flagsPending {
		return ""
	}
	return words.Number(w.Flagged[k])
}
