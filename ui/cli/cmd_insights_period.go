package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// The limits of --period and --weeks: a century of days, and ten years of
// weeks, each week's flags being replayed for every customer.
const (
	maxPeriodDays   = 36500
	maxInsightWeeks = 520
)

// query reads the flags into the figures to count.
func (o *insightsOptions) query(now time.Time) (data.InsightsQuery, error) {
	if o.weeks < 1 || o.weeks > maxInsightWeeks {
		return data.InsightsQuery{}, errors.New(words.T("cli.insights.weeks-out-of-range", words.V{"Weeks": words.Figure(o.weeks), "Most": words.Figure(maxInsightWeeks)}))
	}
	asOf, err := dayEndFlag("as-of", o.asOf, now)
	if err != nil {
		return data.InsightsQuery{}, err
	}
	period, err := o.periodBy(asOf, now)
	if err != nil {
		return data.InsightsQuery{}, err
	}
	q := data.InsightsQuery{AsOf: asOf, Period: period, Owner: o.owner, Tag: o.tag, Weeks: o.weeks}
	return q, q.Check()
}

// periodBy is the period the flags choose, as of asOf: the --period that
// ends at asOf, or --from to --to. --to defaults to asOf and, on asOf's
// day, ends at asOf rather than after it; --from defaults to --period's
// default before --to.
func (o *insightsOptions) periodBy(asOf, now time.Time) (lifecycle.Period, error) {
	if o.from == "" && o.to == "" {
		days, err := periodDays(o.period)
		return lifecycle.Period{From: asOf.AddDate(0, 0, -days), To: asOf}, err
	}
	if o.periodSet {
		return lifecycle.Period{}, errors.New(words.T("cli.insights.period-with-from-to"))
	}
	p := lifecycle.Period{To: asOf}
	var err error
	if o.to != "" {
		if p.To, err = dayEndFlag("to", o.to, now); err != nil {
			return p, err
		}
		if p.To.After(asOf) && sameDay(p.To, asOf) {
			p.To = asOf
		}
	}
	if o.from == "" {
		days, _ := periodDays(defaultPeriod)
		p.From = p.To.AddDate(0, 0, -days)
		return p, nil
	}
	from, err := parseWhenFlag("from", o.from, now, lifecycle.Past)
	p.From = lifecycle.StartOfDay(from)
	return p, err
}

// defaultPeriod is the --period without one given.
const defaultPeriod = "90d"

// periodDays reads --period: days (90d, or a bare 90) or weeks (12w).
func periodDays(s string) (int, error) {
	text := strings.ToLower(strings.TrimSpace(s))
	unit := 1
	switch {
	case strings.HasSuffix(text, "d"):
		text = strings.TrimSuffix(text, "d")
	case strings.HasSuffix(text, "w"):
		text, unit = strings.TrimSuffix(text, "w"), 7
	}
	n, err := strconv.Atoi(text)
	switch {
	case err != nil || n < 0:
		return 0, errors.New(words.T("cli.insights.period-not-a-length", words.V{"Period": fmt.Sprintf("%q", s)}))
	case n == 0:
		return 0, errors.New(words.T("cli.insights.period-zero", words.V{"Period": fmt.Sprintf("%q", s)}))
	case n > maxPeriodDays/unit:
		return 0, errors.New(words.T("cli.insights.period-too-long", words.V{"Period": fmt.Sprintf("%q", s), "Most": words.Figure(maxPeriodDays)}))
	}
	return n * unit, nil
}

func sameDay(a, b time.Time) bool {
	return lifecycle.StartOfDay(a).Equal(lifecycle.StartOfDay(b))
}
