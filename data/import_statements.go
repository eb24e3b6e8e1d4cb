package data

import (
	"context"
	"database/sql"
)

// statements runs an import's statements in its transaction, each prepared
// once and reused for every row: unprepared, SQLite would parse it anew each
// time, which is most of the cost of a small insert. The transaction closes
// the prepared statements when it ends.
type statements struct {
	tx       *sql.Tx
	prepared map[string]*sql.Stmt
}

func newStatements(tx *sql.Tx) *statements {
	return &statements{tx: tx, prepared: map[string]*sql.Stmt{}}
}

func (s *statements) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := s.prepared[query]; ok {
		return st, nil
	}
	st, err := s.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, describe(err)
	}
	s.prepared[query] = st
	return st, nil
}

// ExecContext runs a statement that changes the book.
func (s *statements) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := s.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// QueryContext runs a query.
func (s *statements) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := s.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext runs a query for one row. A statement that cannot be
// prepared runs unprepared, so that the row reports the error.
func (s *statements) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := s.stmt(ctx, query)
	if err != nil {
		return s.tx.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}
