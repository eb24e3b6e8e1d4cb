package data

import (
	"context"
	"time"

	"tend/lifecycle"
)

// InsightsQuery says which figures to count: as of when, over which
// period (ending by AsOf), for which customers, and over how many weeks.
type InsightsQuery struct {
	// AsOf is zero for now: the book's clock when the figures are read,
	// which lets the funnel read the board's totals.
	AsOf   time.Time
	Period lifecycle.Period
	// Owner and Tag pick the customers of an owner or with a tag, matched
	// as tend list matches them; empty for any.
	Owner, Tag string
	Weeks      int
}

// DefaultInsightWeeks is two years of weeks.
const DefaultInsightWeeks = 104

// Check tells what is wrong with a query, in words.
func (q InsightsQuery) Check() error {
	switch {
	case q.Period.From.After(q.Period.To):
		return lifecycle.Problemf(CodePeriodOrder, lifecycle.Values{"From": q.Period.From, "To": q.Period.To},
			"the period starts on %s, after it ends on %s", q.Period.From.Format(time.DateOnly), q.Period.To.Format(time.DateOnly))
	case q.Period.To.After(q.AsOf):
		return lifecycle.Problemf(CodePeriodAhead, lifecycle.Values{"To": q.Period.To, "AsOf": q.AsOf},
			"the period ends on %s, after the as-of date %s", q.Period.To.Format(time.DateOnly), q.AsOf.Format(time.DateOnly))
	case q.Weeks < 1:
		return lifecycle.Problemf(CodeWeeks, lifecycle.Values{"Weeks": q.Weeks},
			"the weeks to show must be at least 1, not %d", q.Weeks)
	}
	return nil
}

// resolve puts the book's clock in for an as-of date of now.
func (b *Book) resolve(q InsightsQuery) InsightsQuery {
	if q.AsOf.IsZero() {
		q.AsOf = b.Now()
	}
	return q
}

// startInsights resolves and checks a query and reads the lifecycle the
// figures follow.
func (b *Book) startInsights(ctx context.Context, q InsightsQuery) (InsightsQuery, lifecycle.Lifecycle, error) {
	q = b.resolve(q)
	if err := q.Check(); err != nil {
		return q, lifecycle.Lifecycle{}, err
	}
	lc, err := b.Lifecycle(ctx)
	return q, lc, err
}

// Progress reports how many of the customers a long reading has done.
type Progress func(done, total int)

// Insights counts the figures of the customers the query picks, from their
// whole history up to the as-of date, with the flags of each week replayed:
// each week's end is judged as tend risk --as-of judges a day, with the
// purchase models fitted as of the query's as-of date (refitting them for
// every week would cost a fit a week; the models' parameters move slowly,
// each customer's own purchases as of the week are what its figures rest
// on). As of now, on a day the book has been scored in full, the finished
// weeks are judged with the stored models instead and kept, and the week
// ending now counts the stored flags (see keptInsights). progress, if not
// nil, is called as customers are done.
func (b *Book) Insights(ctx context.Context, q InsightsQuery, progress Progress) (lifecycle.Insights, error) {
	asOfNow := q.AsOf.IsZero()
	q, lc, err := b.startInsights(ctx, q)
	if err != nil {
		return lifecycle.Insights{}, err
	}
	r, err := b.Rules(ctx)
	if err != nil {
		return lifecycle.Insights{}, err
	}
	if asOfNow {
		if ins, ok, err := b.keptInsights(ctx, q, lc, r, progress); err != nil || ok {
			return ins, err
		}
	}
	defer b.wholeReading()()
	m, err := b.PurchaseModels(ctx, q.AsOf)
	if err != nil {
		return lifecycle.Insights{}, err
	}
	ins, weekly, err := b.replayInsights(ctx, q, lc, r, &m, lifecycle.Weeks(q.AsOf, q.Weeks), progress)
	if err != nil {
		return lifecycle.Insights{}, err
	}
	weekly.into(ins.Weekly)
	return ins, nil
}

// replayInsights counts every figure from each customer's history and
// replays the flags at the end of the weeks given, with the models m.
func (b *Book) replayInsights(ctx context.Context, q InsightsQuery, lc lifecycle.Lifecycle, r lifecycle.Rules, m *Models,
	judged []lifecycle.Week, progress Progress) (lifecycle.Insights, *weeklyReplay, error) {
	counter := lifecycle.NewInsightsCounter(lc, q.Period, q.AsOf, q.Weeks)
	replay := newJudges(lc, r, m, judged)
	err := b.eachHistory(ctx, q, withActivity, progress, func(h *customerHistory) {
		counter.Add(h.story)
		replay.add(h)
	})
	weekly := replay.finish()
	if err != nil {
		return lifecycle.Insights{}, nil, err
	}
	ins := counter.Insights()
	return ins, weekly, b.nameReasons(ctx, ins.Flow.Reasons)
}

// PhaseInsights counts only what the phase history tells: the funnel, the
// flow and the time in phase, without the contacts and purchases or the
// weekly replay of the flags (Weekly and Cohorts are left empty). It takes
// a fraction of Insights' time, for another period over the same book.
func (b *Book) PhaseInsights(ctx context.Context, q InsightsQuery) (lifecycle.Insights, error) {
	q, lc, err := b.startInsights(ctx, q)
	if err != nil {
		return lifecycle.Insights{}, err
	}
	counter := lifecycle.NewInsightsCounter(lc, q.Period, q.AsOf, 0)
	if err := b.eachHistory(ctx, q, phasesOnly, nil, func(h *customerHistory) { counter.Add(h.story) }); err != nil {
		return lifecycle.Insights{}, err
	}
	ins := counter.Insights()
	ins.Weekly, ins.Cohorts = nil, nil
	return ins, b.nameReasons(ctx, ins.Flow.Reasons)
}

// nameReasons gives the counted reasons the names the user typed for
// them; the defaults, and keys the list lacks, keep none.
func (b *Book) nameReasons(ctx context.Context, counts []lifecycle.ReasonCount) error {
	reasons, err := b.MoveReasons(ctx)
	if err != nil {
		return err
	}
	for i, c := range counts {
		for _, r := range reasons {
			if r.Kind == c.Kind && r.Key == c.Key {
				counts[i].Label = r.Label
			}
		}
	}
	return nil
}
