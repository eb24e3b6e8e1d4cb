package data

import (
	"context"
	"database/sql"

	"tend/lifecycle"
)

// stream walks the rows of one query ordered by customer, a row ahead, so
// that several queries can be read side by side, one customer at a time,
// like the sorted lists of a merge.
type stream[T any] struct {
	what string // what the rows are, for errors
	rows *sql.Rows
	scan func(*sql.Rows) (customer int64, row T, err error)
	id   int64 // the customer of the row ahead
	row  T
	ok   bool // whether there is a row ahead
	err  error
}

// openStream runs the query, which must order its rows by customer id
// first, and reads its first row.
func openStream[T any](ctx context.Context, q querier, what, query string, scan func(*sql.Rows) (int64, T, error), args ...any) (*stream[T], error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, lifecycle.Problemf(CodeRead, lifecycle.Values{"What": what}, "read the %s: %w", what, describe(err))
	}
	s := &stream[T]{what: what, rows: rows, scan: scan}
	s.advance()
	return s, nil
}

func (s *stream[T]) advance() {
	if s.ok = s.rows.Next(); !s.ok {
		s.err = s.rows.Err()
		return
	}
	if s.id, s.row, s.err = s.scan(s.rows); s.err != nil {
		s.ok = false
	}
}

// take calls fn with each row of the customer in their order, passing over
// the rows of customers before it that were not asked for. A stream that
// was never opened has no rows.
func (s *stream[T]) take(customer int64, fn func(T)) {
	if s == nil {
		return
	}
	for s.ok && s.id < customer {
		s.advance()
	}
	for s.ok && s.id == customer {
		fn(s.row)
		s.advance()
	}
}

// close ends the query and says why it stopped early, if it did; a stream
// that was never opened has nothing to close.
func (s *stream[T]) close() error {
	if s == nil {
		return nil
	}
	s.rows.Close()
	if s.err != nil {
		return lifecycle.Problemf(CodeRead, lifecycle.Values{"What": s.what}, "read the %s: %w", s.what, describe(s.err))
	}
	return nil
}
