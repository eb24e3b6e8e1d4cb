package data

import (
	"context"
	"database/sql"
	"time"

	"tend/lifecycle"
)

// RiskNow is Risk as of now. On a day the book has been scored in full,
// the flags are those the book holds, read with the purchase models and
// RFM quintiles of that scoring, each flagged customer with the reasons
// and figures the scoring kept beside its flags: what the board shows,
// read from rows rather than judged. A customer whose flag comes later that
// day (a snooze that ends, a P(alive) that falls below the rule's) joins
// at the next scoring or write, as on the board. Before the day's
// scoring, or with a flag setting that cannot be read, the book is judged
// afresh, as Risk does.
func (b *Book) RiskNow(ctx context.Context, kind lifecycle.FlagKind) ([]Flagged, Models, error) {
	now := b.Now()
	if _, err := b.Rules(ctx); err == nil {
		flagged, m, ok, err := b.storedRisk(ctx, now, kind)
		if err != nil || ok {
			return flagged, m, err
		}
	}
	return b.Risk(ctx, now, kind)
}

// storedRisk reads the flagged customers as RiskNow does; false when the
// book has not been scored in full on now's day.
func (b *Book) storedRisk(ctx context.Context, now time.Time, kind lifecycle.FlagKind) ([]Flagged, Models, bool, error) {
	tx, err := b.reader.BeginTx(ctx, nil)
	if err != nil {
		return nil, Models{}, false, lifecycle.Problemf(CodeReadBook, nil, "read the book: %w", describe(err))
	}
	defer tx.Rollback()
	fit, _, ok, err := readFit(ctx, tx)
	if err != nil || !ok || !fit.holdsOn(now) {
		return nil, Models{}, false, err
	}
	sc, err := b.loadScorer(ctx, tx, now)
	if err != nil {
		return nil, Models{}, false, err
	}
	flagged, err := sc.keptFlagged(ctx, tx, kind)
	if err != nil {
		return nil, Models{}, false, err
	}
	sortFlagged(flagged)
	return flagged, *sc.models, true, nil
}

// keptFlagged are the flagged customers of the kind as the book keeps
// them, and those whose facts it does not keep (in a phase renamed since
// they were scored, in a book upgraded since) judged afresh.
func (sc *scorer) keptFlagged(ctx context.Context, tx *sql.Tx, kind lifecycle.FlagKind) ([]Flagged, error) {
	var flagged []Flagged
	var counted int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(sum(flagged), 0) FROM phase_totals`).Scan(&counted); err == nil {
		flagged = make([]Flagged, 0, counted) // the board's count, near enough to spare growing
	}
	var afresh []int64
	reasons := readReasons{}
	err := flaggedKept(ctx, tx, func(k keptRisk) error {
		f, ok, read := sc.flaggedFrom(k, kind, reasons)
		switch {
		case !k.flags.Valid || !read:
			afresh = append(afresh, k.id)
		case ok:
			flagged = append(flagged, f)
		}
		return nil
	})
	for start := 0; err == nil && start < len(afresh); start += summaryBatch {
		set := customerSet{ids: afresh[start:min(start+summaryBatch, len(afresh))], flagged: true}
		err = sc.each(ctx, tx, set, func(c CustomerFacts, _ flagCode) {
			if f, ok := sc.flagged(c, kind); ok {
				flagged = append(flagged, f)
			}
		})
	}
	return flagged, err
}

// holdsOn tells whether the flags stored with the fit are those a scoring
// would find now: the book was scored in full on now's day, with a fit
// that says what tend risk says of it (one stored before the fit kept its
// number of buyers does not).
func (f storedFit) holdsOn(now time.Time) bool {
	return f.ScoredOn == scoringDay(now) && (f.BGNBD == nil || f.Buyers > 0)
}

// flagged is a customer as Risk lists it, with its flags as of the
// scorer's moment and its RFM score by the stored quintiles; false when it
// has no flag of the kind.
func (sc *scorer) flagged(c CustomerFacts, kind lifecycle.FlagKind) (Flagged, bool) {
	flags := sc.flags(c)
	rank, ok := rankingFlag(flags, kind)
	if !ok {
		return Flagged{}, false
	}
	f := Flagged{ID: c.ID, Name: c.Name, Phase: c.Facts.Phase, PhaseLabel: c.Facts.PhaseLabel,
		Flags: flags, Forecast: c.Facts.Forecast, ValueForecast: c.ValueForecast, rank: rank}
	if c.Bought && sc.rfm != nil {
		s := sc.rfm.Score(c.RFM)
		f.RFM = &s
	}
	return f, true
}
