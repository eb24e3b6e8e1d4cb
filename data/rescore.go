package data

import (
	"context"
	"database/sql"
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
// moves on, and the book is scored in full once a day and after an import.
// The purchase models are fitted again when the stored ones were fitted on
// an earlier day, outside the write, so that other writers wait only for
// the scoring itself.
func (b *Book) Rescore(ctx context.Context) (RescoreReport, error) {
	now := b.Now()
	fit, asOf, ok, err := readFit(ctx, b.reader)
	if err != nil {
		return RescoreReport{}, err
	}
	var rep RescoreReport
	if ok && sameDay(asOf, now) {
		rep.Models = fit.models(asOf)
	} else {
		if rep.Models, err = b.PurchaseModels(ctx, now); err != nil {
			return rep, err
		}
		rep.Refitted = true
	}
	err = b.write(ctx, func(tx *sql.Tx) error {
		var err error
		rep.Changed, err = scoreBook(ctx, tx, now, &rep.Models)
		return err
	})
	return rep, err
}

// scoreBook flags every customer as of now with the models and stores
// them, with the book's RFM quintiles, for the scoring of single customers.
func scoreBook(ctx context.Context, tx *sql.Tx, now time.Time, m *Models) (int, error) {
	sc, err := loadScorer(ctx, tx, now)
	if err != nil {
		return 0, err
	}
	sc.models = m
	var values []lifecycle.RFMValues
	changes, err := sc.score(ctx, tx, nil, func(c CustomerFacts) {
		if c.Bought {
			values = append(values, c.RFM)
		}
	})
	if err != nil {
		return 0, err
	}
	if err := writeFlags(ctx, tx, changes); err != nil {
		return 0, err
	}
	var edges *lifecycle.RFMEdges
	if len(values) > 0 {
		e := lifecycle.RFMEdgesOf(values)
		edges = &e
	}
	return len(changes), storeFit(ctx, tx, fitOf(*m, edges), m.AsOf)
}

// sameDay tells whether two times fall on the same calendar day in b's
// time zone.
func sameDay(a, b time.Time) bool {
	a = a.In(b.Location())
	return a.YearDay() == b.YearDay() && a.Year() == b.Year()
}
