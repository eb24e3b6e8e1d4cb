package data

import (
	"context"
	"database/sql"
	"slices"

	"tend/data/demo"
	"tend/lifecycle"
)

// customersPerStmt divides demo.ChunkSize, so that every chunk's customers go in
// prepared statements and only the last chunk needs one of its own.
const customersPerStmt = 250

// demoSummaryColumns are the summary columns the demo writes itself, from
// the history it makes.
var demoSummaryColumns = []string{"last_contact_at", "last_purchase_at", "contact_count", "purchase_count", "total_spend_cents",
	"first_contact_at", "follow_up_due_at", "negative_run", "last_negative_moment_at"}

// demoWriter writes made-up customers with their history into a book.
type demoWriter struct {
	lc                                                  lifecycle.Lifecycle
	customers, tags, contacts, purchases, moves, triage *bulkInsert
}

func newDemoWriter(tx *sql.Tx, e engine, lc lifecycle.Lifecycle) *demoWriter {
	const asMany = maxBoundValues
	return &demoWriter{
		lc:        lc,
		customers: newBulkInsert(tx, e, customersPerStmt, "customers", slices.Concat(newCustomerColumns, demoSummaryColumns)...),
		tags:      newBulkInsert(tx, e, asMany, "tags", "customer_id", "tag"),
		contacts: newBulkInsert(tx, e, asMany, "contacts", "customer_id", "at", "kind", "direction", "summary",
			"sentiment", "moment", "follow_up_at", "follow_up_state", "created_at"),
		purchases: newBulkInsert(tx, e, asMany, "purchases", "customer_id", "at", "amount_cents", "currency", "note", "created_at"),
		moves:     newBulkInsert(tx, e, asMany, "phase_changes", "customer_id", "at", "from_phase", "to_phase", "reason"),
		triage:    newBulkInsert(tx, e, asMany, "triage", "customer_id", "snoozed_until", "last_attempt_at"),
	}
}

// write stores a chunk of customers and queues their history. The
// customers are written first, so that every row of their history that is
// written from then on finds the customer it belongs to.
func (w *demoWriter) write(ctx context.Context, chunk []demo.Customer) error {
	for _, c := range chunk {
		// The row AddCustomer would write as of the customer's last update,
		// with the summary of their history.
		row, err := newCustomerRow(c.Customer, w.lc, c.UpdatedAt)
		if err != nil {
			return err
		}
		d := digestOf(c.History.Contacts)
		w.customers.add(ctx, append(row.values, unixOrNull(c.LastContactAt), unixOrNull(c.LastPurchaseAt),
			c.Contacts, c.Purchases, int64(c.TotalSpend),
			unixOrNull(d.first), unixOrNull(d.followUp), d.negativeRun, unixOrNull(d.negativeMoment))...)
	}
	if err := w.customers.flush(ctx); err != nil {
		return err
	}
	for _, c := range chunk {
		w.history(ctx, c)
	}
	return w.firstError()
}

// history queues a customer's tags, contacts, purchases, moves and triage.
// They are stored as if logged when they happened.
func (w *demoWriter) history(ctx context.Context, c demo.Customer) {
	for _, tag := range c.Tags {
		w.tags.add(ctx, c.ID, tag)
	}
	for i, ct := range c.History.Contacts {
		w.contacts.add(ctx, c.ID, ct.At.Unix(), string(ct.Kind), string(ct.Direction), ct.Summary,
			string(ct.Sentiment), ct.Moment, unixOrNull(ct.FollowUp), demoFollowUpState(ct, i == len(c.History.Contacts)-1), ct.At.Unix())
	}
	for _, p := range c.History.Purchases {
		w.purchases.add(ctx, c.ID, p.At.Unix(), int64(p.Amount), p.Currency, p.Note, p.At.Unix())
	}
	for _, m := range c.History.Moves {
		w.moves.add(ctx, c.ID, m.At.Unix(), nullIfEmpty(m.From), m.To, m.Reason)
	}
	if t := c.Triage; !t.LastAttempt.IsZero() || !t.SnoozedUntil.IsZero() {
		w.triage.add(ctx, c.ID, unixOrNull(t.SnoozedUntil), unixOrNull(t.LastAttempt))
	}
}

// tables lists the inserts, parents first.
func (w *demoWriter) tables() []*bulkInsert {
	return []*bulkInsert{w.customers, w.tags, w.contacts, w.purchases, w.moves, w.triage}
}

func (w *demoWriter) firstError() error {
	for _, t := range w.tables() {
		if t.err != nil {
			return t.err
		}
	}
	return nil
}

// finish writes what is still queued and returns how many rows of each
// kind were written.
func (w *demoWriter) finish(ctx context.Context) (DemoReport, error) {
	for _, t := range w.tables() {
		if err := t.flush(ctx); err != nil {
			return DemoReport{}, err
		}
	}
	return DemoReport{Customers: w.customers.written, Contacts: w.contacts.written,
		Purchases: w.purchases.written, PhaseChanges: w.moves.written}, nil
}

func (w *demoWriter) close() {
	for _, t := range w.tables() {
		t.close()
	}
}

// nullIfEmpty stores an empty text as NULL.
func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// digestOf sums up contacts in the order the book reads them back: by time,
// and in the order they were written where times are equal.
func digestOf(contacts []lifecycle.Contact) contactDigest {
	sorted := slices.Clone(contacts)
	slices.SortStableFunc(sorted, func(a, b lifecycle.Contact) int { return a.At.Compare(b.At) })
	var d contactDigest
	for _, c := range sorted {
		d.add(contactRow{at: c.At, sentiment: c.Sentiment, moment: c.Moment, followUp: c.FollowUp})
	}
	return d
}

// demoFollowUpState is the state of a made-up contact's follow-up: the
// latest contact's is open, a later contact answered every other one.
func demoFollowUpState(c lifecycle.Contact, latest bool) any {
	switch {
	case c.FollowUp.IsZero():
		return nil
	case latest:
		return FollowUpOpen
	}
	return FollowUpAnswered
}
