package data

import (
	"context"
	"strings"
	"testing"
)

// TestFollowUpCountsReadTheirOwnIndex checks the plan of the board's
// follow-up counts: the days before tomorrow searched in the index of the
// active customers' open follow-ups, not a scan of every customer's row,
// which was most of the board's first frame on a large book. A server
// plans a scan of a table as small as a test's, so there the scan is
// ruled out to see that the index answers the count at all.
func TestFollowUpCountsReadTheirOwnIndex(t *testing.T) {
	b := openTestBook(t)
	const want = "customers_follow_ups_due"
	if b.engine.onFile() {
		plan := queryPlan(t, b, followUpCountsQuery, 1, 1, 2)
		if len(plan) != 1 || !strings.HasPrefix(plan[0], "SEARCH customers USING COVERING INDEX "+want+" ") {
			t.Errorf("the plan of the follow-up counts is %q, want a search of their index alone", plan)
		}
		return
	}
	plan := serverPlan(t, b, followUpCountsQuery, 1, 1, 2)
	if !strings.Contains(plan, "Index Only Scan using "+want+" ") {
		t.Errorf("the plan of the follow-up counts is\n%s\nwant a scan of their index alone", plan)
	}
}

// serverPlan is what a server's EXPLAIN says of a query with scans of
// whole tables ruled out, a step a line.
func serverPlan(t *testing.T, b *Book, query string, args ...any) string {
	t.Helper()
	ctx := context.Background()
	tx, err := b.reader.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
		t.Fatal(err)
	}
	rows, err := tx.QueryContext(ctx, `EXPLAIN `+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var step string
		if err := rows.Scan(&step); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, step)
	}
	return strings.Join(plan, "\n")
}
