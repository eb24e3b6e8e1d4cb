package data

import (
	"context"
	"database/sql"

	"tend/lifecycle"
)

// CountArchived counts the customers archived off the board, from the
// index of them alone, so that a large book counts them at every read of
// the board without reading its customers.
func (b *Book) CountArchived(ctx context.Context) (int, error) { return countArchived(ctx, b.reader) }

// archivedQuery counts the archived customers.
const archivedQuery = `SELECT count(*) FROM customers WHERE archived_at IS NOT NULL`

func countArchived(ctx context.Context, q querier) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, archivedQuery).Scan(&n)
	if err != nil {
		return 0, lifecycle.Problemf(CodeCountArchived, nil, "count the archived customers: %w", describe(err))
	}
	return n, nil
}

// Currency is the currency of every purchase in the book, or "" when they
// are in more than one or there are none. It reads the two ends of the
// index of the purchases' currencies: they are the same code only when
// every purchase has it.
func (b *Book) Currency(ctx context.Context) (string, error) { return bookCurrency(ctx, b.reader) }

// currencyQuery reads the two ends of the index of the purchases'
// currencies.
const currencyQuery = `SELECT (SELECT min(currency) FROM purchases), (SELECT max(currency) FROM purchases)`

func bookCurrency(ctx context.Context, q querier) (string, error) {
	var first, last sql.NullString
	err := q.QueryRowContext(ctx, currencyQuery).Scan(&first, &last)
	if err != nil {
		return "", lifecycle.Problemf(CodeFindCurrency, nil, "find the purchases' currency: %w", describe(err))
	}
	if first.String != last.String {
		return "", nil
	}
	return first.String, nil
}
