package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"tend/lifecycle"
)

// keptWeeks is what the insights as of now read instead of replaying every
// week: the stored purchase models the weeks are judged with, the flagged
// counts of the finished weeks kept so far (by the Unix second of their
// end), the stored flags' counts, which are the week ending now's, and how
// many drops of kept weeks the book had seen when they were read.
type keptWeeks struct {
	models Models
	counts map[int64]map[lifecycle.FlagKind]int
	now    map[lifecycle.FlagKind]int
	drops  int64
}

// keptInsights counts the figures as of now from the book's sums, the
// flags of the finished weeks kept (replaying and keeping those not kept
// yet, with progress) and, for the week ending now, the flags the book
// holds. A finished week's count is fixed by the history up to its end, the
// rules, the phases and the stored models; the writes that change any of
// them drop it (migration 014). False when the book has not been scored
// in full today: its stored flags are not those of now.
func (b *Book) keptInsights(ctx context.Context, q InsightsQuery, lc lifecycle.Lifecycle, r lifecycle.Rules, progress Progress) (lifecycle.Insights, bool, error) {
	weeks := lifecycle.Weeks(q.AsOf, q.Weeks)
	finished := weeks[:len(weeks)-1]
	k, ok, err := b.readKeptWeeks(ctx, q, finished)
	if err != nil || !ok {
		return lifecycle.Insights{}, false, err
	}
	missing := k.missing(finished)
	var ins lifecycle.Insights
	if len(missing) == 0 {
		ins, err = b.InsightsWithoutFlags(ctx, q)
	} else {
		ins, err = b.replayMissingWeeks(ctx, q, lc, r, k, missing, progress)
	}
	if err != nil {
		return lifecycle.Insights{}, false, err
	}
	last := len(ins.Weekly) - 1
	for i := range ins.Weekly[:last] {
		ins.Weekly[i].Flagged = k.counts[ins.Weekly[i].End.Unix()]
	}
	ins.Weekly[last].Flagged = k.now
	return ins, true, nil
}

// missing are the finished weeks whose counts are not kept.
func (k *keptWeeks) missing(finished []lifecycle.Week) []lifecycle.Week {
	var missing []lifecycle.Week
	for _, w := range finished {
		if _, ok := k.counts[w.End.Unix()]; !ok {
			missing = append(missing, w)
		}
	}
	return missing
}

// KeptWeeklyFlags are the flagged counts of the query's weeks as of now,
// oldest first, when the book keeps those of every finished week: what the
// insights' weekly flags read without a replay, and without the figures
// the screen has already read. False when a week is to be replayed, as of
// a date given, or on a day the book has not been scored in full.
func (b *Book) KeptWeeklyFlags(ctx context.Context, q InsightsQuery) ([]map[lifecycle.FlagKind]int, bool, error) {
	if !q.AsOf.IsZero() {
		return nil, false, nil
	}
	q = b.resolve(q)
	if err := q.Check(); err != nil {
		return nil, false, err
	}
	weeks := lifecycle.Weeks(q.AsOf, q.Weeks)
	finished := weeks[:len(weeks)-1]
	k, ok, err := b.readKeptWeeks(ctx, q, finished)
	if err != nil || !ok || len(k.missing(finished)) > 0 {
		return nil, false, err
	}
	flags := make([]map[lifecycle.FlagKind]int, 0, len(weeks))
	for _, w := range finished {
		flags = append(flags, k.counts[w.End.Unix()])
	}
	return append(flags, k.now), true, nil
}

// replayMissingWeeks counts every figure from each customer's history,
// judging the weeks not kept yet, and keeps them.
func (b *Book) replayMissingWeeks(ctx context.Context, q InsightsQuery, lc lifecycle.Lifecycle, r lifecycle.Rules,
	k *keptWeeks, missing []lifecycle.Week, progress Progress) (lifecycle.Insights, error) {
	defer b.wholeReading()()
	ins, weekly, err := b.replayInsights(ctx, q, lc, r, &k.models, missing, progress)
	if err != nil {
		return lifecycle.Insights{}, err
	}
	for i, end := range weekly.ends {
		k.counts[end.Unix()] = weekly.counts[i]
	}
	return ins, b.keepWeeks(ctx, q, k.drops, weekly)
}

// readKeptWeeks reads what keptInsights needs in one read of the book;
// false when the book has not been scored in full on now's day.
func (b *Book) readKeptWeeks(ctx context.Context, q InsightsQuery, finished []lifecycle.Week) (*keptWeeks, bool, error) {
	tx, err := b.reader.BeginTx(ctx, nil)
	if err != nil {
		return nil, false, lifecycle.Problemf(CodeReadBook, nil, "read the book: %w", describe(err))
	}
	defer tx.Rollback()
	fit, fitAsOf, ok, err := readFit(ctx, tx)
	if err != nil || !ok || !fit.holdsOn(q.AsOf) {
		return nil, false, err
	}
	k := &keptWeeks{models: fit.models(fitAsOf), counts: map[int64]map[lifecycle.FlagKind]int{}}
	if err := tx.QueryRowContext(ctx, `SELECT drops FROM flagged_weeks_drops`).Scan(&k.drops); err != nil {
		return nil, false, lifecycle.Problemf(CodeReadFlaggedWeeks, nil, "read the weeks kept: %w", describe(err))
	}
	if len(finished) > 0 {
		if err := k.readCounts(ctx, tx, q, finished[0].End, finished[len(finished)-1].End); err != nil {
			return nil, false, err
		}
	}
	k.now, err = storedFlagCounts(ctx, tx, q)
	return k, err == nil, err
}

