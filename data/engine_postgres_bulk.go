package data

import (
	"context"
	"database/sql"
	"slices"

	"tend/lifecycle"
)

// keptSum is a trigger that keeps sums of a table's rows in another table,
// with the table it keeps.
type keptSum struct{ trigger, table string }

// keptSums are the triggers a large fill of each table sets aside on a
// server: each runs a PL/pgSQL function for every row, which takes longer
// than the row itself, where one count at the end takes a moment.
var keptSums = map[string][]keptSum{
	"customers": {{"phase_totals_keep", "phase_totals"}, {"phase_totals_flagged", "phase_totals"}},
	"contacts":  {{"contacts_hours", "activity_hours"}},
	"purchases": {{"purchases_hours", "activity_hours"}},
}

// recounts count each kept table afresh from the rows.
var recounts = map[string][]string{
	"phase_totals":   derivedTables["phase_totals"],
	"activity_hours": {recountActivity},
}

// setAsideSums disables the triggers of keptSums on tables for the rest
// of the transaction, and returns what counts their sums afresh and
// enables them again. Disabling a trigger locks out the table's writers,
// whom the write lock holds off anyway, not its readers; a role that may
// not (only a table's owner may), keeps the triggers, which is slower
// but as right.
func (postgresEngine) setAsideSums(ctx context.Context, tx *sql.Tx, tables ...string) (recount func(context.Context) error) {
	var off []keptSum
	var onTables []string
	for _, table := range tables {
		for _, k := range keptSums[table] {
			if !disableTrigger(ctx, tx, table, k.trigger) {
				continue
			}
			off = append(off, k)
			onTables = append(onTables, table)
		}
	}
	return func(ctx context.Context) error { return recountSums(ctx, tx, off, onTables) }
}

// disableTrigger disables a trigger in tx, and tells whether it could.
func disableTrigger(ctx context.Context, tx *sql.Tx, table, trigger string) bool {
	if _, err := tx.ExecContext(ctx, `SAVEPOINT tend_set_aside`); err != nil {
		return false
	}
	if _, err := tx.ExecContext(ctx, `ALTER TABLE `+quoteName(table)+` DISABLE TRIGGER `+quoteName(trigger)); err != nil {
		tx.ExecContext(ctx, `ROLLBACK TO SAVEPOINT tend_set_aside`)
		return false
	}
	_, err := tx.ExecContext(ctx, `RELEASE SAVEPOINT tend_set_aside`)
	return err == nil
}

// recountSums counts the tables the triggers off kept afresh, once each,
// and enables the triggers again, each on the table of the same place.
func recountSums(ctx context.Context, tx *sql.Tx, off []keptSum, tables []string) error {
	var counted []string
	for _, k := range off {
		if slices.Contains(counted, k.table) {
			continue
		}
		counted = append(counted, k.table)
		for _, q := range recounts[k.table] {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return lifecycle.Problemf(CodeRecount, lifecycle.Values{"Table": k.table},
					"recount %s after a large import: %w", k.table, describe(err))
			}
		}
	}
	for i, k := range off {
		if _, err := tx.ExecContext(ctx, `ALTER TABLE `+quoteName(tables[i])+` ENABLE TRIGGER `+quoteName(k.trigger)); err != nil {
			return lifecycle.Problemf(CodeRebuild, lifecycle.Values{"Kind": "trigger", "Name": k.trigger},
				"rebuild the trigger %s after a large import: %w", k.trigger, describe(err))
		}
	}
	return nil
}
