package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"maps"
	"time"

	"tend/lifecycle"
)

// keptSet is the weeks kept for one owner and tag, by the Unix second of
// their end, oldest first.
type keptSet struct {
	owner, tag string
	ends       []int64
	counts     []map[lifecycle.FlagKind]int
}

// checkKeptWeeks judges the kept weeks again from every customer's
// history, as the insights first judged them (with the stored purchase
// models), once for each owner and tag they were kept for, and finds those
// whose counts differ. It costs a reading of every history for each, as
// the insights' first opening does: a few seconds on a large book.
func (b *Book) checkKeptWeeks(ctx context.Context) ([]error, error) {
	sets, err := readKeptSets(ctx, b.reader)
	if err != nil || len(sets) == 0 {
		return nil, err
	}
	fit, fitAsOf, ok, err := readFit(ctx, b.reader)
	if err != nil || !ok {
		return nil, err
	}
	m := fit.models(fitAsOf)
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	r, err := b.Rules(ctx)
	if err != nil {
		return nil, err
	}
	now := b.Now()
	var found []error
	for _, set := range sets {
		weeks := make([]lifecycle.Week, len(set.ends))
		for i, end := range set.ends {
			weeks[i].End = time.Unix(end, 0).In(now.Location())
		}
		replay := newJudges(lc, r, &m, weeks)
		q := InsightsQuery{AsOf: now, Owner: set.owner, Tag: set.tag}
		if err := b.eachHistory(ctx, q, withActivity, nil, replay.add); err != nil {
			replay.finish()
			return found, err
		}
		weekly := replay.finish()
		for i, counts := range set.counts {
			if !maps.Equal(counts, weekly.counts[i]) {
				found = append(found, lifecycle.Problemf(CodeCheckKeptWeek, lifecycle.Values{"End": weeks[i].End, "Owner": set.owner, "Tag": set.tag},
					"the week ending %s: the flagged customers kept for the insights differ from a fresh count", weeks[i].End.Format(time.DateOnly)))
			}
		}
	}
	return found, nil
}

// readKeptSets reads the kept weeks, grouped by the owner and tag they
// were kept for; a count that cannot be read is one no replay gives.
func readKeptSets(ctx context.Context, db *sql.DB) ([]*keptSet, error) {
	rows, err := db.QueryContext(ctx, `SELECT owner, tag, week_end, counts FROM flagged_weeks ORDER BY owner, tag, week_end`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var sets []*keptSet
	for rows.Next() {
		var owner, tag, text string
		var end int64
		if err := rows.Scan(&owner, &tag, &end, &text); err != nil {
			return nil, err
		}
		if len(sets) == 0 || sets[len(sets)-1].owner != owner || sets[len(sets)-1].tag != tag {
			sets = append(sets, &keptSet{owner: owner, tag: tag})
		}
		set := sets[len(sets)-1]
		counts := map[lifecycle.FlagKind]int{}
		if json.Unmarshal([]byte(text), &counts) != nil {
			counts = map[lifecycle.FlagKind]int{"": -1}
		}
		set.ends, set.counts = append(set.ends, end), append(set.counts, counts)
	}
	return sets, rows.Err()
}
