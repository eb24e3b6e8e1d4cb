package data

import (
	"cmp"
	"context"
	"slices"
	"time"

	"tend/lifecycle"
)

// Flagged is a customer who needs attention as of a date, with the figures
// behind the flags.
type Flagged struct {
	ID         int64
	Name       string
	Phase      string // the phase key as of the date
	PhaseLabel string
	// Flags are most urgent first; there is at least one.
	Flags []lifecycle.Flag
	// Forecast is not Fitted where the purchase model was not fitted or
	// the customer bought nothing; ValueForecast as in CustomerFacts.
	Forecast      lifecycle.Forecast
	ValueForecast bool
	// RFM is nil for a customer who bought nothing by the date.
	RFM *lifecycle.RFMScore

	rank  lifecycle.Flag // the flag the customer is ranked by
	place int            // the customer's place among the RFM values, or -1
}

// Risk flags the active customers of the book as of a date by the rules
// of its settings, most urgent first, and returns them with the purchase
// models fitted as of that date. With a kind, only customers with a flag of
// that kind are kept, ranked by that flag; without one ("") each customer
// is ranked by its most urgent flag. The RFM scores place each customer
// among every customer, archived ones included, who had bought by then.
func (b *Book) Risk(ctx context.Context, asOf time.Time, kind lifecycle.FlagKind) ([]Flagged, Models, error) {
	r, err := b.Rules(ctx)
	if err != nil {
		return nil, Models{}, err
	}
	m, err := b.PurchaseModels(ctx, asOf)
	if err != nil {
		return nil, m, err
	}
	flagged, err := b.flagWith(ctx, asOf, kind, r, m)
	return flagged, m, err
}

// flagWith flags the book as Risk does, with models given.
func (b *Book) flagWith(ctx context.Context, asOf time.Time, kind lifecycle.FlagKind, r lifecycle.Rules, m Models) ([]Flagged, error) {
	var flagged []Flagged
	var values []lifecycle.RFMValues
	err := b.EachFacts(ctx, asOf, &m, r, func(c CustomerFacts) error {
		place := -1
		if c.Bought {
			place = len(values)
			values = append(values, c.RFM)
		}
		if c.Archived {
			return nil
		}
		flags := lifecycle.Evaluate(c.Facts, r, asOf)
		rank, ok := rankingFlag(flags, kind)
		if !ok {
			return nil
		}
		flagged = append(flagged, Flagged{ID: c.ID, Name: c.Name, Phase: c.Facts.Phase, PhaseLabel: c.Facts.PhaseLabel,
			Flags: flags, Forecast: c.Facts.Forecast, ValueForecast: c.ValueForecast, rank: rank, place: place})
		return nil
	})
	if err != nil {
		return nil, err
	}
	scoreRFM(flagged, values)
	sortFlagged(flagged)
	return flagged, nil
}

// sortFlagged puts the most urgent first, by the flag each is ranked by.
// The keys are sorted and the customers then put in their places once: a
// customer is a large value, and sorting tens of thousands of them in
// place moved each many times over.
func sortFlagged(flagged []Flagged) {
	order := make([]rankKey, len(flagged))
	for i := range flagged {
		f := &flagged[i]
		// The ranking flag without its reasons, which the order never reads.
		order[i] = rankKey{lifecycle.Flag{Kind: f.rank.Kind, Severity: f.rank.Severity, Worth: f.rank.Worth}, f.ID, i}
	}
	slices.SortFunc(order, func(a, b rankKey) int {
		return cmp.Or(lifecycle.CompareFlags(a.rank, b.rank), cmp.Compare(a.id, b.id))
	})
	sorted := make([]Flagged, len(flagged))
	for i, k := range order {
		sorted[i] = flagged[k.at]
	}
	copy(flagged, sorted)
}

// rankKey is what a flagged customer is sorted by, with its place in the
// list: sorting these small values side by side, rather than places that
// point into the customers, took a tenth of tend risk's time.
type rankKey struct {
	rank lifecycle.Flag
	id   int64
	at   int
}

// rankingFlag is the flag a customer is ranked by: the most urgent, or the
// one of the kind asked for; false when there is none.
func rankingFlag(flags []lifecycle.Flag, kind lifecycle.FlagKind) (lifecycle.Flag, bool) {
	for _, f := range flags {
		if kind == "" || f.Kind == kind {
			return f, true
		}
	}
	return lifecycle.Flag{}, false
}

// minRFMBuyers is the least number of buyers that fifths can be made of:
// with fewer, a customer's place among them says nothing (the only buyer
// of a book would be "lost").
const minRFMBuyers = 10

// rfmEdges are the quintiles of the buyers' RFM values, nil for too few.
func rfmEdges(values []lifecycle.RFMValues) *lifecycle.RFMEdges {
	if len(values) < minRFMBuyers {
		return nil
	}
	e := lifecycle.RFMEdgesOf(values)
	return &e
}

// scoreRFM scores the flagged customers who bought among all buyers.
func scoreRFM(flagged []Flagged, values []lifecycle.RFMValues) {
	edges := rfmEdges(values)
	if edges == nil {
		return
	}
	for i := range flagged {
		if p := flagged[i].place; p >= 0 {
			s := edges.Score(values[p])
			flagged[i].RFM = &s
		}
	}
}
