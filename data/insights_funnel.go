package data

import (
	"context"

	"tend/lifecycle"
)

// Funnel counts the customers the query picks in each phase as of its
// date, with their value, in the lifecycle's order: the first figures of
// the insights, read without the history. As of now they are the board's
// totals (an as-of date of now, the zero time, is sure to be now when the
// totals are read); as of a moment in the past each customer's phase is the
// one its last phase change by then put it in.
func (b *Book) Funnel(ctx context.Context, q InsightsQuery) ([]lifecycle.FunnelStep, error) {
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	totals, err := b.funnelTotals(ctx, q)
	if err != nil {
		return nil, err
	}
	steps := make([]lifecycle.FunnelStep, len(lc.Phases))
	for i, p := range lc.Phases {
		t := totals[p.Key]
		steps[i] = lifecycle.FunnelStep{Phase: p, Customers: t.Count, Value: t.Value}
	}
	return steps, nil
}

func (b *Book) funnelTotals(ctx context.Context, q InsightsQuery) (map[string]PhaseTotal, error) {
	if q.AsOf.IsZero() || !q.AsOf.Before(b.Now()) {
		return b.PhaseTotals(ctx, Filter{Owner: q.Owner, Tag: q.Tag})
	}
	// The funnel has no use for the flagged: a past day's flags are not kept.
	return readPhaseTotals(ctx, b.reader, CodeCountPerPhase, "count the customers per phase", `SELECT pc.to_phase, count(*), coalesce(sum(c.value_cents), 0), 0
		FROM (SELECT c.id, c.value_cents `+pickedCustomers+` AND (c.archived_at IS NULL OR c.archived_at > ?3)) c
		JOIN phase_changes pc ON pc.id = (SELECT id FROM phase_changes
			WHERE customer_id = c.id AND at <= ?3 ORDER BY at DESC, id DESC LIMIT 1)
		GROUP BY pc.to_phase`, q.Owner, q.Tag, q.AsOf.Unix())
}
