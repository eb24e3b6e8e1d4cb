package data

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// copyInto runs a copy's fill in one write transaction on the book, as its
// engine writes many rows fastest: a file's prepared inserts with a large
// page cache, a server's COPY.
func (b *Book) copyInto(ctx context.Context, fill func(context.Context, *Book, copyWriter) error) error {
	if !b.engine.onFile() {
		return b.copyIntoServer(ctx, fill)
	}
	restore, err := b.tuneForBulk(ctx, demoCacheKiB)
	if err != nil {
		return err
	}
	defer restore()
	return b.write(ctx, func(tx *sql.Tx) error { return fill(ctx, b, fileCopyWriter{tx}) })
}

// fileCopyWriter writes a copy into a file book.
type fileCopyWriter struct{ tx *sql.Tx }

func (w fileCopyWriter) exec(ctx context.Context, statement string) error {
	_, err := w.tx.ExecContext(ctx, statement)
	return err
}

func (w fileCopyWriter) count(ctx context.Context, table string) (int64, error) {
	return rowCounter(w.tx)(ctx, table)
}

func (w fileCopyWriter) put(ctx context.Context, table string, columns []string, rows *sourceRows) error {
	stmt, err := w.tx.PrepareContext(ctx, insertStatement(table, columns))
	if err != nil {
		return err
	}
	defer stmt.Close()
	for rows.Next() {
		if _, err := stmt.ExecContext(ctx, rows.values...); err != nil {
			return err
		}
	}
	return rows.Err()
}

// copyIntoServer runs the fill in a transaction of pgx's own on the
// writer's connection, which COPY needs, holding the write lock as every
// write to a server book does and counting the write for the watchers.
func (b *Book) copyIntoServer(ctx context.Context, fill func(context.Context, *Book, copyWriter) error) error {
	conn, err := b.writer.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(driverConn any) error {
		sc := driverConn.(*serverConn)
		sc.settle()
		return pgx.BeginFunc(ctx, sc.pgxConn.(*stdlib.Conn).Conn(), func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, writeLock); err != nil {
				return err
			}
			putBack, err := setTriggersAside(ctx, tx)
			if err != nil {
				return err
			}
			if err := fill(ctx, b, serverCopyWriter{tx}); err != nil {
				return err
			}
			if putBack != nil {
				if err := putBack(); err != nil {
					return err
				}
			}
			_, err = tx.Exec(ctx, `UPDATE book_changes SET writes = writes + 1`)
			return err
		})
	})
}

// serverCopyWriter writes a copy into a server book.
type serverCopyWriter struct{ tx pgx.Tx }

func (w serverCopyWriter) exec(ctx context.Context, statement string) error {
	_, err := w.tx.Exec(ctx, statement)
	return err
}

func (w serverCopyWriter) count(ctx context.Context, table string) (int64, error) {
	var n int64
	err := w.tx.QueryRow(ctx, `SELECT count(*) FROM `+table).Scan(&n)
	return n, err
}

func (w serverCopyWriter) put(ctx context.Context, table string, columns []string, rows *sourceRows) error {
	_, err := w.tx.CopyFrom(ctx, pgx.Identifier{table}, columns, rows)
	return err
}
