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
func (sqliteEngine) beginWrite(context.Context, *sql.Tx, *writeID) (bool, error) { return false, nil }

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

// eachRow reads the rows as SQLite walks them: the first comes as soon as
// the walk finds it.
func (sqliteEngine) eachRow(ctx context.Context, db *sql.DB, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (sqliteEngine) spansTable(param string) string {
	return `(SELECT json_extract(value, '$[0]') AS i, json_extract(value, '$[1]') AS after,
	json_extract(value, '$[2]') AS upto FROM json_each(` + param + `)) s`
}

func (sqliteEngine) idsIn(param string) string {
	return `SELECT value FROM json_each(` + param + `)`
}

// beforeErasure has SQLite overwrite what the erasure frees, and marks the
// wipe of the file as pending in the erasure's own transaction.
func (sqliteEngine) beforeErasure(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `PRAGMA secure_delete = ON`); err != nil {
		return err
	}
	return setSetting(ctx, tx, wipePendingKey, "1")
}

// afterErasure wipes the file's free space and its log.
func (sqliteEngine) afterErasure(ctx context.Context, b *Book, _ *Erasure) error { return b.wipe(ctx) }

func (sqliteEngine) soundnessChecks() []bookCheck { return fileChecks }

// sendAhead sends nothing: a file is read in the process, with no round
// trip to save.
func (sqliteEngine) sendAhead(context.Context, execer, []statement) error { return nil }
