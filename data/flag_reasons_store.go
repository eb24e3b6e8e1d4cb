package data

import (
	"context"
	"database/sql"

	"tend/lifecycle"
)

// riskFacts are what tend risk shows of a flagged customer beside its
// name and phase: the flags with their reasons, the purchase model's
// figures and the RFM values, as a scoring found them.
type riskFacts struct {
	id            int64
	flags         []lifecycle.Flag
	forecast      lifecycle.Forecast
	valueForecast bool
	rfm           lifecycle.RFMValues
	bought        bool
}

// riskFactsOf are a flagged customer's facts for keeping, with the flags'
// reasons said.
func (sc *scorer) riskFactsOf(c CustomerFacts) riskFacts {
	return riskFacts{id: c.ID, flags: sc.flags(c), forecast: c.Facts.Forecast, valueForecast: c.ValueForecast,
		rfm: c.RFM, bought: c.Bought}
}

// writeRiskFacts replaces the kept facts of the set's customers with
// those of its flagged customers, in the scoring's write. On a server the
// two deletions go in one round trip.
func writeRiskFacts(ctx context.Context, sc *scorer, tx *sql.Tx, set customerSet, facts []riskFacts) error {
	only, args := set.where("customer_id")
	// The ranks first, by name: a bulk write holds the foreign keys, and
	// with them the cascade, off.
	deletions := []statement{{`DELETE FROM flag_ranks WHERE ` + only, args}, {`DELETE FROM flag_reasons WHERE ` + only, args}}
	if err := sc.sendAhead(ctx, tx, deletions); err != nil {
		return lifecycle.Problemf(CodeStoreFlags, nil, "store the flags: %w", describe(err))
	}
	for _, d := range deletions {
		if _, err := tx.ExecContext(ctx, d.query, d.args...); err != nil {
			return lifecycle.Problemf(CodeStoreFlags, nil, "store the flags: %w", describe(err))
		}
	}
	if len(facts) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO flag_reasons (customer_id, flags, p_alive, expected_purchases,
		expected_value_cents, rfm_recency, rfm_frequency, rfm_monetary_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return lifecycle.Problemf(CodeStoreFlags, nil, "store the flags: %w", describe(err))
	}
	defer stmt.Close()
	ranks, err := tx.PrepareContext(ctx, `INSERT INTO flag_ranks (customer_id, kind, severity, worth_cents, most_urgent)
		VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return lifecycle.Problemf(CodeStoreFlags, nil, "store the flags: %w", describe(err))
	}
	defer ranks.Close()
	for _, f := range facts {
		flags, ok := encodeFlags(f.flags)
		if !ok {
			continue // judged afresh when read
		}
		if _, err := stmt.ExecContext(ctx, append([]any{f.id, flags}, f.figures()...)...); err != nil {
			return lifecycle.Problemf(CodeStoreFlags, nil, "store the flags: %w", describe(err))
		}
		if err := writeRanks(ctx, ranks, f.id, f.flags); err != nil {
			return lifecycle.Problemf(CodeStoreFlags, nil, "store the flags: %w", describe(err))
		}
	}
	return nil
}

// writeRanks keeps the figures a customer's flags rank it by, beside its
// kept reasons: the first flag, the most urgent, ranks it among all kinds.
func writeRanks(ctx context.Context, stmt *sql.Stmt, id int64, flags []lifecycle.Flag) error {
	for i, f := range flags {
		mostUrgent := 0
		if i == 0 {
			mostUrgent = 1
		}
		if _, err := stmt.ExecContext(ctx, id, string(f.Kind), f.Severity, int64(f.Worth), mostUrgent); err != nil {
			return err
		}
	}
	return nil
}

// figures are the values of the columns after the flags, NULL where a
// figure is not known.
func (f riskFacts) figures() []any {
	var pAlive, value, recency, frequency, monetary any
	if f.forecast.Fitted {
		pAlive = f.forecast.PAlive
	}
	if f.valueForecast {
		value = int64(f.forecast.ExpectedValue)
	}
	if f.bought {
		recency, frequency, monetary = f.rfm.Recency, f.rfm.Frequency, int64(f.rfm.Monetary)
	}
	return []any{pAlive, f.forecast.ExpectedPurchases, value, recency, frequency, monetary}
}

// keptRisk is a flagged customer as the book holds it; its flags are not
// Valid for one whose facts are not kept, to be judged afresh.
type keptRisk struct {
	id       int64
	name     string
	phase    string
	flags    sql.NullString // not Valid where the facts are not kept
	pAlive   sql.NullFloat64
	expected float64
	value    sql.NullInt64
	rfm      [3]sql.NullInt64
}

const flaggedKeptQuery = `SELECT c.id, c.name, c.phase, r.flags,
	r.p_alive, coalesce(r.expected_purchases, 0), r.expected_value_cents, r.rfm_recency, r.rfm_frequency, r.rfm_monetary_cents
	FROM flags f
	JOIN customers c ON c.id = f.customer_id
	LEFT JOIN flag_reasons r ON r.customer_id = c.id
	WHERE c.flag_code <> 0 AND c.archived_at IS NULL
	ORDER BY c.id, f.kind`

// flaggedKept reads the active customers with stored flags, in order of
// id, with their kept facts where there are some. The customers come from
// the index of the flagged ones (customers_flagged), which holds their
// names and phases, a row for each flag, so that the table's pages are not
// read and nothing is sorted or made distinct aside first; a customer's
// second flag is skipped here.
func flaggedKept(ctx context.Context, q querier, fn func(keptRisk) error) error {
	rows, err := q.QueryContext(ctx, flaggedKeptQuery)
	if err != nil {
		return lifecycle.Problemf(CodeReadFlaggedCustomers, nil, "read the flagged customers: %w", describe(err))
	}
	defer rows.Close()
	var last int64
	for rows.Next() {
		var k keptRisk
		if err := rows.Scan(&k.id, &k.name, &k.phase, &k.flags, &k.pAlive, &k.expected, &k.value,
			&k.rfm[0], &k.rfm[1], &k.rfm[2]); err != nil {
			return lifecycle.Problemf(CodeReadFlaggedCustomers, nil, "read the flagged customers: %w", describe(err))
		}
		if k.id == last {
			continue
		}
		last = k.id
		if err := fn(k); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return lifecycle.Problemf(CodeReadFlaggedCustomers, nil, "read the flagged customers: %w", describe(err))
	}
	return nil
}

// flaggedFrom is a customer kept with its facts as Risk lists it; false
// when it has no flag of the kind, or its flags cannot be read (then it
// is to be judged afresh: see kept).
func (sc *scorer) flaggedFrom(k keptRisk, kind lifecycle.FlagKind, read readReasons) (Flagged, bool, bool) {
	flags, ok := read.flags(k.flags.String)
	if !ok {
		return Flagged{}, false, false
	}
	rank, ok := rankingFlag(flags, kind)
	if !ok {
		return Flagged{}, false, true
	}
	p := sc.phases[k.phase]
	f := Flagged{ID: k.id, Name: k.name, Phase: p.Key, PhaseLabel: p.Label, Flags: flags, rank: rank,
		Forecast: lifecycle.Forecast{Fitted: k.pAlive.Valid, PAlive: k.pAlive.Float64, ExpectedPurchases: k.expected,
			ExpectedValue: lifecycle.Money(k.value.Int64)}, ValueForecast: k.value.Valid}
	if k.rfm[0].Valid && sc.rfm != nil {
		s := sc.rfm.Score(lifecycle.RFMValues{Recency: int(k.rfm[0].Int64), Frequency: int(k.rfm[1].Int64),
			Monetary: lifecycle.Money(k.rfm[2].Int64)})
		f.RFM = &s
	}
	return f, true, true
}
