package data

import (
	"context"
	"database/sql"
	"errors"
	"slices"

	"tend/lifecycle"
)

// customersPerInsert is how many new customers of an import share one
// statement. Many rows to a statement take a third off the time of a large
// import, against a statement per row.
const customersPerInsert = 1000

// customerBatch writes the new customers of an import many to a statement,
// each with its flag code and urgency. A batch of customers is written
// before their tags, the records of their first phases and their flags, so
// that those find the customers they belong to, and with the lines of the
// file that added them, so that the import's index finds them.
type customerBatch struct {
	nextID                                         int64 // the id the next customer without one gets
	who                                            string
	customers, lines, tags, starts, flags, reasons *bulkInsert
	queued                                         []queuedCustomer
}

type queuedCustomer struct {
	id    int64
	line  int
	row   customerRow
	tags  []string
	flags []lifecycle.Flag
	kept  keptFlags
}

// keptFlags are a new customer's flags as the book keeps them with their
// reasons (see encodeFlags), written out on the import's reading
// goroutine rather than by the writer; ok is false where there are none
// to keep.
type keptFlags struct {
	text string
	ok   bool
}

func keepFlags(flags []lifecycle.Flag) keptFlags {
	if len(flags) == 0 {
		return keptFlags{}
	}
	text, ok := encodeFlags(flags)
	return keptFlags{text, ok}
}

// flaggedCustomerColumns are the columns of a new customer stored with its
// flags.
var flaggedCustomerColumns = slices.Concat(newCustomerColumns, []string{"flag_code", "urgency"})

func newCustomerBatch(tx *sql.Tx, e engine, nextID int64, who string) *customerBatch {
	return &customerBatch{nextID: nextID, who: who,
		customers: newBulkInsert(tx, e, customersPerInsert, "customers", flaggedCustomerColumns...),
		lines:     newBulkInsert(tx, e, customersPerInsert, addedLines, "id", "line"),
		tags:      newBulkInsert(tx, e, maxBoundValues, "tags", "customer_id", "tag"),
		starts:    newBulkInsert(tx, e, maxBoundValues, "phase_changes", startColumns...),
		flags:     newBulkInsert(tx, e, maxBoundValues, "flags", flagColumns...),
		// A new customer has bought nothing: no forecast, no RFM values.
		reasons: newBulkInsert(tx, e, customersPerInsert, "flag_reasons", "customer_id", "flags"),
	}
}

// add queues a validated customer of the file's line, stored as read.stored
// but for its id, with its flags, and returns the id it will have.
func (b *customerBatch) add(ctx context.Context, c lifecycle.Customer, line int, read *customerCells) (int64, error) {
	if c.ID == 0 {
		c.ID = b.nextID
	}
	b.nextID = max(b.nextID, c.ID+1)
	row, flags := read.stored, read.flags
	row.values[0] = c.ID
	b.customers.addRow(ctx, row.values, int64(codeOf(flags)), urgencyOf(flags))
	b.queued = append(b.queued, queuedCustomer{id: c.ID, line: line, row: row, tags: c.Tags, flags: flags, kept: read.kept})
	if len(b.queued) < customersPerInsert {
		return c.ID, nil
	}
	return c.ID, b.writeCustomers(ctx)
}

// writeCustomers writes the queued customers and their lines, and queues
// their tags, first phases and flags.
func (b *customerBatch) writeCustomers(ctx context.Context) error {
	if err := b.customers.flush(ctx); err != nil {
		return err
	}
	for _, q := range b.queued {
		b.lines.add(ctx, q.id, q.line)
		for _, t := range q.tags {
			b.tags.add(ctx, q.id, t)
		}
		b.starts.add(ctx, q.row.start(q.id, b.who)...)
		for _, f := range q.flags {
			b.flags.add(ctx, flagValues(q.id, f)...)
		}
		if q.kept.ok {
			b.reasons.add(ctx, q.id, q.kept.text)
		}
	}
	b.queued = b.queued[:0]
	// A statement that failed (the disk full) may have ended the whole
	// transaction, so the first failure is the one to tell, not what
	// failed after it.
	for _, w := range []*bulkInsert{b.tags, b.starts, b.flags, b.reasons} {
		if w.err != nil {
			return w.err
		}
	}
	return b.lines.flush(ctx)
}

// flush writes everything queued, before the import reads what it wrote.
func (b *customerBatch) flush(ctx context.Context) error {
	if err := b.writeCustomers(ctx); err != nil {
		return err
	}
	return errors.Join(b.tags.flush(ctx), b.starts.flush(ctx), b.flags.flush(ctx), b.reasons.flush(ctx))
}

// close releases the prepared statements.
func (b *customerBatch) close() {
	b.customers.close()
	b.lines.close()
	b.tags.close()
	b.starts.close()
	b.flags.close()
	b.reasons.close()
}
