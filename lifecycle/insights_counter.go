package lifecycle

import "time"

// InsightsCounter adds up the insights one customer's story at a time, so
// that a book's history is never held whole.
type InsightsCounter struct {
	asOf    time.Time
	period  Period
	funnel  funnelCounter
	flow    flowCounter
	times   timeCounter
	weeks   weekCounter
	cohorts cohortCounter
}

// NewInsightsCounter counts the insights of a book with lifecycle lc as of
// asOf, over a period that ends by asOf, with the given number of weeks of
// activity ending with asOf.
func NewInsightsCounter(lc Lifecycle, period Period, asOf time.Time, weeks int) *InsightsCounter {
	return &InsightsCounter{
		asOf:    asOf,
		period:  period,
		funnel:  newFunnelCounter(lc),
		flow:    newFlowCounter(lc),
		times:   newTimeCounter(lc),
		weeks:   newWeekCounter(asOf, weeks),
		cohorts: newCohortCounter(asOf),
	}
}

// Add counts one customer's story; what happened after the as-of date is
// left out.
func (c *InsightsCounter) Add(s Story) {
	c.funnel.add(s, c.asOf)
	c.flow.add(s, c.period)
	c.times.add(s, c.period)
	c.weeks.add(s)
	c.cohorts.add(s)
}

// Insights are the figures counted so far.
func (c *InsightsCounter) Insights() Insights {
	return Insights{
		AsOf:        c.asOf,
		Period:      c.period,
		Funnel:      c.funnel.steps(),
		Flow:        c.flow.result(),
		TimeInPhase: c.times.result(),
		Weekly:      c.weeks.result(),
		Cohorts:     c.cohorts.result(),
	}
}
