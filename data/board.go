package data

import (
	"context"
	"fmt"

	"tend/lifecycle"
)

// PhaseTotal is what a board column's header shows.
type PhaseTotal struct {
	Count int
	Value lifecycle.Money
}

// PhaseTotals counts the customers the filter lets through in each phase and
// adds up their value. Without a search it reads only the board's index.
func (b *Book) PhaseTotals(ctx context.Context, f Filter) (map[string]PhaseTotal, error) {
	f.Phase = ""
	where, args := f.where()
	rows, err := b.reader.QueryContext(ctx, `SELECT c.phase, count(*), coalesce(sum(c.value_cents), 0)
		FROM customers c WHERE `+where+` GROUP BY c.phase`, args...)
	if err != nil {
		return nil, fmt.Errorf("count the board: %w", describe(err))
	}
	defer rows.Close()
	totals := map[string]PhaseTotal{}
	for rows.Next() {
		var phase string
		var t PhaseTotal
		if err := rows.Scan(&phase, &t.Count, &t.Value); err != nil {
			return nil, fmt.Errorf("count the board: %w", err)
		}
		totals[phase] = t
	}
	return totals, rows.Err()
}

// Cards returns one page of a board column (f.Phase), most urgent first,
// then by the latest contact.
func (b *Book) Cards(ctx context.Context, f Filter, offset, limit int) ([]lifecycle.Customer, error) {
	where, args := f.where()
	args = append(args, limit, offset)
	return b.customersWhere(ctx, where+` ORDER BY c.urgency DESC, c.last_contact_at DESC, c.id LIMIT ? OFFSET ?`, args...)
}
