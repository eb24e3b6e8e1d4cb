package data

import (
	"context"
	"strings"

	"tend/lifecycle"
)

// One or two characters are looked for in every active customer's search
// text, which the index of the search text holds, a fifth of their rows;
// the trigram index knows nothing that short. Holding what such a search
// finds costs far more than finding it when most customers hold the
// characters ("a" is in all but a few hundred of 83,000 active customers
// of the demo book): their ids are sorted and added to the table one by
// one. Such a search is counted instead, and each column walks its index
// asking each customer's search text, which finds a screen's cards among
// the first few hundred.

// sampledCustomers is how many active customers, in the order they were
// added, are asked the search to tell roughly what share of the book it
// matches.
var sampledCustomers = 2000

// commonShare is the share of the sample from which a search of one or two
// characters is counted rather than held: about 10,000 of 83,000 active
// customers, where sorting and adding the matches costs as much as
// counting them by phase.
var commonShare = 0.12

// searchTextShare is the share of the first sampledCustomers active
// customers whose search text holds s.
func searchTextShare(ctx context.Context, q querier, s string) (float64, error) {
	pattern := likePattern(s)
	var sampled, found int
	err := q.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE search LIKE ? ESCAPE '\')
		FROM (SELECT search FROM customers NOT INDEXED WHERE archived_at IS NULL LIMIT ?)`,
		pattern, sampledCustomers).Scan(&sampled, &found)
	if err != nil || sampled == 0 {
		return 0, err
	}
	return float64(found) / float64(sampled), nil
}

// readCommonSearch calls fn with a read of the board under f, whose search
// of one or two characters a share of the sampled customers hold: the
// phases' counts are read in one pass over the search text, and the columns
// and the card's place ask the search of each customer they walk.
func (b *Book) readCommonSearch(ctx context.Context, f Filter, share float64, fn func(*BoardRead) error) error {
	tx, err := b.reader.BeginTx(ctx, nil)
	if err != nil {
		return lifecycle.Problemf(CodeCountBoard, nil, "read the board: %w", describe(err))
	}
	defer tx.Rollback()
	all, err := phaseTotals(ctx, tx, Filter{})
	if err != nil {
		return err
	}
	found, err := countSearchText(ctx, tx, f, share, all)
	if err != nil {
		return err
	}
	return fn(&BoardRead{e: b.engine, q: tx, f: f, found: found, all: all})
}

// countSearchText counts the board's phases under f, whose search is of
// one or two characters, by one pass over the search text. Sorting what
// it finds by phase is most of the count, so a search that most customers
// hold counts those without it and takes them from the phases' totals
// (all), which the triggers keep.
func countSearchText(ctx context.Context, q querier, f Filter, share float64, all map[string]PhaseTotal) (map[string]PhaseTotal, error) {
	pattern := likePattern(strings.TrimSpace(f.Search))
	if share <= 0.5 || f.Flagged {
		cond := `c.search LIKE ? ESCAPE '\'`
		if f.Flagged {
			cond += ` AND c.urgency > 0`
		}
		return countSearchTextWhere(ctx, q, cond, pattern)
	}
	without, err := countSearchTextWhere(ctx, q, `c.search NOT LIKE ? ESCAPE '\'`, pattern)
	if err != nil {
		return nil, err
	}
	found := map[string]PhaseTotal{}
	for phase, t := range all {
		w := without[phase]
		if n := t.Count - w.Count; n > 0 {
			found[phase] = PhaseTotal{Count: n, Value: t.Value - w.Value, Flagged: t.Flagged - w.Flagged}
		}
	}
	return found, nil
}

// countSearchTextWhere counts the phases of the active customers that cond
// lets through, reading the index of their search text.
func countSearchTextWhere(ctx context.Context, q querier, cond string, args ...any) (map[string]PhaseTotal, error) {
	return readPhaseTotals(ctx, q, CodeCountBoard, "count the board",
		countPhasesIn(`customers c INDEXED BY customers_search_text`, `c.archived_at IS NULL AND `+cond), args...)
}
