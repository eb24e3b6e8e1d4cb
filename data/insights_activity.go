package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"math"
	"time"

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

// spans are stretches of time for a query to count by, as JSON: each a
// pair of Unix seconds, the first left out and the second included, as
// lifecycle.WeekOf places a moment in a week (seconds stored whole are
// after a moment within a second exactly when they are after its second).
func spans(from, to []time.Time) string {
	pairs := make([][2]int64, len(from))
	for i := range from {
		pairs[i] = [2]int64{from[i].Unix(), to[i].Unix()}
	}
	text, _ := json.Marshal(pairs)
	return string(text)
}

// pickedRows lets through the rows of the customers an owner and a tag
// pick, every row when neither is given.
var pickedRows = `((?1 = '' AND ?2 = '') OR x.customer_id IN (SELECT c.id ` + pickedCustomers + `))`

// countSpans joins a table's rows to the spans they fall in.
var countSpans = ` x JOIN (SELECT key AS i, json_extract(value, '$[0]') AS after, json_extract(value, '$[1]') AS upto
	FROM json_each(?3)) s ON x.at > s.after AND x.at <= s.upto WHERE ` + pickedRows

func (b *Book) countWeeks(ctx context.Context, q InsightsQuery, weeks []lifecycle.Week) error {
	from, to := make([]time.Time, len(weeks)), make([]time.Time, len(weeks))
	for i, w := range weeks {
		from[i], to[i] = w.Start, w.End
	}
	in := spans(from, to)
	err := b.eachRow(ctx, `SELECT s.i, x.kind, count(*) FROM contacts`+countSpans+` GROUP BY s.i, x.kind`, func(rows *sql.Rows) error {
		var i, n int
		var kind string
		err := rows.Scan(&i, &kind, &n)
		weeks[i].Contacts[lifecycle.Kind(kind)] = n
		return err
	}, q.Owner, q.Tag, in)
	if err != nil {
		return lifecycle.Problemf(CodeReadContacts, nil, "read contacts: %w", err)
	}
	err = b.eachRow(ctx, `SELECT s.i, count(*) FILTER (WHERE x.amount_cents >= 0), coalesce(sum(x.amount_cents), 0)
		FROM purchases`+countSpans+` GROUP BY s.i`, func(rows *sql.Rows) error {
		var i, n int
		var revenue int64
		err := rows.Scan(&i, &n, &revenue)
		weeks[i].Purchases, weeks[i].Revenue = n, lifecycle.Money(revenue)
		return err
	}, q.Owner, q.Tag, in)
	if err != nil {
		return lifecycle.Problemf(CodeReadPurchases, nil, "read the purchases: %w", err)
	}
	return nil
}

// countCohorts places each buyer in the cohort of the month of its first
// purchase (refunds are none) and counts the months after it bought in.
// The months are counted by the book, one row a buyer and month; a first
// month before the cohorts' is the first span, whose buyers are in none.
func (b *Book) countCohorts(ctx context.Context, q InsightsQuery) ([]lifecycle.Cohort, error) {
	cohorts := lifecycle.EmptyCohorts(q.AsOf)
	from, to := []time.Time{time.Unix(math.MinInt32, 0)}, []time.Time{cohorts[0].Month}
	for i, c := range cohorts {
		from = append(from, c.Month)
		to = append(to, lifecycle.MonthStart(q.AsOf, i-lifecycle.CohortMonths+2))
	}
	to[len(to)-1] = q.AsOf
	// A month starts at its first second: the spans of months start a
	// second earlier, as spans leave their first moment out.
	for i := 1; i < len(from); i++ {
		from[i] = from[i].Add(-time.Second)
	}
	for i := range to[:len(to)-1] {
		to[i] = to[i].Add(-time.Second)
	}
	var buyer int64
	var first int
	err := b.eachRow(ctx, `SELECT x.customer_id, s.i FROM purchases`+countSpans+` AND x.amount_cents >= 0
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
	}, q.Owner, q.Tag, spans(from, to))
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadPurchases, nil, "read the purchases: %w", err)
	}
	return cohorts, nil
}
