package data

import (
	"cmp"
	"context"
	"database/sql"
	"sync"
	"time"

	"tend/lifecycle"
)

// eachBuyer calls fn with the purchases made before end of each customer
// with an id from first up to (not including) last who made one, a
// customer at a time in order of id, each customer's oldest first. Refunds (negative amounts) are left out: a refund is neither an
// occasion of buying nor spend on one. Free orders (zero amounts) are
// purchases, as in the CDNOW data. Archived customers are read too:
// archiving takes a customer off the board, not out of the repeat-buying
// history the models learn from, and leaving them out would keep only the
// customers who stayed. The slice fn gets is reused for the next customer,
// so that no more than one customer's purchases are held at a time.
func (b *Book) eachBuyer(ctx context.Context, first, last int64, end time.Time, fn func([]lifecycle.Purchase)) error {
	// Ordered as the purchases_by_customer index is, so that the rows come
	// from it as they are without a sort.
	rows, err := b.reader.QueryContext(ctx, `SELECT customer_id, at, amount_cents, currency
		FROM purchases WHERE customer_id >= ? AND customer_id < ? AND at < ? AND amount_cents >= 0
		ORDER BY customer_id, at`, first, last, end.Unix())
	if err != nil {
		return lifecycle.Problemf(CodeReadPurchases, nil, "read the purchases: %w", describe(err))
	}
	defer rows.Close()
	var batch []lifecycle.Purchase
	for rows.Next() {
		var p lifecycle.Purchase
		var at, amount int64
		if err := rows.Scan(&p.CustomerID, &at, &amount, &p.Currency); err != nil {
			return lifecycle.Problemf(CodeReadPurchases, nil, "read the purchases: %w", describe(err))
		}
		p.At, p.Amount = time.Unix(at, 0), lifecycle.Money(amount)
		if len(batch) > 0 && batch[0].CustomerID != p.CustomerID {
			fn(batch)
			batch = batch[:0]
		}
		batch = append(batch, p)
	}
	if err := rows.Err(); err != nil {
		return lifecycle.Problemf(CodeReadPurchases, nil, "read the purchases: %w", describe(err))
	}
	if len(batch) > 0 {
		fn(batch)
	}
	return nil
}

// readParts is how many ranges of customers the purchase models read side
// by side: reading is mostly the store's work, and it keeps the cores of a
// laptop busy, as the fits do after it.
const readParts = 2

// readBuyerHistories reads the purchase model inputs of every customer as
// of asOf. The customers are read in ranges of ids side by side; each range
// is one read of its own, and since each customer is in one range, every
// customer's history is whole even while another tend writes.
func (b *Book) readBuyerHistories(ctx context.Context, asOf time.Time) (*buyerHistories, error) {
	first, last, err := b.buyerIDs(ctx)
	if err != nil {
		return nil, err
	}
	parts := make([]*buyerHistories, readParts)
	errs := make([]error, readParts)
	step := (last-first)/readParts + 1
	var wg sync.WaitGroup
	dayAfter := lifecycle.DaysAfter(asOf, 1) // all of asOf's day counts
	for i := range parts {
		parts[i] = newBuyerHistories(asOf)
		from := first + int64(i)*step
		wg.Go(func() { errs[i] = b.eachBuyer(ctx, from, from+step, dayAfter, parts[i].add) })
	}
	wg.Wait()
	if err := cmp.Or(errs...); err != nil {
		return nil, err
	}
	for _, p := range parts[1:] {
		parts[0].merge(p)
	}
	return parts[0], nil
}

// buyerIDs returns the lowest and the highest id of a customer with a
// purchase, both 0 when there is none.
func (b *Book) buyerIDs(ctx context.Context) (first, last int64, err error) {
	var lo, hi sql.NullInt64
	// Two subqueries, since SQLite reads a lone min or max from the index.
	err = b.reader.QueryRowContext(ctx, `SELECT (SELECT min(customer_id) FROM purchases),
		(SELECT max(customer_id) FROM purchases)`).Scan(&lo, &hi)
	if err != nil {
		return 0, 0, lifecycle.Problemf(CodeReadPurchases, nil, "read the purchases: %w", describe(err))
	}
	return lo.Int64, hi.Int64, nil
}
