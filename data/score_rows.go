package data

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"tend/lifecycle"
)

// currentRow is a customer as the book holds it now, with the summaries of
// its contacts and the code of the flags it was given when last scored.
type currentRow struct {
	profile profileRow
	phase   string
	since   time.Time
	digest  contactDigest
	flags   flagCode
	// purchases is the stored digest of the customer's purchases where it
	// holds as of now, else empty; spend is the customer's total spend.
	purchases    string
	spend        lifecycle.Money
	lastPurchase time.Time
}

// currentStreams are the queries the facts of customers as of now are
// read from: the customers with their summaries, so that no contact is
// read; the purchases of those without a digest of them that holds, and
// the purchases of the periods of spend of those with one; and the triage
// state.
type currentStreams struct {
	customers *stream[currentRow]
	purchases *stream[lifecycle.Purchase]
	recent    *stream[lifecycle.Purchase]
	triage    *stream[triageRow]
}

// customerSet names the customers a scoring reads: a list of ids, or a
// range of ids [from, to) when ids is nil; of those, only the active
// customers with stored flags where flagged.
type customerSet struct {
	ids      []int64
	from, to int64
	flagged  bool
}

// everyone is every customer of the book.
var everyone = customerSet{from: 0, to: 1<<63 - 1}

// where is a condition on column that lets the set's customers through.
func (s customerSet) where(column string) (string, []any) {
	if s.ids == nil {
		return column + " >= ? AND " + column + " < ?", []any{s.from, s.to}
	}
	args := make([]any, len(s.ids))
	for i, id := range s.ids {
		args[i] = id
	}
	return column + " IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(s.ids)), ", ") + ")", args
}

// currentReads are the statements of the streams of currentStreams;
// recent is empty for a list of customers, whose digests never hold.
type currentReads struct {
	customers, purchases, triage statement
	recent                       *statement
}

// readsOfCurrent are the statements that read the set's customers,
// archived ones included, with what they bought by now. Stored purchase
// digests are used for a range of customers (the whole book's scoring),
// where they spare reading every purchase; a list of customers is read
// whole.
func readsOfCurrent(now time.Time, set customerSet, spendFrom time.Time) currentReads {
	holds, holdsArgs := digestHolds(set, now)
	only, args := set.where("id")
	if set.flagged {
		only += " AND flag_code <> 0 AND archived_at IS NULL"
	}
	var r currentReads
	r.customers = statement{`SELECT id, name, value_cents, do_not_contact,
		archived_at IS NOT NULL, phase, phase_since, first_contact_at, last_contact_at, contact_count,
		follow_up_due_at, negative_run, last_negative_moment_at, flag_code,
		CASE WHEN ` + holds + ` THEN purchase_digest ELSE '' END, total_spend_cents, last_purchase_at
		FROM customers WHERE ` + only + ` ORDER BY id`, append(holdsArgs, args...)}
	buyers := `customer_id IN (SELECT id FROM customers WHERE ` + only + ` AND purchase_count > 0 AND `
	r.purchases = statement{`SELECT customer_id, at, amount_cents, currency
		FROM purchases WHERE ` + buyers + `NOT (` + holds + `)) AND at <= ? ORDER BY customer_id, at, id`,
		slices.Concat(args, holdsArgs, []any{now.Unix()})}
	if set.ids == nil {
		r.recent = &statement{`SELECT customer_id, at, amount_cents, currency
		FROM purchases WHERE ` + buyers + holds + ` AND last_purchase_at >= ?) AND at >= ? AND at <= ? ORDER BY customer_id, at, id`,
			slices.Concat(args, holdsArgs, []any{spendFrom.Unix(), spendFrom.Unix(), now.Unix()})}
	}
	only, args = set.where("customer_id")
	r.triage = statement{`SELECT customer_id, snoozed_until, last_attempt_at, won_back_at
		FROM triage WHERE ` + only + ` ORDER BY customer_id`, args}
	return r
}

// list is the reads in the order they are opened.
func (r currentReads) list() []statement {
	if r.recent == nil {
		return []statement{r.customers, r.purchases, r.triage}
	}
	return []statement{r.customers, r.purchases, *r.recent, r.triage}
}

// openCurrentStreams opens the streams of the reads.
func openCurrentStreams(ctx context.Context, q querier, r currentReads) (*currentStreams, error) {
	var s currentStreams
	var err error
	if s.customers, err = openStream(ctx, q, "customers", r.customers.query, scanCurrentRow, r.customers.args...); err != nil {
		return nil, err
	}
	if s.purchases, err = openStream(ctx, q, "purchases", r.purchases.query, scanPurchaseRow, r.purchases.args...); err != nil {
		return nil, s.close(err)
	}
	if r.recent != nil {
		if s.recent, err = openStream(ctx, q, "purchases", r.recent.query, scanPurchaseRow, r.recent.args...); err != nil {
			return nil, s.close(err)
		}
	}
	if s.triage, err = openStream(ctx, q, "triage state", r.triage.query, scanTriageRow, r.triage.args...); err != nil {
		return nil, s.close(err)
	}
	return &s, nil
}

func (s *currentStreams) close(err error) error {
	return cmp.Or(err, s.customers.close(), s.purchases.close(), s.recent.close(), s.triage.close())
}

// digestHolds is the condition, on a customers row, that its stored
// purchase digest holds as of now: one counted in now's zone, of a customer
// with no purchase dated after now. It never holds for a list of customers.
func digestHolds(set customerSet, now time.Time) (string, []any) {
	if set.ids != nil {
		return "1 = 0", nil
	}
	prefix := lifecycle.ZoneName(now.Location()) + " "
	return "(purchase_digest IS NOT NULL AND substr(purchase_digest, 1, ?) = ? AND last_purchase_at <= ?)",
		[]any{len(prefix), prefix, now.Unix()}
}

func scanCurrentRow(rows *sql.Rows) (int64, currentRow, error) {
	var id, value, since, spend int64
	var first, last, followUp, moment, lastPurchase sql.NullInt64
	var r currentRow
	err := rows.Scan(&id, &r.profile.name, &value, &r.profile.doNotContact, &r.profile.archived, &r.phase, &since,
		&first, &last, &r.digest.count, &followUp, &r.digest.negativeRun, &moment, &r.flags, &r.purchases, &spend, &lastPurchase)
	r.profile.value, r.since, r.spend = lifecycle.Money(value), time.Unix(since, 0), lifecycle.Money(spend)
	r.lastPurchase = timeOf(lastPurchase)
	r.digest.first, r.digest.last, r.digest.followUp, r.digest.negativeMoment = timeOf(first), timeOf(last), timeOf(followUp), timeOf(moment)
	return id, r, err
}
