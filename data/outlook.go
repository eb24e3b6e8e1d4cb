package data

import (
	"context"
	"time"

	"tend/lifecycle"
)

// Outlook is what the book makes of a customer as of now: the flags with
// their reasons, and the customer's prospects by the purchase models.
type Outlook struct {
	// Flags are most urgent first, each with its reasons.
	Flags []lifecycle.Flag
	// Forecast is not Fitted where the book has not been scored in full,
	// its purchase model could not be fitted, or the customer bought
	// nothing; ValueForecast as in CustomerFacts.
	Forecast      lifecycle.Forecast
	ValueForecast bool
	// RFM is nil for a customer who bought nothing, or before the book's
	// first full scoring.
	RFM *lifecycle.RFMScore
	// ModelsAsOf is the day the purchase models were fitted; zero before
	// the first full scoring.
	ModelsAsOf time.Time
}

// Outlooks returns the outlook of each customer named, by id, with the
// models and RFM quintiles of the latest full scoring. Customers not in
// the book are left out.
func (b *Book) Outlooks(ctx context.Context, ids []int64) (map[int64]Outlook, error) {
	out := make(map[int64]Outlook, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	tx, err := b.reader.BeginTx(ctx, nil)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadBook, nil, "read the book: %w", describe(err))
	}
	defer tx.Rollback()
	now := b.Now()
	sc, err := b.loadScorer(ctx, tx, now)
	if err != nil {
		return nil, err
	}
	for start := 0; start < len(ids); start += summaryBatch {
		set := customerSet{ids: ids[start:min(start+summaryBatch, len(ids))]}
		err := sc.each(ctx, tx, set, func(c CustomerFacts, _ flagCode) {
			o := Outlook{Flags: sc.flags(c), Forecast: c.Facts.Forecast, ValueForecast: c.ValueForecast}
			if sc.models != nil {
				o.ModelsAsOf = sc.models.AsOf
			}
			if c.Bought && sc.rfm != nil {
				s := sc.rfm.Score(c.RFM)
				o.RFM = &s
			}
			out[c.ID] = o
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
