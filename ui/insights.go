package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// insightSection is one part of the insights screen.
type insightSection int

const (
	sectionFunnel insightSection = iota
	sectionFlow
	sectionTime
	sectionActivity
	sectionCohorts
)

// sectionNames name the sections in the order tab and 1-5 reach them.
func sectionNames() []string {
	return []string{words.T("insights.section.funnel"), words.T("insights.section.flow"), words.T("insights.section.time"),
		words.T("insights.section.activity"), words.T("insights.section.cohorts")}
}

// insightsScreen shows the book's figures for steering: the funnel as it
// stands, and over a period the flow between phases, the time spent in
// them, the weekly activity and the buyers' cohorts. The funnel is read at
// once; the rest, which reads every customer's history, comes later, and
// the screen says how far the reading has come.
type insightsScreen struct {
	section insightSection
	table   bool // the numbers of the section rather than its chart
	scroll  int  // the first line of the section on screen

	span       int       // the period's days up to today; 0 for the dates below
	from, to   time.Time // the period typed in, when span is 0
	owner, tag string    // the customers the figures count; "" for all

	asOf    time.Time // the figures' date, the book's clock when asked
	funnel  []lifecycle.FunnelStep
	figures lifecycle.Insights
	// hasFunnel and loaded say which figures are in; failed says why the
	// reading failed, as the status line did.
	hasFunnel, loaded bool
	// recounting says the flow and the time in phase of a new period are
	// being counted, the rest of the figures standing.
	recounting bool
	// flagsPending says the figures are in but for the weeks' flags,
	// whose replay of every customer's history is under way.
	flagsPending bool
	failed       string
	done, total  int // customers read so far, of all

	gen      int                // the reading in force; older answers are dropped
	stop     context.CancelFunc // cancels the reading in force
	progress *readProgress      // what the reading in force has done
	rest     tea.Cmd            // reads the figures but the flags, once the funnel is in
	flags    tea.Cmd            // reads all the figures, the flags included, once the rest is in

	// currency is the one currency of the book's purchases, which money
	// shows with; "" for several.
	currency string

	width, height int
}

// money writes an amount already written for people in the book's
// currency.
func (s *insightsScreen) money(amount string) string { return words.Money(amount, s.currency) }

// moneyColumn is how wide a column of money is that is base cells wide
// without a currency: a sign of one or two cells fits in its margin, a
// code widens it.
func (s *insightsScreen) moneyColumn(base int) int { return base + max(text.Width(s.money(""))-2, 0) }

// periodSpans are the periods p steps through, in days; 90 is the first
// one shown.
var periodSpans = []int{30, 90, 365}

func newInsightsScreen() insightsScreen {
	return insightsScreen{span: 90}
}

func (s *insightsScreen) setSize(w, h int) { s.width, s.height = w, h }

// period is the stretch of time the flow and the time in phase count, as
// of now.
func (s *insightsScreen) period(now time.Time) lifecycle.Period {
	if s.span > 0 {
		return lifecycle.Period{From: now.AddDate(0, 0, -s.span), To: now}
	}
	return lifecycle.Period{From: s.from, To: s.to}
}

// nextSpan is the period after the current one; typed dates give way to
// the first span.
func (s *insightsScreen) nextSpan() int {
	for i, d := range periodSpans {
		if d == s.span {
			return periodSpans[(i+1)%len(periodSpans)]
		}
	}
	return periodSpans[0]
}

// showSection turns to a section, from its top.
func (s *insightsScreen) showSection(sec insightSection) {
	n := insightSection(len(sectionNames()))
	s.section, s.scroll = (sec+n)%n, 0
}

// ready tells whether the figures of the section shown are in.
func (s *insightsScreen) ready() bool {
	switch s.section {
	case sectionFunnel:
		return s.hasFunnel || s.loaded
	case sectionFlow, sectionTime:
		return s.loaded && !s.recounting
	}
	return s.loaded
}

// steps are the funnel's figures: the full reading's once it is in.
func (s *insightsScreen) steps() []lifecycle.FunnelStep {
	if s.loaded {
		return s.figures.Funnel
	}
	return s.funnel
}