// readCounts reads the counts kept for the query's owner and tag of the
// weeks that end from first to last.
func (k *keptWeeks) readCounts(ctx context.Context, tx *sql.Tx, q InsightsQuery, first, last time.Time) error {
	rows, err := tx.QueryContext(ctx, `SELECT week_end, counts FROM flagged_weeks
		WHERE week_end BETWEEN ? AND ? AND owner = ? AND tag = ?`, first.Unix(), last.Unix(), q.Owner, q.Tag)
	if err != nil {
		return lifecycle.Problemf(CodeReadFlaggedWeeks, nil, "read the weeks kept: %w", describe(err))
	}
	defer rows.Close()
	for rows.Next() {
		var end int64
		var text string
		counts := map[lifecycle.FlagKind]int{}
		if err := rows.Scan(&end, &text); err != nil {
			return lifecycle.Problemf(CodeReadFlaggedWeeks, nil, "read the weeks kept: %w", describe(err))
		}
		// A count that cannot be read is counted again, as one not kept.
		if json.Unmarshal([]byte(text), &counts) == nil {
			k.counts[end] = counts
		}
	}
	if err := rows.Err(); err != nil {
		return lifecycle.Problemf(CodeReadFlaggedWeeks, nil, "read the weeks kept: %w", describe(err))
	}
	return nil
}

// storedFlagCounts counts the customers the query picks by the kinds of
// flag the book holds for them.
func storedFlagCounts(ctx context.Context, tx *sql.Tx, q InsightsQuery) (map[lifecycle.FlagKind]int, error) {
	counts := map[lifecycle.FlagKind]int{}
	rows, err := tx.QueryContext(ctx, `SELECT f.kind, count(*) FROM flags f
		WHERE f.customer_id IN (SELECT c.id `+pickedCustomers+` AND c.archived_at IS NULL) GROUP BY f.kind`, q.Owner, q.Tag)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadFlaggedWeeks, nil, "read the flags: %w", describe(err))
	}
	defer rows.Close()
	for rows.Next() {
		var kind string
		var n int
		if err := rows.Scan(&kind, &n); err != nil {
			return nil, lifecycle.Problemf(CodeReadFlaggedWeeks, nil, "read the flags: %w", describe(err))
		}
		counts[lifecycle.FlagKind(kind)] = n
	}
	if err := rows.Err(); err != nil {
		return nil, lifecycle.Problemf(CodeReadFlaggedWeeks, nil, "read the flags: %w", describe(err))
	}
	return counts, nil
}

// keepWeeks keeps the counts of the weeks replayed, unless a write has
// dropped kept weeks since they were read (drops): the reading may have
// missed what that write changed.
func (b *Book) keepWeeks(ctx context.Context, q InsightsQuery, drops int64, weekly *weeklyReplay) error {
	err := b.write(ctx, func(tx *sql.Tx) error {
		var now int64
		if err := tx.QueryRowContext(ctx, `SELECT drops FROM flagged_weeks_drops`).Scan(&now); err != nil || now != drops {
			return err
		}
		if err := dropWeeksOffTheGrid(ctx, tx, q.AsOf); err != nil {
			return err
		}
		for i, end := range weekly.ends {
			text, err := json.Marshal(weekly.counts[i])
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO flagged_weeks (week_end, owner, tag, counts)
				VALUES (?, ?, ?, ?) ON CONFLICT (week_end, owner, tag) DO UPDATE SET counts = excluded.counts`, end.Unix(), q.Owner, q.Tag, string(text)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return lifecycle.Problemf(CodeStoreFlaggedWeeks, nil, "keep the weeks' flagged customers: %w", describe(err))
	}
	return nil
}

// keptGrid is how many weeks back dropWeeksOffTheGrid leaves the kept ones
// be: as many as tend insights shows.
const keptGrid = 520

// dropWeeksOffTheGrid drops the kept weeks that do not end where the
// weeks as of now end, the Sundays before this week: those kept in a
// zone the user has since left are never read again.
func dropWeeksOffTheGrid(ctx context.Context, tx *sql.Tx, now time.Time) error {
	weeks := lifecycle.Weeks(now, keptGrid)
	ends := make([]any, len(weeks)-1)
	for i, w := range weeks[:len(weeks)-1] {
		ends[i] = w.End.Unix()
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(ends)), ", ")
	_, err := tx.ExecContext(ctx, `DELETE FROM flagged_weeks WHERE week_end NOT IN (`+marks+`)`, ends...)
	return err
}
