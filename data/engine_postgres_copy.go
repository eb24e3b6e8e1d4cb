package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"slices"

	"github.com/jackc/pgx/v5"
)

// copier: COPY takes rows as a stream, without a statement to parse or
// plan for each batch.
func (postgresEngine) copier() rowCopier { return copyRows }

// numberedTables are the tables whose rows the server numbers one by one,
// max(id) + 1, where a row comes without an id (tend_next_id). A copy
// numbers its rows itself, from the same max(id) + 1, read as it starts:
// the write lock holds off every other writer, so the ids are those the
// server would have given, without a query for each row.
var numberedTables = []string{"customers", "contacts", "purchases", "phase_changes", "audit"}

// copyRequest is a copy handed through a transaction to its connection:
// database/sql gives no other way to the connection of a transaction.
type copyRequest struct {
	table   string
	columns []string
	values  []any
}

// copyStatement marks the statement that carries a copyRequest.
const copyStatement = "-- tend: copy rows"

// copyRows writes the rows into table with COPY, in the transaction.
func copyRows(ctx context.Context, tx *sql.Tx, table string, columns []string, values []any) error {
	_, err := tx.ExecContext(ctx, copyStatement, &copyRequest{table: table, columns: columns, values: values})
	return err
}

// copyIn runs a copyRequest on the connection, numbering its rows where
// the server would.
func (c *serverConn) copyIn(ctx context.Context, req *copyRequest) (driver.Result, error) {
	conn, err := c.pgx("copy rows")
	if err != nil {
		return nil, err
	}
	width := len(req.columns)
	rows := len(req.values) / width
	columns, next, err := numbering(ctx, conn, req)
	if err != nil {
		return nil, err
	}
	row := make([]any, len(columns))
	n, err := conn.CopyFrom(ctx, pgx.Identifier{req.table}, columns, pgx.CopyFromSlice(rows, func(i int) ([]any, error) {
		values := row[:0]
		if next > 0 {
			values = append(values, next+int64(i))
		}
		for _, v := range req.values[i*width : (i+1)*width] {
			values = append(values, asStored(v))
		}
		return values, nil
	}))
	return driver.RowsAffected(n), err
}

// numbering gives the columns a copy writes, with id first where the
// server numbers the table's rows and the request gives no id, and the
// first id then; 0 where the rows keep what they have.
func numbering(ctx context.Context, conn *pgx.Conn, req *copyRequest) ([]string, int64, error) {
	if !slices.Contains(numberedTables, req.table) || slices.Contains(req.columns, "id") {
		return req.columns, 0, nil
	}
	var last int64
	err := conn.QueryRow(ctx, `SELECT coalesce(max(id), 0) FROM `+pgx.Identifier{req.table}.Sanitize()).Scan(&last)
	return slices.Concat([]string{"id"}, req.columns), last + 1, err
}

// asStored writes a yes or no as 1 or 0, as SQLite keeps it, into the
// book's integer columns.
func asStored(v any) any {
	if yes, ok := v.(bool); ok {
		if yes {
			return int64(1)
		}
		return int64(0)
	}
	return v
}
