package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"math"
	"sync"

	"tend/lifecycle"
)

// Activity counts the weeks' contacts by kind, purchases and revenue, and
// the cohorts of first purchases, of the customers the query picks: the
// figures the whole reading counts from each customer's history, here
// added up by the book from its indexes by time. The weeks' flags are
// left empty.
func (b *Book) Activity(ctx context.Context, q InsightsQuery) ([]lifecycle.Week, []lifecycle.Cohort, error) {
	q = b.resolve(q)
	if err := q.Check(); err != nil {
		return nil, nil, err
	}
	weeks := lifecycle.Weeks(q.AsOf, q.Weeks)
	if err := b.countWeeks(ctx, q, weeks); err != nil {
		return nil, nil, err
	}
	cohorts, err := b.countCohorts(ctx, q)
	return weeks, cohorts, err
}

// span is a stretch of time a query counts by, in Unix seconds, for the
// week or month i: after is left out and upto included, as
// lifecycle.WeekOf places a moment in a week (seconds stored whole are
// after a moment within a second exactly when they are after its second).
type span struct {
	i           int
	after, upto int64
}

// spansText is spans as a query reads them, in JSON.
func spansText(spans []span) string {
	rows := make([][3]int64, len(spans))
	for k, s := range spans {
		rows[k] = [3]int64{int64(s.i), s.after, s.upto}
	}
	text, _ := json.Marshal(rows)
	return string(text)
}

// pickedRows lets through the rows of the customers an owner and a tag
// pick, every row when neither is given.
var pickedRows = `((?1 = '' AND ?2 = '') OR x.customer_id IN (SELECT c.id ` + pickedCustomers + `))`

// inSpans joins a table's rows (x) to the spans of ?3 they fall in, the
// spans first (SQLite's CROSS JOIN keeps that order): each is a search of
// the table's index by time, where the other order would search the spans
// for each of the table's rows.
func (b *Book) inSpans(table string) string {
	return ` FROM ` + b.engine.spansTable("?3") + ` CROSS JOIN ` + table + ` x
		WHERE x.at > s.after AND x.at <= s.upto AND ` + pickedRows
}

// hourStart is the start of the hour t falls in, in Unix seconds.
func hourStart(t int64) int64 { return t - (t%3600+3600)%3600 }

// weekSpans splits the weeks into the whole hours within them, which the
// hours' sums answer, and the ends read row by row. Where a book's
// customers are picked, the sums, which are the whole book's, are of no
// use, and each week is read row by row.
func weekSpans(q InsightsQuery, weeks []lifecycle.Week) (hours, rows []span) {
	for i, w := range weeks {
		after, upto := w.Start.Unix(), w.End.Unix()
		first, end := hourStart(after+3600), hourStart(upto+1)
		if q.Owner != "" || q.Tag != "" || first > end {
			rows = append(rows, span{i, after, upto})
			continue
		}
		hours = append(hours, span{i, first, end})
		rows = append(rows, span{i, after, first - 1}, span{i, end - 1, upto})
	}
	return hours, rows
}

func (b *Book) countWeeks(ctx context.Context, q InsightsQuery, weeks []lifecycle.Week) error {
	hours, rows := weekSpans(q, weeks)
	in := spansText(rows)
	err := b.eachRow(ctx, `SELECT s.i, x.kind, count(*)`+b.inSpans("contacts")+` GROUP BY s.i, x.kind`, func(rows *sql.Rows) error {
		var i, n int
		var kind string
		err := rows.Scan(&i, &kind, &n)
		weeks[i].Contacts[lifecycle.Kind(kind)] += n
		return err
	}, q.Owner, q.Tag, in)
	if err != nil {
		return lifecycle.Problemf(CodeReadContacts, nil, "read contacts: %w", err)
	}
	err = b.eachRow(ctx, `SELECT s.i, count(*) FILTER (WHERE x.amount_cents >= 0), coalesce(sum(x.amount_cents), 0)`+b.inSpans("purchases")+` GROUP BY s.i`, func(rows *sql.Rows) error {
		var i, n int
		var revenue int64
		err := rows.Scan(&i, &n, &revenue)
		weeks[i].Purchases += n
		weeks[i].Revenue += lifecycle.Money(revenue)
		return err
	}, q.Owner, q.Tag, in)
	if err != nil {
		return lifecycle.Problemf(CodeReadPurchases, nil, "read the purchases: %w", err)
	}
	return b.countHours(ctx, weeks, hours)
}

