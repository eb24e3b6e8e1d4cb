package data

import (
	"context"
	"database/sql"
	"regexp"
	"slices"
	"strings"
	"sync"

	"tend/lifecycle"
)

// bulkLoad is a large fill of some tables inside one transaction, with the
// tables' secondary indexes and the triggers that keep other tables in step
// set aside while the rows go in. SQLite builds an index from the sorted
// rows in a fraction of the time it takes to insert into it row by row, and
// one recount at the end replaces a trigger firing for every row.
//
// What is set aside is read from sqlite_master, not written out here, so
// that a migration's new indexes and triggers are handled without a change
// to the import. Since SQLite's schema changes are part of the transaction,
// an import that fails or is rolled back leaves the schema as it was.
type bulkLoad struct {
	tx      *sql.Tx
	dropped []schemaObject // in the order sqlite_master lists them
	stale   []string       // the derived tables the dropped triggers kept
}

// schemaObject is an index or trigger as sqlite_master keeps it.
type schemaObject struct {
	kind, name, table, sql string
}

// derivedTables are the tables that triggers keep in step with others, each
// with the statements that work it out afresh. A trigger is only set aside
// when everything it writes to is here.
var derivedTables = map[string][]string{
	"phase_totals": {
		`DELETE FROM phase_totals`,
		`INSERT INTO phase_totals (phase, customers, value_cents, flagged) ` + countPhases("c.archived_at IS NULL"),
	},
	// The customers' search index, built afresh from all customers: on
	// 100,000 new customers this takes half the time of its triggers.
	// Its automatic merging is held off for the time of the rebuild and
	// put back to FTS5's own setting after: the rebuild then takes a sixth
	// less time on 100,000 customers and leaves fewer segments (only the
	// merges forced at 16 segments a level), so searches are no slower.
	"customers_fts": {
		`INSERT INTO customers_fts (customers_fts, rank) VALUES ('automerge', 0)`,
		`INSERT INTO customers_fts (customers_fts) VALUES ('rebuild')`,
		`INSERT INTO customers_fts (customers_fts, rank) VALUES ('automerge', 4)`,
	},
	// The weeks' flagged customers kept for the insights: an import brings
	// history of any date, so all of them are counted again.
	"flagged_weeks":       {`DELETE FROM flagged_weeks`},
	"flagged_weeks_drops": {`UPDATE flagged_weeks_drops SET drops = drops + 1`},
}

