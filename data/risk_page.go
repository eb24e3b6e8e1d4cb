package data

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"

	"tend/lifecycle"
)

// RiskKey is a flagged customer's place in tend risk's order: the flag it
// is ranked by (without reasons), then its id. A page of the list read
// on from a key starts with the first customer after it.
type RiskKey struct {
	Kind     lifecycle.FlagKind
	Severity int
	Worth    lifecycle.Money
	ID       int64
}

// Key is the customer's place in the order it was listed in.
func (f Flagged) Key() RiskKey {
	return RiskKey{f.rank.Kind, f.rank.Severity, f.rank.Worth, f.ID}
}

// compareKeys orders places as tend risk lists them.
func compareKeys(a, b RiskKey) int {
	return cmp.Or(lifecycle.CompareFlags(a.flag(), b.flag()), cmp.Compare(a.ID, b.ID))
}

// flag is the flag of the place, without reasons.
func (k RiskKey) flag() lifecycle.Flag {
	return lifecycle.Flag{Kind: k.Kind, Severity: k.Severity, Worth: k.Worth}
}

// RiskAfter is the page of a list of flagged customers, as Risk and
// RiskNow order it, that starts after the key (at the start for nil),
// with at most limit customers.
func RiskAfter(flagged []Flagged, after *RiskKey, limit int) []Flagged {
	start := 0
	if after != nil {
		start, _ = slices.BinarySearchFunc(flagged, *after, func(f Flagged, k RiskKey) int {
			if c := compareKeys(f.Key(), k); c != 0 {
				return c
			}
			return -1 // the key's own customer comes before the page
		})
	}
	return flagged[start:min(start+limit, len(flagged))]
}

// RiskPage reads a page of RiskNow's list, the customers after the key
// (from the start for nil), at most limit, in the list's order and with
// the same figures: from the ranks kept with the flags' reasons, reading
// the reasons of the page's customers alone. False, with no page, where
// the kept ranks cannot tell the order: the book is not scored in full
// today, its flag setting cannot be read, or a flagged customer has no
// kept reasons (to be judged afresh); the whole list is then to be read,
// and RiskAfter gives the page of it.
func (b *Book) RiskPage(ctx context.Context, kind lifecycle.FlagKind, after *RiskKey, limit int) ([]Flagged, bool, error) {
	if _, err := b.Rules(ctx); err != nil {
		return nil, false, nil
	}
	tx, err := b.reader.BeginTx(ctx, nil)
	if err != nil {
		return nil, false, lifecycle.Problemf(CodeReadBook, nil, "read the book: %w", describe(err))
	}
	defer tx.Rollback()
	now := b.Now()
	fit, _, ok, err := readFit(ctx, tx)
	if err != nil || !ok || !fit.holdsOn(now) {
		return nil, false, err
	}
	if ok, err := everyFlagRanked(ctx, tx); err != nil || !ok {
		return nil, false, err
	}
	sc, err := b.loadScorer(ctx, tx, now)
	if err != nil {
		return nil, false, err
	}
	return sc.rankedPage(ctx, tx, kind, after, limit)
}

// everyFlagRanked tells whether every active flagged customer has its
// ranks kept: as many customers are ranked among all kinds as are
// flagged.
func everyFlagRanked(ctx context.Context, tx *sql.Tx) (bool, error) {
	var ranked, flagged int
	err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM flag_ranks WHERE most_urgent = 1),
		(SELECT count(*) FROM customers WHERE flag_code <> 0 AND archived_at IS NULL)`).Scan(&ranked, &flagged)
	if err != nil {
		return false, lifecycle.Problemf(CodeReadFlaggedCustomers, nil, "read the flagged customers: %w", describe(err))
	}
	return ranked == flagged, nil
}

// rankedPageQuery reads the page after a place: ranked by a kind's flag
// (kind = ?) or by the most urgent (most_urgent = 1), each walking its
// index in tend risk's order. The place is the key's severity, worth,
// kind and id; the first comparison alone lets the index start near it.
const rankedPageQuery = `SELECT k.kind, k.severity, k.worth_cents, c.id, c.name, c.phase, r.flags,
	r.p_alive, r.expected_purchases, r.expected_value_cents, r.rfm_recency, r.rfm_frequency, r.rfm_monetary_cents
	FROM flag_ranks k
	JOIN flag_reasons r ON r.customer_id = k.customer_id
	JOIN customers c ON c.id = k.customer_id
	WHERE %s AND c.flag_code <> 0 AND c.archived_at IS NULL
	AND k.severity <= ? AND (k.severity < ? OR k.worth_cents < ? OR (k.worth_cents = ? AND (k.kind > ?
		OR (k.kind = ? AND k.customer_id > ?))))
	ORDER BY k.severity DESC, k.worth_cents DESC, k.kind, k.customer_id
	LIMIT ?`

// rankedPage reads the page from the kept ranks; false where a customer's
// kept reasons cannot be read or name other flags than its ranks.
func (sc *scorer) rankedPage(ctx context.Context, tx *sql.Tx, kind lifecycle.FlagKind, after *RiskKey, limit int) ([]Flagged, bool, error) {
	ranked, args := "k.most_urgent = 1", []any{}
	if kind != "" {
		ranked, args = "k.kind = ?", []any{string(kind)}
	}
	// Before the first customer: a severity above any, the rest least.
	from := RiskKey{Severity: math.MaxInt32}
	if after != nil {
		from = *after
	}
	w := int64(from.Worth)
	args = append(args, from.Severity, from.Severity, w, w, string(from.Kind), string(from.Kind), from.ID, limit)
	rows, err := tx.QueryContext(ctx, fmt.Sprintf(rankedPageQuery, ranked), args...)
	if err != nil {
		return nil, false, lifecycle.Problemf(CodeReadFlaggedCustomers, nil, "read the flagged customers: %w", describe(err))
	}
	defer rows.Close()
	page := make([]Flagged, 0, limit)
	reasons := readReasons{}
	for rows.Next() {
		var k keptRisk
		var rank RiskKey
		var rankKind string
		var worth int64
		if err := rows.Scan(&rankKind, &rank.Severity, &worth, &k.id, &k.name, &k.phase, &k.flags, &k.pAlive,
			&k.expected, &k.value, &k.rfm[0], &k.rfm[1], &k.rfm[2]); err != nil {
			return nil, false, lifecycle.Problemf(CodeReadFlaggedCustomers, nil, "read the flagged customers: %w", describe(err))
		}
		rank.Kind, rank.Worth, rank.ID = lifecycle.FlagKind(rankKind), lifecycle.Money(worth), k.id
		f, ok, read := sc.flaggedFrom(k, kind, reasons)
		if !ok || !read || f.Key() != rank {
			return nil, false, nil // the kept reasons say other than the ranks
		}
		page = append(page, f)
	}
	if err := rows.Err(); err != nil {
		return nil, false, lifecycle.Problemf(CodeReadFlaggedCustomers, nil, "read the flagged customers: %w", describe(err))
	}
	return page, true, nil
}
