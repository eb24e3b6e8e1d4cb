package data

import (
	"context"
	"database/sql"
	"time"

	"tend/data/demo"
	"tend/lifecycle"
)

// DemoOptions sizes a generated demo book.
type DemoOptions struct {
	Customers int
	Seed      int64
	Preset    string // the lifecycle preset to switch the book to first; empty keeps the book's
	// Language is the reader's: "de" makes German customers with German
	// summaries and notes; any other, the book of mixed customers in
	// English.
	Language string
}

// DemoReport counts what a demo fill made.
type DemoReport struct {
	Customers, Contacts, Purchases, PhaseChanges int
}

// MaxDemoCustomers bounds a demo book; a million customers already take
// minutes to make.
const MaxDemoCustomers = 1_000_000

// FillDemo fills an empty book with made-up customers, as [Book.MakeDemo]
// does, for callers that need no counts.
func (b *Book) FillDemo(ctx context.Context, opt DemoOptions) error {
	_, err := b.MakeDemo(ctx, opt)
	return err
}

// MakeDemo fills an empty book with made-up customers and two years of
// history up to the book's clock, and counts what it made. The same seed,
// size and clock make the same book. A book that holds any customer,
// archived ones included, is refused, so that real customers are never
// mixed with made-up ones; the fill is one transaction, so it is made whole
// or not at all. A preset in opt is switched to first, and stays if the
// fill fails; the book is empty either way.
func (b *Book) MakeDemo(ctx context.Context, opt DemoOptions) (DemoReport, error) {
	if opt.Customers < 1 || opt.Customers > MaxDemoCustomers {
		return DemoReport{}, lifecycle.Problemf(CodeDemoSize, lifecycle.Values{"Max": MaxDemoCustomers, "Customers": opt.Customers},
			"a demo book holds 1 to %d customers, not %d", MaxDemoCustomers, opt.Customers)
	}
	// Checked before the preset is switched, so that a refused book is left
	// as it was, and again in the fill's transaction in case another tend
	// wrote in between.
	if err := refuseFilledBook(ctx, b.reader); err != nil {
		return DemoReport{}, err
	}
	if opt.Preset != "" {
		if _, err := b.UsePreset(ctx, opt.Preset); err != nil {
			return DemoReport{}, err
		}
	}
	restore, err := b.tuneForBulk(ctx, demoCacheKiB)
	if err != nil {
		return DemoReport{}, err
	}
	defer restore()
	var report DemoReport
	err = b.write(ctx, func(tx *sql.Tx) error {
		var err error
		report, err = fillDemo(ctx, tx, b.engine, opt, b.Now())
		return err
	})
	if err != nil {
		return report, err
	}
	// The models are fitted to the purchases once they are in the book,
	// so the flags follow in a transaction of their own.
	_, err = b.Rescore(ctx)
	return report, err
}

// refuseFilledBook returns an error when the book holds any customer.
func refuseFilledBook(ctx context.Context, q querier) error {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM customers`).Scan(&n); err != nil {
		return lifecycle.Problemf(CodeCountCustomers, nil, "count the customers: %w", describe(err))
	}
	if n > 0 {
		return lifecycle.Problemf(CodeDemoNotEmpty, lifecycle.Values{"Customers": n},
			"the book already holds %d customers; demo data is only put into an empty book", n)
	}
	return nil
}

// fillDemo has the customers made on a goroutine of their own and writes
// them in the transaction as they come, so that making and writing overlap.
func fillDemo(ctx context.Context, tx *sql.Tx, e engine, opt DemoOptions, now time.Time) (DemoReport, error) {
	if err := refuseFilledBook(ctx, tx); err != nil {
		return DemoReport{}, err
	}
	lc, err := readLifecycle(ctx, tx)
	if err != nil {
		return DemoReport{}, err
	}
	g, err := demo.NewMaker(opt.Seed, now, lc)
	if err != nil {
		return DemoReport{}, err
	}
	if opt.Language == "de" {
		g = g.InGerman()
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	recount := e.setAsideSums(ctx, tx, "customers", "contacts", "purchases")
	w := newDemoWriter(tx, e, lc)
	defer w.close()
	for chunk := range g.Chunks(ctx, opt.Customers) {
		if err := w.write(ctx, chunk); err != nil {
			return DemoReport{}, err
		}
	}
	if err := ctx.Err(); err != nil {
		return DemoReport{}, lifecycle.Problemf(CodeDemoStopped, nil,
			"stopped before the demo book was made, so it stays empty: %w", err)
	}
	report, err := w.finish(ctx)
	if err != nil {
		return report, err
	}
	return report, recount(ctx)
}
