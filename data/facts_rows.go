package data

import (
	"cmp"
	"context"
	"database/sql"
	"time"

	"tend/lifecycle"
)

// The rows the facts are made of, one query each, every one ordered by
// customer and then by time, as their indexes are.
type (
	profileRow struct {
		name         string
		value        lifecycle.Money
		doNotContact bool
		archived     bool // as of the date
	}
	phaseRow struct {
		at           time.Time
		phase, label string
		group        lifecycle.Group
	}
	contactRow struct {
		at        time.Time
		kind      lifecycle.Kind
		sentiment lifecycle.Sentiment
		moment    bool
		followUp  time.Time
	}
	triageRow struct {
		snoozedUntil, lastAttempt, wonBack time.Time
	}
)

// factStreams are the queries the facts of every customer are read from.
type factStreams struct {
	customers *stream[profileRow]
	phases    *stream[phaseRow]
	contacts  *stream[contactRow]
	purchases *stream[lifecycle.Purchase]
	triage    *stream[triageRow]
}

// openFactStreams runs the queries in one read transaction, so that they
// all see the book as it was at one moment, and reads what happened up to
// asOf. Customers archived since are read too, for the RFM scores.
func openFactStreams(ctx context.Context, tx *sql.Tx, asOf time.Time) (*factStreams, error) {
	end := asOf.Unix()
	var s factStreams
	var err error
	if s.customers, err = openStream(ctx, tx, "customers", `SELECT id, name, value_cents, do_not_contact,
		CASE WHEN archived_at <= ? THEN 1 ELSE 0 END FROM customers ORDER BY id`, scanProfileRow, end); err != nil {
		return nil, err
	}
	if s.phases, err = openStream(ctx, tx, "phase changes", `SELECT c.customer_id, c.at, c.to_phase, p.label, p.grp
		FROM phase_changes c JOIN phases p ON p.key = c.to_phase
		WHERE c.at <= ? ORDER BY c.customer_id, c.at, c.id`, scanPhaseRow, end); err != nil {
		return nil, s.close(err)
	}
	if s.contacts, err = openStream(ctx, tx, "contacts", contactColumns+`
		FROM contacts WHERE at <= ? ORDER BY customer_id, at, id`, scanContactRow, end); err != nil {
		return nil, s.close(err)
	}
	if s.purchases, err = openStream(ctx, tx, "purchases", `SELECT customer_id, at, amount_cents, currency
		FROM purchases WHERE at <= ? ORDER BY customer_id, at, id`, scanPurchaseRow, end); err != nil {
		return nil, s.close(err)
	}
	if s.triage, err = openStream(ctx, tx, "triage state", `SELECT customer_id, snoozed_until, last_attempt_at, won_back_at
		FROM triage ORDER BY customer_id`, scanTriageRow); err != nil {
		return nil, s.close(err)
	}
	return &s, nil
}

// close ends the queries that were opened and returns the first error
// among err and theirs.
func (s *factStreams) close(err error) error {
	return cmp.Or(err, s.customers.close(), s.phases.close(), s.contacts.close(),
		s.purchases.close(), s.triage.close())
}

func scanProfileRow(rows *sql.Rows) (int64, profileRow, error) {
	var id, value int64
	var r profileRow
	err := rows.Scan(&id, &r.name, &value, &r.doNotContact, &r.archived)
	r.value = lifecycle.Money(value)
	return id, r, err
}

func scanPhaseRow(rows *sql.Rows) (int64, phaseRow, error) {
	var id, at int64
	var r phaseRow
	var group string
	err := rows.Scan(&id, &at, &r.phase, &r.label, &group)
	r.at, r.group = time.Unix(at, 0), lifecycle.Group(group)
	return id, r, err
}

// contactColumns are what scanContactRow reads: a follow-up counts on the
// day it is due (moved or not) until a later contact answers it, which
// the digest sees as of any day; one done without a contact never counts.
const contactColumns = `SELECT customer_id, at, kind, sentiment, moment,
	CASE WHEN follow_up_state IS DISTINCT FROM 'done' THEN coalesce(follow_up_moved_to, follow_up_at) END`

func scanContactRow(rows *sql.Rows) (int64, contactRow, error) {
	var id, at int64
	var followUp sql.NullInt64
	var r contactRow
	var kind, sentiment string
	err := rows.Scan(&id, &at, &kind, &sentiment, &r.moment, &followUp)
	r.at, r.kind, r.sentiment, r.followUp = time.Unix(at, 0), lifecycle.Kind(kind), lifecycle.Sentiment(sentiment), timeOf(followUp)
	return id, r, err
}

func scanPurchaseRow(rows *sql.Rows) (int64, lifecycle.Purchase, error) {
	var p lifecycle.Purchase
	var at, amount int64
	err := rows.Scan(&p.CustomerID, &at, &amount, &p.Currency)
	p.At, p.Amount = time.Unix(at, 0), lifecycle.Money(amount)
	return p.CustomerID, p, err
}

func scanTriageRow(rows *sql.Rows) (int64, triageRow, error) {
	var id int64
	var snoozed, attempt, wonBack sql.NullInt64
	err := rows.Scan(&id, &snoozed, &attempt, &wonBack)
	return id, triageRow{timeOf(snoozed), timeOf(attempt), timeOf(wonBack)}, err
}