// countHours adds the sums of the whole hours to the weeks they are in;
// the spans start with their first hour and end before their last.
func (b *Book) countHours(ctx context.Context, weeks []lifecycle.Week, hours []span) error {
	err := b.eachRow(ctx, `SELECT s.i, h.kind, sum(h.contacts), sum(h.purchases), sum(h.revenue_cents)
		FROM `+b.engine.spansTable("?1")+` JOIN activity_hours h ON h.hour_start >= s.after AND h.hour_start < s.upto
		GROUP BY s.i, h.kind`, func(rows *sql.Rows) error {
		var i, contacts, bought int
		var kind string
		var revenue int64
		if err := rows.Scan(&i, &kind, &contacts, &bought, &revenue); err != nil {
			return err
		}
		if contacts != 0 {
			weeks[i].Contacts[lifecycle.Kind(kind)] += contacts
		}
		weeks[i].Purchases += bought
		weeks[i].Revenue += lifecycle.Money(revenue)
		return nil
	}, spansText(hours))
	if err != nil {
		return lifecycle.Problemf(CodeReadBook, lifecycle.Values{"What": "activity"}, "read the book's activity: %w", err)
	}
	return nil
}

// countCohorts places each buyer in the cohort of the month of its first
// purchase (refunds are none) and counts the months after it bought in.
// The months are counted by the book, one row a buyer and month; a first
// month before the cohorts' is the first span, whose buyers are in none.
func (b *Book) countCohorts(ctx context.Context, q InsightsQuery) ([]lifecycle.Cohort, error) {
	cohorts := lifecycle.EmptyCohorts(q.AsOf)
	// A month starts at its first second, and a span leaves its first
	// moment out: each month's span starts a second before it.
	months := []span{{0, math.MinInt64, cohorts[0].Month.Unix() - 1}}
	for i, c := range cohorts {
		end := lifecycle.MonthStart(q.AsOf, i-lifecycle.CohortMonths+2).Unix() - 1
		months = append(months, span{i + 1, c.Month.Unix() - 1, min(end, q.AsOf.Unix())})
	}
	var buyer int64
	var first int
	err := b.eachRow(ctx, `SELECT x.customer_id, s.i`+b.inSpans("purchases")+` AND x.amount_cents >= 0
		GROUP BY x.customer_id, s.i ORDER BY x.customer_id, s.i`, func(rows *sql.Rows) error {
		var id int64
		var month int
		if err := rows.Scan(&id, &month); err != nil {
			return err
		}
		if id != buyer {
			buyer, first = id, month
			if first > 0 {
				cohorts[first-1].Customers++
			}
		}
		if first > 0 {
			cohorts[first-1].Active[month-first]++
		}
		return nil
	}, q.Owner, q.Tag, spansText(months))
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadPurchases, nil, "read the purchases: %w", err)
	}
	return cohorts, nil
}

// InsightsWithoutFlags counts every figure but the weeks' flags, whose
// replay reads each customer's whole history: the phase history's figures
// and the activity, read side by side. The weeks' Flagged are empty.
func (b *Book) InsightsWithoutFlags(ctx context.Context, q InsightsQuery) (lifecycle.Insights, error) {
	q = b.resolve(q)
	var weeks []lifecycle.Week
	var cohorts []lifecycle.Cohort
	var activityErr error
	var wg sync.WaitGroup
	wg.Go(func() { weeks, cohorts, activityErr = b.Activity(ctx, q) })
	ins, err := b.PhaseInsights(ctx, q)
	wg.Wait()
	if err != nil {
		return lifecycle.Insights{}, err
	}
	if activityErr != nil {
		return lifecycle.Insights{}, activityErr
	}
	ins.Weekly, ins.Cohorts = weeks, cohorts
	return ins, nil
}
