package data

import (
	"context"
	"database/sql"
)

// sqliteEngine keeps a book in a SQLite file.
type sqliteEngine struct{}

func (sqliteEngine) onFile() bool { return true }

func (sqliteEngine) setUp(ctx context.Context, b *Book, created bool) error {
	return b.setUp(ctx, created)
}

// writeOptions: a write begins as BEGIN IMMEDIATE (see dsn), so that two
// writers queue instead of failing.
func (sqliteEngine) writeOptions() *sql.TxOptions { return nil }

// beginWrite: BEGIN IMMEDIATE has waited already.
func (sqliteEngine) beginWrite(context.Context, *sql.Tx) error { return nil }

// retryable: SQLite never stops a write to let another run.
func (sqliteEngine) retryable(error) bool { return false }

// markWrite: SQLite's data_version counts the writes by itself.
func (sqliteEngine) markWrite(context.Context, *sql.Tx) error { return nil }

func (sqliteEngine) openWatch(b *Book) (*sql.DB, error) { return sql.Open("sqlite", dsn(b.path, true)) }

func (sqliteEngine) listen(context.Context) (*serverListener, error) { return nil, nil }

// changeMark is SQLite's data_version, which changes whenever another
// connection commits.
func (sqliteEngine) changeMark(ctx context.Context, conn *sql.Conn) (int64, error) {
	var v int64
	err := conn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v)
	return v, err
}