// startBulkLoad sets aside the secondary indexes of tables and the triggers
// on them that derivedTables can stand in for.
func startBulkLoad(ctx context.Context, tx *sql.Tx, tables ...string) (*bulkLoad, error) {
	objects, err := readSchemaObjects(ctx, tx, tables)
	if err != nil {
		return nil, err
	}
	l := &bulkLoad{tx: tx}
	for _, o := range objects {
		targets, ok := o.setAside()
		if !ok {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DROP `+o.kind+` `+quoteName(o.name)); err != nil {
			return nil, lifecycle.Problemf(CodeSetAside, lifecycle.Values{"Kind": o.kind, "Name": o.name},
				"set aside the %s %s for a large import: %w", o.kind, o.name, describe(err))
		}
		l.dropped = append(l.dropped, o)
		l.stale = appendNew(l.stale, targets...)
	}
	return l, nil
}

// finish puts back what startBulkLoad set aside, from the statements that
// made it, and works out afresh the tables its triggers kept.
func (l *bulkLoad) finish(ctx context.Context) error {
	for _, o := range l.dropped {
		if _, err := l.tx.ExecContext(ctx, o.sql); err != nil {
			return lifecycle.Problemf(CodeRebuild, lifecycle.Values{"Kind": o.kind, "Name": o.name},
				"rebuild the %s %s after a large import: %w", o.kind, o.name, describe(err))
		}
	}
	for _, table := range l.stale {
		for _, q := range derivedTables[table] {
			if _, err := l.tx.ExecContext(ctx, q); err != nil {
				return lifecycle.Problemf(CodeRecount, lifecycle.Values{"Table": table},
					"recount %s after a large import: %w", table, describe(err))
			}
		}
	}
	return nil
}

// putBack rebuilds at once the indexes of names that were set aside, for
// a fill that reads by them while it writes.
func (l *bulkLoad) putBack(ctx context.Context, names ...string) error {
	for i := 0; i < len(l.dropped); i++ {
		o := l.dropped[i]
		if o.kind != "index" || !slices.Contains(names, o.name) {
			continue
		}
		if _, err := l.tx.ExecContext(ctx, o.sql); err != nil {
			return lifecycle.Problemf(CodeRebuildIndex, lifecycle.Values{"Name": o.name},
				"rebuild the index %s: %w", o.name, describe(err))
		}
		l.dropped = slices.Delete(l.dropped, i, i+1)
		i--
	}
	return nil
}

// readSchemaObjects reads the indexes and triggers of tables. Indexes that
// SQLite made for a table's constraints have no SQL and cannot be dropped.
func readSchemaObjects(ctx context.Context, tx *sql.Tx, tables []string) ([]schemaObject, error) {
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(tables)), ", ")
	args := make([]any, len(tables))
	for i, t := range tables {
		args[i] = t
	}
	rows, err := tx.QueryContext(ctx, `SELECT type, name, tbl_name, sql FROM sqlite_master
		WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (`+marks+`) ORDER BY rowid`, args...)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadIndexesAndTriggers, lifecycle.Values{"Tables": strings.Join(tables, ", ")},
			"read the indexes and triggers of %s: %w", strings.Join(tables, ", "), describe(err))
	}
	defer rows.Close()
	var objects []schemaObject
	for rows.Next() {
		var o schemaObject
		if err := rows.Scan(&o.kind, &o.name, &o.table, &o.sql); err != nil {
			return nil, lifecycle.Problemf(CodeReadIndexesAndTriggers, lifecycle.Values{"Tables": strings.Join(tables, ", ")},
				"read the indexes and triggers of %s: %w", strings.Join(tables, ", "), describe(err))
		}
		objects = append(objects, o)
	}
	return objects, rows.Err()
}

// setAside tells whether an index or trigger can be dropped for the time of
// a large import and rebuilt after it, and for a trigger, which derived
// tables it writes to. A unique index stays, since it is what refuses a
// duplicate; so does a trigger that can refuse a row or writes anywhere a
// recount cannot stand in for.
func (o schemaObject) setAside() (targets []string, ok bool) {
	text := strings.ToUpper(o.sql)
	if o.kind == "index" {
		return nil, !strings.HasPrefix(text, "CREATE UNIQUE")
	}
	if strings.Contains(text, "RAISE") {
		return nil, false
	}
	begin := triggerBody().FindStringIndex(text)
	if begin == nil {
		return nil, false
	}
	for _, m := range triggerWrites().FindAllStringSubmatch(text[begin[1]:], -1) {
		table := strings.ToLower(strings.Trim(m[1], "\"`[]"))
		if table == "set" { // the DO UPDATE SET of an upsert writes to its INSERT's table
			continue
		}
		if _, known := derivedTables[table]; !known {
			return nil, false
		}
		targets = appendNew(targets, table)
	}
	return targets, len(targets) > 0
}

// triggerBody finds where a trigger's statements start, after the header
// that names the table and the event. It and triggerWrites are compiled
// on the first bulk write, not at every start.
var triggerBody = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\bBEGIN\b`) })

// triggerWrites finds the tables a trigger's statements write to.
var triggerWrites = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+("[^"]+"|` + "`[^`]+`" + `|\[[^\]]+\]|[\w.]+)`)
})

// appendNew appends the values that list does not hold yet.
func appendNew(list []string, values ...string) []string {
	for _, v := range values {
		if !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}

// quoteName quotes an index's or trigger's name for a statement.
func quoteName(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}
