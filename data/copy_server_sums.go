package data

import (
	"context"
	"strings"

	"github.com/jackc/pgx/v5"
)

// On a server, what a COPY checks or keeps for every row is slow on a
// large book: a trigger's work and a reference's check are queued and run
// one by one at the COPY's end, and each index takes the rows one at a
// time. A role that owns the tables (whoever set the book up) sets them
// aside for the copy, in its transaction, and puts them back at its end:
// each reference checked and each index built over all rows at once, and
// the sums the triggers keep counted once. Any other role's copy keeps
// them all, row by row. Both read the schema, not a list written here,
// so that a later schema step is handled alike.

// serverSums count afresh, on a server, what the set-aside triggers keep.
var serverSums = []string{
	`INSERT INTO phase_totals (phase, customers, value_cents, flagged)
		SELECT phase, count(*), coalesce(sum(value_cents), 0), count(*) FILTER (WHERE urgency > 0)
		FROM customers WHERE archived_at IS NULL GROUP BY phase`,
	recountActivity,
}

// setAsideQuery gives, for the references and the secondary indexes of
// the tables a copy fills, the statements that drop each and make it again.
const setAsideQuery = `
	SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
		format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
	FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::text[]::regclass[])
	UNION ALL
	SELECT format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid)
	FROM pg_index WHERE indrelid = ANY($1::text[]::regclass[]) AND NOT indisprimary AND NOT indisunique`

// setTriggersAside sets aside the triggers, references and secondary
// indexes of the tables a copy fills, if the role owns them all, and
// returns what puts them back and counts the sums the triggers keep; nil
// when they stay.
func setTriggersAside(ctx context.Context, tx pgx.Tx) (func() error, error) {
	tables := copiedTableNames()
	var owns bool
	err := tx.QueryRow(ctx, `SELECT bool_and(pg_has_role(tableowner, 'USAGE')) FROM pg_tables
		WHERE schemaname = current_schema() AND tablename = ANY($1)`, tables).Scan(&owns)
	if err != nil || !owns {
		return nil, err
	}
	var drops, makes []string
	rows, err := tx.Query(ctx, setAsideQuery, tables)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var drop, make string
		if err := rows.Scan(&drop, &make); err != nil {
			return nil, err
		}
		drops, makes = append(drops, drop), append(makes, make)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := execAll(ctx, tx, append(drops, alterTriggers(tables, "DISABLE")...)); err != nil {
		return nil, err
	}
	return func() error {
		return execAll(ctx, tx, append(append(alterTriggers(tables, "ENABLE"), serverSums...), makes...))
	}, nil
}

// alterTriggers are the statements that disable or enable the tables' own
// triggers.
func alterTriggers(tables []string, how string) []string {
	statements := make([]string, len(tables))
	for i, table := range tables {
		statements[i] = `ALTER TABLE ` + quoteIdent(table) + ` ` + how + ` TRIGGER USER`
	}
	return statements
}

// execAll runs statements in one round trip.
func execAll(ctx context.Context, tx pgx.Tx, statements []string) error {
	_, err := tx.Exec(ctx, strings.Join(statements, ";\n"))
	return err
}

func copiedTableNames() []string {
	names := make([]string, len(copiedTables))
	for i, t := range copiedTables {
		names[i] = t.name
	}
	return names
}
