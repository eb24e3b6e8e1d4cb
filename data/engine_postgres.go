package data

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"tend/lifecycle"
)

// postgresEngine keeps a book in a database on a PostgreSQL server, shared
// by every tend that opens it.
type postgresEngine struct {
	url string
	// mayCreate makes the book's schema in an empty database.
	mayCreate bool
}

// openServer opens the book in the database the URL names, creating its
// schema when the database is empty.
func openServer(ctx context.Context, url string, mayCreate, readOnly bool) (*Book, error) {
	b := &Book{path: MaskPassword(url), engine: postgresEngine{url: url, mayCreate: mayCreate}, Now: time.Now, readOnly: readOnly}
	var err error
	if b.writer, err = openServerDB(url); err == nil {
		b.reader, err = openServerReader(url)
	}
	if err != nil {
		if b.writer != nil {
			b.writer.Close()
		}
		return nil, b.serverError(err)
	}
	// One writer, as on a file: this process's writes queue in order.
	b.writer.SetMaxOpenConns(1)
	b.reader.SetMaxOpenConns(4)
	if err := b.engine.setUp(ctx, b, false); err != nil {
		b.Close()
		return nil, err
	}
	b.claimsWrites = true
	if !b.readOnly {
		if b.readOnly, err = mayNotWrite(ctx, b.reader); err != nil {
			b.Close()
			return nil, b.serverError(err)
		}
	}
	return b, nil
}

// mayNotWrite tells that the role may not change the book's customers, so
// that the book opens read-only for it, as a file this user may not write:
// each change is refused in words before it is tried.
func mayNotWrite(ctx context.Context, db *sql.DB) (bool, error) {
	var may bool
	err := db.QueryRowContext(ctx, `SELECT has_table_privilege('customers', 'INSERT')
		AND has_table_privilege('customers', 'UPDATE') AND has_table_privilege('customers', 'DELETE')`).Scan(&may)
	return !may, err
}

// serverError says that the server could not be reached or refused the
// book, naming the book without its password.
func (b *Book) serverError(err error) error {
	return lifecycle.Problemf(CodeServerOpen, lifecycle.Values{"Book": b.path, "Cause": describe(err)},
		"cannot open the book at %s: %w", b.path, describe(err))
}

func (postgresEngine) onFile() bool { return false }

// writeOptions: read committed, the server's default, in which each
// statement sees what was committed before it: after beginWrite, all the
// writes before this one.
func (postgresEngine) writeOptions() *sql.TxOptions { return nil }

// writeLock is the advisory lock every write to a server book holds until
// it ends, as a write to a file holds SQLite's: writes run one at a time,
// so that a write reads what it changes as no other write can change it
// meanwhile. A book's writes are small; a queue of them is short.
const writeLock = 0x54454E44 + 1

func (postgresEngine) beginWrite(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, writeLock)
	return err
}

// PostgreSQL's codes for a transaction that gave way to another: rare with
// the write lock, but a deadlock with another program's transaction, or a
// role's stricter default isolation, can still stop a write.
const (
	serializationFailure = "40001"
	deadlockDetected     = "40P01"
)

func (postgresEngine) retryable(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == serializationFailure || pgErr.Code == deadlockDetected)
}

// markWrite counts the write in the book, so that a watcher on another
// connection sees it once it is committed, and notifies the listening
// watchers, which the server tells as the write commits.
func (postgresEngine) markWrite(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `UPDATE book_changes SET writes = writes + 1`)
	if err == nil {
		_, err = tx.ExecContext(ctx, `NOTIFY `+bookChannel)
	}
	return err
}

func (e postgresEngine) openWatch(*Book) (*sql.DB, error) { return openServerDB(e.url) }

func (postgresEngine) changeMark(ctx context.Context, conn *sql.Conn) (int64, error) {
	var v int64
	err := conn.QueryRowContext(ctx, `SELECT writes FROM book_changes`).Scan(&v)
	return v, err
}

func (postgresEngine) spansTable(param string) string {
	return `(SELECT (e->>0)::bigint AS i, (e->>1)::bigint AS after, (e->>2)::bigint AS upto
	FROM jsonb_array_elements(CAST(` + param + ` AS jsonb)) AS e) s`
}
