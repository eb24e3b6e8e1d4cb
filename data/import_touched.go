package data

import (
	"context"
	"database/sql"

	"tend/lifecycle"
)

// touchedCustomers are the customers already stored that an import
// changed: those whose history it added to (history is 1), whose summaries
// it brings up to date, and those whose profile or phase it changed. All
// are flagged again at the end. It is a temporary table, not a set in
// memory, since a file may touch every customer of a large book.
const touchedCustomers = "import_touched"

// importTables makes the temporary tables of an import, afresh, keyed by
// ids of the engine's type.
func importTables(ctx context.Context, tx *sql.Tx, e engine) error {
	for _, q := range []string{
		`DROP TABLE IF EXISTS ` + addedLines,
		`CREATE TEMP TABLE ` + addedLines + ` (id ` + e.idKey() + `, line INTEGER NOT NULL)`,
		`DROP TABLE IF EXISTS ` + touchedCustomers,
		`CREATE TEMP TABLE ` + touchedCustomers + ` (id ` + e.idKey() + `, history INTEGER NOT NULL)`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return lifecycle.Problemf(CodePrepareImport, nil, "prepare the import: %w", describe(err))
		}
	}
	return nil
}

// dropImportTables removes them before the import is committed.
func dropImportTables(ctx context.Context, tx *sql.Tx) error {
	for _, table := range []string{addedLines, touchedCustomers} {
		if _, err := tx.ExecContext(ctx, `DROP TABLE `+table); err != nil {
			return lifecycle.Problemf(CodeFinishImport, nil, "finish the import: %w", describe(err))
		}
	}
	return nil
}

// touch notes a customer the import changed, and whether its history.
func (r *importRun) touch(id int64, history bool) error {
	_, err := r.st.ExecContext(r.ctx, `INSERT INTO `+touchedCustomers+` (id, history) VALUES (?, ?)
		ON CONFLICT (id) DO UPDATE SET history = CASE WHEN excluded.history > `+touchedCustomers+`.history
		THEN excluded.history ELSE `+touchedCustomers+`.history END`, id, history)
	if err != nil {
		return lifecycle.Problemf(CodeNoteForFlags, lifecycle.Values{"ID": id},
			"note customer %d for flagging: %w", id, describe(err))
	}
	return nil
}

// refreshTouched brings the summaries of the customers whose history
// changed up to date and flags every touched customer again, a batch at a
// time in order of id.
func (r *importRun) refreshTouched() error {
	var after int64
	for {
		ids, histories, err := r.touchedAfter(after)
		if err != nil || len(ids) == 0 {
			return err
		}
		if err := refreshSummaries(r.ctx, r.tx, histories, r.now, nil); err != nil {
			return err
		}
		if err := r.sc.rescoreEach(r.ctx, r.tx, ids); err != nil {
			return err
		}
		after = ids[len(ids)-1]
	}
}

// touchedAfter reads the next batch of touched customers after the id
// after, and of them those whose history changed.
func (r *importRun) touchedAfter(after int64) (ids, histories []int64, err error) {
	rows, err := r.st.QueryContext(r.ctx, `SELECT id, history FROM `+touchedCustomers+` WHERE id > ? ORDER BY id LIMIT ?`, after, summaryBatch)
	if err != nil {
		return nil, nil, lifecycle.Problemf(CodeReadImportChanged, nil,
			"read the customers the import changed: %w", describe(err))
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var history bool
		if err := rows.Scan(&id, &history); err != nil {
			return nil, nil, lifecycle.Problemf(CodeReadImportChanged, nil,
				"read the customers the import changed: %w", describe(err))
		}
		ids = append(ids, id)
		if history {
			histories = append(histories, id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, lifecycle.Problemf(CodeReadImportChanged, nil,
			"read the customers the import changed: %w", describe(err))
	}
	return ids, histories, nil
}
