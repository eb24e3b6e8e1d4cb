package data

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
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
// schema when the database is empty. A book opened for one change (see
// OpenForAChange) reads and writes over one pool.
func openServer(ctx context.Context, url string, mayCreate, readOnly, oneChange bool) (*Book, error) {
	b := &Book{path: MaskPassword(url), engine: postgresEngine{url: url, mayCreate: mayCreate}, Now: time.Now, readOnly: readOnly}
	var err error
	if b.writer, err = openServerDB(url); err == nil {
		b.reader = b.writer
		if !oneChange {
			b.reader, err = openServerReader(url)
		}
	}
	if err != nil {
		if b.writer != nil {
			b.writer.Close()
		}
		return nil, b.serverError(err)
	}
	if oneChange {
		// The change is made on the connection its reads were made on,
		// one backend in all; a read that overlaps another takes a second.
		b.writer.SetMaxOpenConns(4)
	} else {
		// One writer, as on a file: this process's writes queue in order.
		// It connects at the first write, so that a command that only
		// reads talks to the server over one connection.
		b.writer.SetMaxOpenConns(1)
		b.reader.SetMaxOpenConns(4)
	}
	if err := b.engine.setUp(ctx, b, false); err != nil {
		b.Close()
		return nil, err
	}
	b.claimsWrites = true
	return b, nil
}

// serverOpening is what opening a server book reads of the database: the
// book's schema version (0 for none), how many tables the database holds
// (counted only where it holds no book), the role the server knows, and
// whether that role may change the book's customers.
type serverOpening struct {
	version, tables int
	role            string
	mayWrite        bool
}

// undefinedTable is PostgreSQL's code for a query of a table that is not
// there.
const undefinedTable = "42P01"

// readOpening reads what opening needs in one round trip when the
// database holds a book, as it does but once; a database without one is
// looked at more closely before anything is made in it.
func readOpening(ctx context.Context, db *sql.DB) (serverOpening, error) {
	var o serverOpening
	err := db.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(version), 0) FROM tend_migrations), current_user,
		has_table_privilege('customers', 'INSERT') AND has_table_privilege('customers', 'UPDATE')
		AND has_table_privilege('customers', 'DELETE')`).Scan(&o.version, &o.role, &o.mayWrite)
	if err == nil && o.version > 0 {
		return o, nil
	}
	var pgErr *pgconn.PgError
	if err != nil && !(errors.As(err, &pgErr) && pgErr.Code == undefinedTable) {
		return o, err
	}
	if o.version, o.tables, err = serverBookVersion(ctx, db); err != nil {
		return o, err
	}
	// Whoever makes the book may write it.
	o.mayWrite = true
	err = db.QueryRowContext(ctx, `SELECT current_user`).Scan(&o.role)
	return o, err
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

// A write waits for the lock, and for any row another program holds, as
// long as a write to a file waits for SQLite's (busyTimeout), then is busy
// (lockNotAvailable) rather than waiting without end. The wait's limit,
// the lock and the claim are one statement, one round trip.
//
// With the claim goes the write's change mark (markWrite), made at the
// start rather than the end: the lock holds off every other writer until
// the commit, and the server tells the listeners of the NOTIFY at the
// commit. A write without a claim is one that makes or upgrades the
// book, before whose end there is no mark to make.
func (e postgresEngine) beginWrite(ctx context.Context, tx *sql.Tx, claim *writeID) (bool, error) {
	if claim == nil {
		_, err := tx.ExecContext(ctx, lockedWrite+` SELECT * FROM locked`, lockTimeout(), writeLock)
		return false, err
	}
	if err := e.sendAhead(ctx, tx, []statement{claimStatement(*claim), changeMark}); err != nil {
		return false, err
	}
	return claimServerWrite(ctx, tx, *claim)
}

// lockedWrite begins a statement that first limits the transaction's
// waits for a lock (SET LOCAL lock_timeout), then takes the write lock,
// in that order, each a table of the WITH read by the next; its
// arguments are lockTimeout() and writeLock.
const lockedWrite = `WITH timeout AS (SELECT set_config('lock_timeout', ?, true)),
	locked AS (SELECT pg_advisory_xact_lock(?) FROM timeout)`

// lockTimeout is the setting of lock_timeout for busyTimeout.
func lockTimeout() string { return strconv.FormatInt(busyTimeout.Milliseconds(), 10) }

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
	_, err := tx.ExecContext(ctx, changeMark.query, changeMark.args...)
	return err
}

// changeMark counts a write and notifies the channel in one statement: a
// WITH's UPDATE runs whether read or not.
var changeMark = statement{`WITH counted AS (UPDATE book_changes SET writes = writes + 1)
	SELECT pg_notify(?, '')`, []any{bookChannel}}

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

func (postgresEngine) idsIn(param string) string {
	return `SELECT CAST(jsonb_array_elements_text(CAST(` + param + ` AS jsonb)) AS bigint)`
}
