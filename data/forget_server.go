package data

import (
	"context"
	"database/sql"
)

// On a server, DELETE leaves the erased rows' old versions in the tables'
// files until VACUUM marks their space free for reuse; the space is then
// written over as the book grows. What the server keeps elsewhere (its
// write-ahead log archives, base backups, replicas) is beyond tend's reach,
// and Forget says so (Erasure.OnServer).

// beforeErasure: nothing to set; the server has no secure_delete.
func (postgresEngine) beforeErasure(context.Context, *sql.Tx) error { return nil }

// afterErasure vacuums the tables the erasure touched, each on its own
// outside any transaction (VACUUM may not run in one). A table the role
// may not VACUUM (only its owner may), or whose VACUUM the server refuses,
// is noted in e, not an error: the erasure is committed, and the server's
// own autovacuum comes to it.
func (postgresEngine) afterErasure(ctx context.Context, b *Book, e *Erasure) error {
	tables, err := erasedTables(ctx, b.writer)
	if err != nil {
		return err
	}
	for _, t := range tables {
		if !t.mayVacuum {
			e.Unvacuumed = append(e.Unvacuumed, t.name)
			continue
		}
		if _, err := b.writer.ExecContext(ctx, `VACUUM `+quoteName(t.name)); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			e.Unvacuumed = append(e.Unvacuumed, t.name)
		}
	}
	return nil
}

// erasedTable is a table an erasure deletes rows from, and whether this
// role may VACUUM it: as its owner (or a member of the owner's role) or as
// a superuser.
type erasedTable struct {
	name      string
	mayVacuum bool
}

// erasedTables are the customers and every table whose rows are deleted
// with them, by their foreign key, by name.
func erasedTables(ctx context.Context, db *sql.DB) ([]erasedTable, error) {
	rows, err := db.QueryContext(ctx, `SELECT c.relname,
			pg_has_role(c.relowner, 'USAGE') OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
		FROM pg_class c
		WHERE c.oid = 'customers'::regclass
			OR c.oid IN (SELECT conrelid FROM pg_constraint WHERE contype = 'f' AND confrelid = 'customers'::regclass)
		ORDER BY c.oid <> 'customers'::regclass, c.relname`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var tables []erasedTable
	for rows.Next() {
		var t erasedTable
		if err := rows.Scan(&t.name, &t.mayVacuum); err != nil {
			return nil, err
		}
		tables = append(tables, t)
	}
	return tables, rows.Err()
}
