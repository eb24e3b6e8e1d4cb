package data

import (
	"context"
	"database/sql"
	"errors"

	"tend/lifecycle"
)

// customersPerInsert is how many new customers of an import share one
// statement. Many rows to a statement take a third off the time of a large
// import, against a statement per row.
const customersPerInsert = 1000

// customerBatch writes the new customers of an import many to a statement.
// A batch of customers is written before their tags and the records of
// their first phases, so that those find the customers they belong to.
type customerBatch struct {
	nextID                  int64 // the id the next customer without one gets
	customers, tags, starts *bulkInsert
	queued                  []queuedCustomer
}

type queuedCustomer struct {
	id   int64
	row  customerRow
	tags []string
}

func newCustomerBatch(tx *sql.Tx, nextID int64) *customerBatch {
	return &customerBatch{nextID: nextID,
		customers: newBulkInsert(tx, customersPerInsert, "customers", newCustomerColumns...),
		tags:      newBulkInsert(tx, maxBoundValues, "tags", "customer_id", "tag"),
		starts:    newBulkInsert(tx, maxBoundValues, "phase_changes", startColumns...),
	}
}

// add queues a validated customer, stored as row but for its id, and
// returns the id it will have.
func (b *customerBatch) add(ctx context.Context, c lifecycle.Customer, row customerRow) (int64, error) {
	if c.ID == 0 {
		c.ID = b.nextID
	}
	b.nextID = max(b.nextID, c.ID+1)
	row.values[0] = c.ID
	b.customers.add(ctx, row.values...)
	b.queued = append(b.queued, queuedCustomer{id: c.ID, row: row, tags: c.Tags})
	if len(b.queued) < customersPerInsert {
		return c.ID, nil
	}
	return c.ID, b.writeCustomers(ctx)
}

// writeCustomers writes the queued customers and queues their tags and
// first phases.
func (b *customerBatch) writeCustomers(ctx context.Context) error {
	if err := b.customers.flush(ctx); err != nil {
		return err
	}
	for _, q := range b.queued {
		for _, t := range q.tags {
			b.tags.add(ctx, q.id, t)
		}
		b.starts.add(ctx, q.row.start(q.id)...)
	}
	b.queued = b.queued[:0]
	return nil
}

// flush writes everything queued, before the import reads what it wrote.
func (b *customerBatch) flush(ctx context.Context) error {
	if err := b.writeCustomers(ctx); err != nil {
		return err
	}
	return errors.Join(b.tags.flush(ctx), b.starts.flush(ctx))
}

// close releases the prepared statements.
func (b *customerBatch) close() {
	b.customers.close()
	b.tags.close()
	b.starts.close()
}
