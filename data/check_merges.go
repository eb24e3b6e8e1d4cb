package data

import (
	"context"
	"database/sql"
)

// checkMerges finds the merges that could not be undone: a record that
// does not read, or that does not hold the customer merged away, under
// the id the merge names. SQL cannot read a record, so this check reads
// each.
func checkMerges(ctx context.Context, db *sql.DB) ([]error, error) {
	rows, err := db.QueryContext(ctx, `SELECT m.other_id, m.record, c.id, c.name FROM merges m
		JOIN customers c ON c.id = m.keep_id ORDER BY m.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var found []error
	for rows.Next() {
		var other int64
		var text, id, name string
		if err := rows.Scan(&other, &text, &id, &name); err != nil {
			return found, err
		}
		rec, err := decodeMergeRecord(text)
		if err == nil && otherOf(rec).ID == other && other != 0 {
			continue
		}
		var full bool
		found, full = noteFinding(found, "merges",
			customerFinding(CodeCheckMerge, "the record of a merge into the customer does not read, so it cannot be undone")(id, name))
		if full {
			return found, nil
		}
	}
	return found, rows.Err()
}
