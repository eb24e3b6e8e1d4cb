package data

import (
	"context"
	"database/sql"
	"strconv"

	"github.com/jackc/pgx/v5"
)

// A query sent as it is is planned for its last row: a phase's listing by
// name sorted every customer of the phase before sending the first, a
// second on the large book, where a pipe into head wanted one line. A
// cursor's query is planned for its first rows (the server's
// cursor_tuple_fraction), here walking the index by name, and its rows
// are fetched a batch at a time, the first batch small.
const (
	firstFetch = 50
	fullFetch  = 1000
)

// eachRow reads the query's rows through a cursor, in a read-only
// transaction of its own that ends with the reading: when fn fails (the
// pipe it writes to closed) no more rows are asked for.
func (postgresEngine) eachRow(ctx context.Context, db *sql.DB, query string, args []any, fn func(*sql.Rows) error) error {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DECLARE listing NO SCROLL CURSOR FOR `+query, args...); err != nil {
		return err
	}
	for batch := firstFetch; ; batch = min(batch*4, fullFetch) {
		n, err := fetchRows(ctx, tx, batch, fn)
		if err != nil || n < batch {
			return err
		}
	}
}

// fetchRows reads the next batch of the cursor's rows, sent in the simple
// protocol: a FETCH's columns are the cursor's, which a statement prepared
// once for its text would not know again for another cursor of the name.
func fetchRows(ctx context.Context, tx *sql.Tx, batch int, fn func(*sql.Rows) error) (int, error) {
	rows, err := tx.QueryContext(ctx, `FETCH `+strconv.Itoa(batch)+` FROM listing`, pgx.QueryExecModeSimpleProtocol)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for ; rows.Next(); n++ {
		if err := fn(rows); err != nil {
			return n, err
		}
	}
	return n, rows.Err()
}
