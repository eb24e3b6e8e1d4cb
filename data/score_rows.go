package data

import (
	"cmp"
	"context"
	"database/sql"
	"strings"
	"time"

	"tend/lifecycle"
)

// currentRow is a customer as the book holds it now, with the summaries of
// its contacts and the flags it was given when last scored.
type currentRow struct {
	profile profileRow
	phase   phaseRow
	digest  contactDigest
	stored  string // the stored flags, as flagsText writes them
}

// currentStreams are the queries the facts of customers as of now are
// read from: the customers with their summaries, so that no contact is
// read, and their purchases and triage state.
type currentStreams struct {
	customers *stream[currentRow]
	purchases *stream[lifecycle.Purchase]
	triage    *stream[triageRow]
}

// openCurrentStreams reads the customers named by ids, or every customer
// when ids is nil, archived ones included, with what they bought by now.
func openCurrentStreams(ctx context.Context, q querier, now time.Time, ids []int64) (*currentStreams, error) {
	only, args := idsIn("c.id", ids)
	var s currentStreams
	var err error
	if s.customers, err = openStream(ctx, q, "customers", `SELECT c.id, c.name, c.value_cents, c.do_not_contact,
		c.archived_at IS NOT NULL, c.phase, p.label, p.grp, c.phase_since,
		c.first_contact_at, c.last_contact_at, c.contact_count, c.follow_up_due_at, c.negative_run, c.last_negative_moment_at,
		coalesce((SELECT group_concat(kind || ' ' || severity || ' ' || worth_cents, ',') FROM flags f WHERE f.customer_id = c.id), '')
		FROM customers c JOIN phases p ON p.key = c.phase WHERE `+only+` ORDER BY c.id`, scanCurrentRow, args...); err != nil {
		return nil, err
	}
	only, args = idsIn("customer_id", ids)
	if s.purchases, err = openStream(ctx, q, "purchases", `SELECT customer_id, at, amount_cents, currency
		FROM purchases WHERE `+only+` AND at <= ? ORDER BY customer_id, at, id`, scanPurchaseRow, append(args, now.Unix())...); err != nil {
		return nil, s.close(err)
	}
	if s.triage, err = openStream(ctx, q, "triage state", `SELECT customer_id, snoozed_until, last_attempt_at
		FROM triage WHERE `+only+` ORDER BY customer_id`, scanTriageRow, args...); err != nil {
		return nil, s.close(err)
	}
	return &s, nil
}

// idsIn is a condition on column that lets the ids through, every row for
// nil ids.
func idsIn(column string, ids []int64) (string, []any) {
	if ids == nil {
		return "1", nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return column + " IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ") + ")", args
}

func (s *currentStreams) close(err error) error {
	return cmp.Or(err, s.customers.close(), s.purchases.close(), s.triage.close())
}

func scanCurrentRow(rows *sql.Rows) (int64, currentRow, error) {
	var id, value, since int64
	var first, last, followUp, moment sql.NullInt64
	var r currentRow
	var group string
	err := rows.Scan(&id, &r.profile.name, &value, &r.profile.doNotContact, &r.profile.archived,
		&r.phase.phase, &r.phase.label, &group, &since,
		&first, &last, &r.digest.count, &followUp, &r.digest.negativeRun, &moment, &r.stored)
	r.profile.value, r.phase.group, r.phase.at = lifecycle.Money(value), lifecycle.Group(group), time.Unix(since, 0)
	r.digest.first, r.digest.last, r.digest.followUp, r.digest.negativeMoment = timeOf(first), timeOf(last), timeOf(followUp), timeOf(moment)
	return id, r, err
}
