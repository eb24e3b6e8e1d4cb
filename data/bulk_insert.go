package data

import (
	"context"
	"database/sql"
	"strings"

	"tend/lifecycle"
)

// maxBoundValues is SQLite's limit on the values bound to one statement.
const maxBoundValues = 32766

// bulkInsert writes the rows of one table in multi-row INSERTs, since one
// statement per row spends most of its time getting in and out of the
// driver, or through the engine's copier where it has one. Like a bufio.Writer it keeps its first error: after one, it
// writes nothing more and flush returns it.
type bulkInsert struct {
	tx      *sql.Tx
	table   string
	columns []string
	perStmt int   // rows in a full statement
	args    []any // the values of the rows not yet written
	full    *sql.Stmt
	copy    rowCopier // nil: INSERTs
	written int
	err     error
}

// newBulkInsert writes up to perStmt rows a statement, fewer when SQLite's
// limit on bound values says so, or as many at a time through the copier
// of engine e, if it has one.
func newBulkInsert(tx *sql.Tx, e engine, perStmt int, table string, columns ...string) *bulkInsert {
	per := min(perStmt, maxBoundValues/len(columns))
	return &bulkInsert{tx: tx, copy: e.copier(), table: table, columns: columns, perStmt: per, args: make([]any, 0, per*len(columns))}
}

// add queues one row and writes a full statement's worth when there is one.
func (w *bulkInsert) add(ctx context.Context, values ...any) { w.addRow(ctx, values) }

// addRow queues one row of values followed by more, as add does, without
// a slice of them all made first.
func (w *bulkInsert) addRow(ctx context.Context, values []any, more ...any) {
	if w.err != nil {
		return
	}
	w.args = append(append(w.args, values...), more...)
	if len(w.args) < w.perStmt*len(w.columns) {
		return
	}
	if w.copy != nil {
		w.flush(ctx)
		return
	}
	if w.full == nil {
		if w.full, w.err = w.tx.PrepareContext(ctx, w.statement(w.perStmt)); w.err != nil {
			w.err = lifecycle.Problemf(CodePrepareStore, lifecycle.Values{"What": w.table},
				"prepare to store the %s: %w", w.table, w.err)
			return
		}
	}
	w.exec(ctx, w.full.ExecContext)
}

// flush writes the queued rows and returns the first error met.
func (w *bulkInsert) flush(ctx context.Context) error {
	if w.err == nil && len(w.args) > 0 {
		w.exec(ctx, w.write)
	}
	return w.err
}

// write writes rows in one statement of their own, or copies them.
func (w *bulkInsert) write(ctx context.Context, args ...any) (sql.Result, error) {
	if w.copy != nil {
		return nil, w.copy(ctx, w.tx, w.table, w.columns, args)
	}
	return w.tx.ExecContext(ctx, w.statement(len(args)/len(w.columns)), args...)
}

func (w *bulkInsert) exec(ctx context.Context, run func(context.Context, ...any) (sql.Result, error)) {
	if _, err := run(ctx, w.args...); err != nil {
		w.err = lifecycle.Problemf(CodeStoreTable, lifecycle.Values{"What": w.table}, "store the %s: %w", w.table, describe(err))
		return
	}
	w.written += len(w.args) / len(w.columns)
	w.args = w.args[:0]
}

// close releases the prepared statement.
func (w *bulkInsert) close() {
	if w.full != nil {
		w.full.Close()
	}
}

// statement is the INSERT of rows rows.
func (w *bulkInsert) statement(rows int) string {
	row := "(" + strings.Repeat("?, ", len(w.columns)-1) + "?)"
	var b strings.Builder
	b.WriteString("INSERT INTO " + w.table + " (" + strings.Join(w.columns, ", ") + ") VALUES ")
	for i := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	return b.String()
}
