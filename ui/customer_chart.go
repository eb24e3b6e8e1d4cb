package ui

import (
	"math"
	"slices"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// chartMonths is how far back the activity chart reaches: two years show
// a yearly rhythm twice over.
const chartMonths = 24

// activity is a customer's contacts and spend per calendar month, oldest
// first, over the chartMonths up to and including the current one.
type activity struct {
	first    time.Time // the first day of the oldest month
	contacts [chartMonths]int
	spend    [chartMonths]lifecycle.Money
	// bought marks the months with a purchase, whatever refunds left of
	// their spend.
	bought [chartMonths]bool
}

// activityOf counts a history by month, in now's time zone.
func activityOf(h data.History, now time.Time) activity {
	a := activity{first: lifecycle.MonthStart(now, 1-chartMonths)}
	for _, c := range h.Contacts {
		if i, ok := a.month(c.At); ok {
			a.contacts[i]++
		}
	}
	for _, p := range h.Purchases {
		if i, ok := a.month(p.At); ok {
			a.spend[i] += p.Amount
			a.bought[i] = true
		}
	}
	return a
}

// month is the index of t's month, false outside the chart.
func (a *activity) month(t time.Time) (int, bool) {
	y, m, _ := t.In(a.first.Location()).Date()
	i := (y-a.first.Year())*12 + int(m) - int(a.first.Month())
	return i, i >= 0 && i < chartMonths
}

// The chart's shape: a row of contacts, a row of spend and the month axis,
// each month a bar and a gap so that months read apart, the scale on the
// right.
const (
	chartLines     = 3
	chartCell      = 2
	chartNoteWidth = 12 // "  max 12,345"
	// chartMinMonths is the fewest months worth drawing; less says little
	// that the timeline does not.
	chartMinMonths = 6
)

// chartMonthsFor is how many of the latest months fit in width cells.
func chartMonthsFor(width int) int {
	return min(chartMonths, (width-1-labelWidth-chartNoteWidth)/chartCell)
}

// chartBlock draws the latest months of activity that fit the screen.
func (s *customerScreen) chartBlock(st *Styles) []string {
	n := max(chartMonthsFor(s.width), 0)
	contacts, spend := s.activity.series(chartMonths - n)
	spend.top = words.Money(spend.top, s.currency)
	return []string{
		chartRow(st, st.Info, contacts),
		chartRow(st, st.Good, spend),
		" " + pad("", labelWidth) + chartAxis(s.activity.first, chartMonths-n, n),
	}
}

// series is one row of the chart, a value a month.
type series struct {
	label  string
	values []float64
	// active marks the months drawn as a bar; the others are dots, so
	// that a month without activity never looks like a low one.
	active []bool
	top    string // the largest value, for the scale
}

// series are the chart's two rows from the month at index from on.
func (a *activity) series(from int) (contacts, spend series) {
	contacts.label, spend.label = words.T("customer.chart.contacts"), words.T("customer.chart.spend")
	topContacts, topSpend := 0, lifecycle.Money(0)
	for i := from; i < chartMonths; i++ {
		contacts.values = append(contacts.values, float64(a.contacts[i]))
		contacts.active = append(contacts.active, a.contacts[i] > 0)
		spend.values = append(spend.values, max(a.spend[i].Float(), 0))
		spend.active = append(spend.active, a.bought[i])
		topContacts, topSpend = max(topContacts, a.contacts[i]), max(topSpend, a.spend[i])
	}
	contacts.top, spend.top = words.Number(topContacts), wholeMoney(topSpend)
	return contacts, spend
}

// chartRow draws a series as one bar a month, scaled to its largest
// month, which the note on the right gives.
func chartRow(st *Styles, style lipgloss.Style, s series) string {
	top := 0.0
	for _, v := range s.values {
		top = max(top, v)
	}
	var b strings.Builder
	for i, v := range s.values {
		if s.active[i] {
			b.WriteString(style.Render(barFor(v, top)))
		} else {
			b.WriteString(st.Muted.Render("·"))
		}
		b.WriteString(strings.Repeat(" ", chartCell-1))
	}
	note := words.T("customer.chart.none")
	if slices.Contains(s.active, true) {
		note = words.T("customer.chart.max", words.V{"Top": s.top})
	}
	return st.Label.Render(" "+pad(s.label, labelWidth)) + b.String() + st.Muted.Render(" "+note)
}

// bars are the eight heights of a month's bar.
var bars = []string{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}

// barFor is the bar of v against the largest value, never lower than the
// lowest bar: a month with activity always shows.
func barFor(v, top float64) string {
	level := 0
	if top > 0 {
		level = int(math.Ceil(v/top*float64(len(bars)))) - 1
	}
	return bars[min(max(level, 0), len(bars)-1)]
}

// chartAxis names the quarters under the bars of n months from the month
// at index from: January by its year, so that the two years read apart,
// April, July and October by name. A name that would run into the one
// before is left out.
func chartAxis(first time.Time, from, n int) string {
	var b strings.Builder
	end := -1 // the cell after the last name written
	for i := range n {
		label := quarterLabel(first.AddDate(0, from+i, 0))
		at := i * chartCell
		if label == "" || at <= end {
			continue
		}
		b.WriteString(strings.Repeat(" ", at-max(end, 0)))
		b.WriteString(label)
		end = at + text.Width(label)
	}
	return b.String()
}

// quarterLabel names a month that starts a quarter, and no other.
func quarterLabel(t time.Time) string {
	switch t.Month() {
	case time.January:
		return t.Format("2006")
	case time.April, time.July, time.October:
		return monthName(t)
	}
	return ""
}
