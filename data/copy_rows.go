package data

import (
	"context"
	"database/sql"
	"slices"
	"strings"
)

// bookCopy is one copy under way: the snapshot of the source it reads,
// and how far it is.
type bookCopy struct {
	from     *sql.Tx
	engine   engine // the source's
	progress CopyProgress
	// total, done: the rows to write and written; customers: of them,
	// the customers.
	total, done, customers int64
}

// copyWriter is the target's side of a copy, in its one transaction.
type copyWriter interface {
	exec(ctx context.Context, statement string) error
	count(ctx context.Context, table string) (int64, error)
	// put writes a table's rows, the columns named as the source names them.
	put(ctx context.Context, table string, columns []string, rows *sourceRows) error
}

// clearSeeded empties what a new book starts with, which the source's rows
// replace, and the sums its triggers keep, which its triggers fill again.
var clearSeeded = []string{
	`DELETE FROM settings WHERE key <> '` + identityKey + `'`,
	`DELETE FROM phases`,
	`DELETE FROM move_reasons`,
	`DELETE FROM templates`,
	`DELETE FROM phase_totals`,
	`DELETE FROM activity_hours`,
}

// countRows counts what the copy will write, for its progress.
func (c *bookCopy) countRows(ctx context.Context) error {
	for _, t := range copiedTables {
		var n int64
		if err := c.from.QueryRowContext(ctx, `SELECT count(*) FROM `+t.name+t.filter()).Scan(&n); err != nil {
			return err
		}
		c.total += n
		if t.name == "customers" {
			c.customers = n
		}
	}
	return nil
}

// filter is the WHERE clause of the rows carried, "" for all.
func (t copyTable) filter() string {
	if t.where == "" {
		return ""
	}
	return " WHERE " + t.where
}

// fill writes every table into the target, after checking again, in the
// target's transaction, that it is empty.
func (c *bookCopy) fill(ctx context.Context, to *Book, w copyWriter) error {
	if err := refuseNonEmpty(ctx, to, w.count); err != nil {
		return err
	}
	for _, s := range clearSeeded {
		if err := w.exec(ctx, s); err != nil {
			return err
		}
	}
	for _, t := range copiedTables {
		if err := c.copyTable(ctx, t, w); err != nil {
			return err
		}
		c.tell()
	}
	return nil
}

func (c *bookCopy) copyTable(ctx context.Context, t copyTable, w copyWriter) error {
	columns, err := c.carriedColumns(ctx, t.name)
	if err != nil {
		return err
	}
	rows, err := c.from.QueryContext(ctx, `SELECT `+strings.Join(columns, ", ")+` FROM `+t.name+t.filter()+` ORDER BY `+t.order)
	if err != nil {
		return err
	}
	defer rows.Close()
	return w.put(ctx, t.name, columns, newSourceRows(rows, len(columns), c.wrote))
}

// carriedColumns are the columns of a table of the source that a copy
// carries: all but those the engine computes, which the target computes
// as it will.
func (c *bookCopy) carriedColumns(ctx context.Context, table string) ([]string, error) {
	rows, err := c.from.QueryContext(ctx, `SELECT * FROM `+table+` LIMIT 0`)
	if err != nil {
		return nil, err
	}
	all, err := rows.Columns()
	rows.Close()
	if err != nil {
		return nil, err
	}
	computed, err := c.from.QueryContext(ctx, c.engine.generatedColumns(), table)
	if err != nil {
		return nil, err
	}
	defer computed.Close()
	skip := map[string]bool{}
	for computed.Next() {
		var name string
		if err := computed.Scan(&name); err != nil {
			return nil, err
		}
		skip[name] = true
	}
	if err := computed.Err(); err != nil {
		return nil, err
	}
	return slices.DeleteFunc(all, func(name string) bool { return skip[name] }), nil
}

// progressEvery is how many rows go between two reports of progress.
const progressEvery = 8192

// wrote counts a row written, and tells the progress now and then.
func (c *bookCopy) wrote() {
	c.done++
	if c.done%progressEvery == 0 {
		c.tell()
	}
}

func (c *bookCopy) tell() {
	if c.progress != nil {
		c.progress(c.done, c.total)
	}
}

// sourceRows are a table's rows as the source holds them, one at a time,
// each value as its driver gives it. They are what pgx's COPY reads.
type sourceRows struct {
	rows   *sql.Rows
	values []any
	into   []any
	wrote  func()
	err    error
}

func newSourceRows(rows *sql.Rows, columns int, wrote func()) *sourceRows {
	r := &sourceRows{rows: rows, values: make([]any, columns), into: make([]any, columns), wrote: wrote}
	for i := range r.values {
		r.into[i] = &r.values[i]
	}
	return r
}

// Next reads the next row; false at the end or on a failure (Err).
func (r *sourceRows) Next() bool {
	if r.err != nil || !r.rows.Next() {
		return false
	}
	if r.err = r.rows.Scan(r.into...); r.err != nil {
		return false
	}
	r.wrote()
	return true
}

// Values are the row's values, valid until the next row is read.
func (r *sourceRows) Values() ([]any, error) { return r.values, r.err }

func (r *sourceRows) Err() error {
	if r.err != nil {
		return r.err
	}
	return r.rows.Err()
}

// insertStatement inserts one row of a table's named columns.
func insertStatement(table string, columns []string) string {
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(columns)), ", ")
	return `INSERT INTO ` + table + ` (` + strings.Join(columns, ", ") + `) VALUES (` + marks + `)`
}
