package data

import (
	"context"
	"time"

	"tend/lifecycle"
)

// CustomerFacts are what was known of one customer as of a date: the facts
// the flags go by, and the figures shown beside them.
type CustomerFacts struct {
	ID    int64
	Name  string
	Facts lifecycle.Facts
	// Archived tells a customer archived by the date. Such customers are
	// passed on only so that the RFM scores compare every buyer of the
	// book; they are not to be flagged.
	Archived bool
	// RFM are the values the customer's RFM scores come from; Bought is
	// false when the customer had bought nothing by the date.
	RFM    lifecycle.RFMValues
	Bought bool
	// Digest is the digest of the customer's purchases where it was made
	// from them, for the book to keep; nil where it was read from the book
	// or there are no purchases.
	Digest *lifecycle.PurchaseDigest
	// ValueForecast tells whether Facts.Forecast.ExpectedValue comes from
	// the spend model. It does not where that model could not be fitted or
	// the customer bought in another currency than the one it was fitted
	// to; the expected value is then 0.
	ValueForecast bool
}

// EachFacts calls fn with the facts of every customer of the book as of
// asOf, in order of id, from what had happened by then: the phase the last
// phase change by asOf put the customer in, and the contacts and purchases
// up to asOf. Customers created after asOf are left out. The forecast comes
// from the models fitted as of asOf (nil for none), over the ForecastWeeks
// after it; the rules say how long the periods of spend are and how many
// sentiments to keep. Do-not-contact, the entered value and the triage
// state are kept without a history, so they are read as they are now.
//
// The book is read in a few queries side by side, one customer at a time,
// so that no more than one customer's history is held at once.
func (b *Book) EachFacts(ctx context.Context, asOf time.Time, m *Models, r lifecycle.Rules, fn func(CustomerFacts) error) error {
	tx, err := b.reader.BeginTx(ctx, nil)
	if err != nil {
		return lifecycle.Problemf(CodeReadBook, nil, "read the book: %w", describe(err))
	}
	defer tx.Rollback()
	s, err := openFactStreams(ctx, tx, asOf)
	if err != nil {
		return err
	}
	fb := newFactsBuilder(asOf, m, r)
	for s.customers.ok {
		id, row := s.customers.id, s.customers.row
		s.customers.advance()
		c, ok := fb.build(id, row, s)
		if !ok {
			continue
		}
		if err := fn(c); err != nil {
			return s.close(err)
		}
	}
	return s.close(nil)
}
