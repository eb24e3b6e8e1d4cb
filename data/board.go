package data

import (
	"context"
	"database/sql"
	"errors"

	"tend/lifecycle"
)

// PhaseTotal is what a board column's header shows.
type PhaseTotal struct {
	Count   int
	Value   lifecycle.Money
	Flagged int // of the Count, the customers with a flag
}

// PhaseTotals counts the customers the filter lets through in each phase,
// and those of them with a flag, and adds up their value. Without a filter
// it reads the totals the triggers keep, so a large book opens without
// counting.
func (b *Book) PhaseTotals(ctx context.Context, f Filter) (map[string]PhaseTotal, error) {
	return phaseTotals(ctx, b.reader, b.filtered(f))
}

func phaseTotals(ctx context.Context, q querier, f Filter) (map[string]PhaseTotal, error) {
	s := phaseTotalsRead(f)
	return readPhaseTotals(ctx, q, CodeCountBoard, "count the board", s.query, s.args...)
}

// phaseTotalsRead is the statement of phaseTotals.
func phaseTotalsRead(f Filter) statement {
	f.Phase = ""
	query := `SELECT phase, customers, value_cents, flagged FROM phase_totals WHERE customers > 0`
	where, args := f.where()
	switch {
	case f.matched:
		query, args = countMatched(f), nil
	case !f.unfiltered():
		query = countPhases(where)
	}
	return statement{query, args}
}

// countPhases is the query that counts, in each phase, the customers that
// where lets through and those of them with a flag, and adds up their
// value. It reads the customers' table straight through: the board's index
// gives the phases in order, but at the cost of a lookup of every row,
// which made a count of a 100,000-customer book two to five times slower.
func countPhases(where string) string {
	return countPhasesIn(`customers c NOT INDEXED`, where)
}

// countPhasesIn is countPhases reading the customers as from names them.
func countPhasesIn(from, where string) string {
	return `SELECT c.phase, count(*), coalesce(sum(c.value_cents), 0), count(*) FILTER (WHERE c.urgency > 0)
		FROM ` + from + ` WHERE ` + where + ` GROUP BY c.phase`
}

// countMatched is the query that counts the board's phases among the
// active customers a search matched (see ReadBoard), which the table of
// the matches holds with their value and urgency.
func countMatched(f Filter) string {
	flagged := ""
	if f.Flagged {
		flagged = ` WHERE urgency > 0`
	}
	return `SELECT phase, count(*), coalesce(sum(value_cents), 0), count(*) FILTER (WHERE urgency > 0)
		FROM board_matches` + flagged + ` GROUP BY phase`
}

// readPhaseTotals reads the totals of a query that gives each phase with
// its customers, their value and the flagged among them; doing says what
// the query is for, in errors, and code is its code.
func readPhaseTotals(ctx context.Context, q querier, code, doing, query string, args ...any) (map[string]PhaseTotal, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, lifecycle.Problemf(code, nil, "%s: %w", doing, describe(err))
	}
	defer rows.Close()
	totals := map[string]PhaseTotal{}
	for rows.Next() {
		var phase string
		var t PhaseTotal
		if err := rows.Scan(&phase, &t.Count, &t.Value, &t.Flagged); err != nil {
			return nil, lifecycle.Problemf(code, nil, "%s: %w", doing, describe(err))
		}
		totals[phase] = t
	}
	return totals, rows.Err()
}

// Cards returns one page of a board column (f.Phase) in the filter's
// order, by urgency unless it names another.
func (b *Book) Cards(ctx context.Context, f Filter, offset, limit int) ([]lifecycle.Customer, error) {
	return cards(ctx, b.reader, b.filtered(f), offset, limit)
}

func cards(ctx context.Context, q querier, f Filter, offset, limit int) ([]lifecycle.Customer, error) {
	where, args := cardsWhere(f, offset, limit)
	return customersWhere(ctx, q, where, args...)
}

// cardsWhere is the condition and order of cards, with its arguments.
func cardsWhere(f Filter, offset, limit int) (string, []any) {
	where, args := f.where()
	return where + ` ORDER BY ` + f.boardOrder().orderBy() + ` LIMIT ? OFFSET ?`, append(args, limit, offset)
}

// countBefore is the query that counts the cards of a column (f.Phase)
// that come before the card whose values of the order's keys are vals
// and whose id is id, with its arguments. The count goes through the
// order's index by name: with its values bound, SQLite took another index
// of the phase and read every row of it, 100-200 ms for a card halfway
// down a column of 15,000 on the large book. Archived customers are in
// none of the board's indexes.
func (f Filter) countBefore(vals []any, id int64) (string, []any) {
	where, args := f.where()
	order := f.boardOrder()
	before, beforeArgs := order.before(vals, id)
	from := `customers c`
	if !f.Archived {
		from += ` INDEXED BY ` + order.index()
	}
	return `SELECT count(*) FROM ` + from + ` WHERE ` + where + ` AND ` + before, append(args, beforeArgs...)
}

// CardIndex returns where a customer stands in its board column under the
// filter and in its order (how many cards come before it), or -1 when the
// filter hides it.
func (b *Book) CardIndex(ctx context.Context, f Filter, id int64) (lifecycle.Customer, int, error) {
	return cardIndex(ctx, b.reader, b.filtered(f), id)
}

func cardIndex(ctx context.Context, q querier, f Filter, id int64) (lifecycle.Customer, int, error) {
	c, err := customerByID(ctx, q, id)
	if err != nil {
		return c, -1, err
	}
	f.Phase = c.Phase
	where, args := f.where()
	order := f.boardOrder()
	// One query tells both whether the filter shows the card and its
	// values of the order's keys.
	vals := make([]any, len(order.terms()))
	dest := make([]any, len(vals))
	for i := range vals {
		dest[i] = &vals[i]
	}
	err = q.QueryRowContext(ctx, `SELECT `+order.keyValues()+` FROM customers c WHERE `+where+` AND c.id = ?`,
		append(args, id)...).Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return c, -1, nil
	}
	if err != nil {
		return c, -1, lifecycle.Problemf(CodeFindCard, nil, "find the card: %w", describe(err))
	}
	query, countArgs := f.countBefore(vals, id)
	var n int
	err = q.QueryRowContext(ctx, query, countArgs...).Scan(&n)
	if err != nil {
		return c, -1, lifecycle.Problemf(CodeFindCard, nil, "find the card: %w", describe(err))
	}
	return c, n, nil
}
