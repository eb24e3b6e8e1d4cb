package data

import (
	"cmp"
	"context"
	"database/sql"
	"sync"
	"time"

	"tend/lifecycle"
)

// RescoreReport says what a full scoring did.
type RescoreReport struct {
	Refitted bool // the purchase models were fitted again, as of today
	Changed  int  // customers whose flags changed
	// Models are those the flags were made with.
	Models Models
}

// Rescore flags every customer of the book again as of now. Flags go by
// time (days of silence, a follow-up coming due), so they age as the clock
// moves on, and the book is scored in full once a day.
// The purchase models are fitted again when the stored ones are a week
// old or the purchases have changed by more than a twentieth since (they
// change little from day to day), outside the write, so that other writers
// wait only for the scoring itself.
func (b *Book) Rescore(ctx context.Context) (RescoreReport, error) {
	now := b.Now()
	fit, asOf, ok, err := readFit(ctx, b.reader)
	if err != nil {
		return RescoreReport{}, err
	}
	var purchases int
	if err := b.reader.QueryRowContext(ctx, `SELECT count(*) FROM purchases`).Scan(&purchases); err != nil {
		return RescoreReport{}, lifecycle.Problemf(CodeCountPurchases, nil, "count the purchases: %w", describe(err))
	}
	defer b.wholeReading()()
	var rep RescoreReport
	if ok && !fit.stale(asOf, now, purchases) {
		rep.Models = fit.models(asOf)
	} else {
		if rep.Models, err = b.PurchaseModels(ctx, now); err != nil {
			return rep, err
		}
		rep.Refitted, fit.Purchases = true, purchases
	}
	err = b.write(ctx, func(tx *sql.Tx) error {
		var err error
		rep.Changed, err = b.scoreBook(ctx, tx, now, &rep.Models, fit.Purchases)
		return err
	})
	return rep, err
}

// refitDays is how old stored models may be before they are fitted again.
const refitDays = 7

// stale tells whether a fit made as of asOf is to be made again now, with
// the book holding this many purchases.
func (f storedFit) stale(asOf, now time.Time, purchases int) bool {
	drift := purchases - f.Purchases
	return !now.Before(asOf.AddDate(0, 0, refitDays)) || now.Before(asOf) || 20*max(drift, -drift) > purchases
}

// scoreBook flags every customer as of now with the models and stores
// them, with the book's RFM quintiles, for the scoring of single customers.
func (b *Book) scoreBook(ctx context.Context, tx *sql.Tx, now time.Time, m *Models, purchases int) (int, error) {
	sc, err := b.loadScorer(ctx, tx, now)
	if err != nil {
		return 0, err
	}
	sc.models = m
	out, err := b.scoreInParts(ctx, tx, sc)
	if err != nil {
		return 0, err
	}
	if err := writeFlags(ctx, tx, out.changes); err != nil {
		return 0, err
	}
	if err := writeRiskFacts(ctx, sc, tx, everyone, out.risk); err != nil {
		return 0, err
	}
	if err := writeDigests(ctx, tx, out.digests); err != nil {
		return 0, err
	}
	fit := fitOf(*m, rfmEdges(out.values), purchases)
	fit.ScoredOn = scoringDay(now)
	return len(out.changes), storeFit(ctx, tx, fit, m.AsOf)
}

// scoreInParts scores every customer in ranges of ids side by side, on the
// read connections, to keep the cores of a laptop busy. The caller's write
// transaction keeps other writers out and has written nothing yet, so the
// reads see the book exactly as the write does.
func (b *Book) scoreInParts(ctx context.Context, tx *sql.Tx, sc *scorer) (scored, error) {
	var first, last int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM customers`).Scan(&first, &last); err != nil {
		return scored{}, lifecycle.Problemf(CodeReadCustomers, nil, "read the customers: %w", describe(err))
	}
	parts := make([]scored, readParts)
	errs := make([]error, readParts)
	step := (last-first)/readParts + 1
	var wg sync.WaitGroup
	for i := range parts {
		set := customerSet{from: first + int64(i)*step, to: first + int64(i+1)*step}
		wg.Go(func() { parts[i], errs[i] = b.scoreRange(ctx, sc, set) })
	}
	wg.Wait()
	if err := cmp.Or(errs...); err != nil {
		return scored{}, err
	}
	var out scored
	for _, p := range parts {
		out.changes = append(out.changes, p.changes...)
		out.values = append(out.values, p.values...)
		out.digests = append(out.digests, p.digests...)
		out.risk = append(out.risk, p.risk...)
	}
	return out, nil
}

// scoreRange scores a range of customers in a read transaction of its own.
func (b *Book) scoreRange(ctx context.Context, sc *scorer, set customerSet) (scored, error) {
	rtx, err := b.reader.BeginTx(ctx, nil)
	if err != nil {
		return scored{}, lifecycle.Problemf(CodeReadBook, nil, "read the book: %w", describe(err))
	}
	defer rtx.Rollback()
	return sc.score(ctx, rtx, set)
}
