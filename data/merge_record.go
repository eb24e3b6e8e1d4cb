package data

import (
	"context"
	"database/sql"
	"encoding/json"

	"tend/lifecycle"
)

// mergeRecord is what a merge keeps for its undo: the rows of the customer
// merged away as they were, the ids of the rows that moved to the customer
// kept, and the kept customer's profile before and after.
type mergeRecord struct {
	// Rows are the merged customer's rows by table (keptTables).
	Rows map[string][]storedRow `json:"rows"`
	// Moved are the ids of the rows that moved, by table (movedTables).
	Moved  map[string][]int64 `json:"moved"`
	Before lifecycle.Customer `json:"before"`
	After  lifecycle.Customer `json:"after"`
	// AddedMove is the move the merge recorded on the kept customer, 0
	// for none.
	AddedMove int64 `json:"added_move,omitempty"`
}

// storedRow is a row by its columns, each value with its type, so that it
// goes back as it came: an integer as an integer, bytes as bytes.
type storedRow map[string]storedValue

// storedValue is one value of a row: exactly one field is set, or none
// for NULL.
type storedValue struct {
	Int   *int64   `json:"i,omitempty"`
	Float *float64 `json:"f,omitempty"`
	Text  *string  `json:"s,omitempty"`
	Bytes *[]byte  `json:"b,omitempty"`
	Bool  *bool    `json:"t,omitempty"`
}

// keptTables are the tables whose rows of a customer a merge keeps, by the
// column that names the customer; the customer's own row comes first, so
// that the others can go back after it. The merges into the customer merged
// away go with it, to come back with it.
var keptTables = []struct{ table, column string }{
	{"customers", "id"}, {"tags", "customer_id"}, {"triage", "customer_id"},
	{"flag_reasons", "customer_id"}, {"flag_ranks", "customer_id"}, {"merges", "keep_id"},
}

// movedTables are the tables whose rows move from the customer merged
// away to the one kept: its history and audit trail.
var movedTables = []string{"contacts", "purchases", "phase_changes", "audit"}

// generatedColumns are columns a server computes itself (the folded search
// text), which a row goes back without.
var generatedColumns = map[string]bool{"search_fold": true, "words": true}

// keepRowsOf reads the rows of customer id in keptTables.
func keepRowsOf(ctx context.Context, tx *sql.Tx, id int64) (map[string][]storedRow, error) {
	out := map[string][]storedRow{}
	for _, t := range keptTables {
		rows, err := readStoredRows(ctx, tx, `SELECT * FROM `+t.table+` WHERE `+t.column+` = ?`, id)
		if err != nil {
			return nil, err
		}
		out[t.table] = rows
	}
	return out, nil
}

// readStoredRows reads the rows a query returns, whatever their columns.
func readStoredRows(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]storedRow, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	columns, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []storedRow
	for rows.Next() {
		values := make([]any, len(columns))
		ptrs := make([]any, len(columns))
		for i := range values {
			ptrs[i] = &values[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		row := storedRow{}
		for i, c := range columns {
			row[c] = storeValue(values[i])
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// storeValue keeps v with its type.
func storeValue(v any) storedValue {
	switch v := v.(type) {
	case int64:
		return storedValue{Int: &v}
	case float64:
		return storedValue{Float: &v}
	case string:
		return storedValue{Text: &v}
	case []byte:
		b := append([]byte{}, v...)
		return storedValue{Bytes: &b}
	case bool:
		return storedValue{Bool: &v}
	}
	return storedValue{}
}

// value is the value v kept.
func (v storedValue) value() any {
	switch {
	case v.Int != nil:
		return *v.Int
	case v.Float != nil:
		return *v.Float
	case v.Text != nil:
		return *v.Text
	case v.Bytes != nil:
		return *v.Bytes
	case v.Bool != nil:
		return *v.Bool
	}
	return nil
}

// insertStoredRow writes a kept row back into table.
func insertStoredRow(ctx context.Context, tx *sql.Tx, table string, row storedRow) error {
	var columns, marks string
	var args []any
	for c, v := range row {
		if generatedColumns[c] {
			continue
		}
		if args != nil {
			columns, marks = columns+", ", marks+", "
		}
		columns, marks = columns+c, marks+"?"
		args = append(args, v.value())
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO `+table+` (`+columns+`) VALUES (`+marks+`)`, args...)
	return err
}

// moveRows gives table's rows of customer from to customer to, and
// returns their ids.
func moveRows(ctx context.Context, tx *sql.Tx, table string, from, to int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `UPDATE `+table+` SET customer_id = ? WHERE customer_id = ? RETURNING id`, to, from)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// keepMerge stores the merge's record with the customer kept, and returns
// the merge's id.
func (b *Book) keepMerge(ctx context.Context, tx *sql.Tx, m Merged, rec mergeRecord) (int64, error) {
	text, err := rec.encode()
	if err != nil {
		return 0, mergeFailed(m, err)
	}
	var id int64
	err = tx.QueryRowContext(ctx, `INSERT INTO merges (keep_id, other_id, at, who, record) VALUES (?, ?, ?, ?, ?) RETURNING id`,
		m.Keep.ID, m.Other.ID, b.Now().Unix(), b.User(), text).Scan(&id)
	if err != nil {
		return 0, mergeFailed(m, err)
	}
	return id, nil
}

// encode writes the record as the book keeps it.
func (r mergeRecord) encode() (string, error) {
	text, err := json.Marshal(r)
	return string(text), err
}

// decodeMergeRecord reads a record as encode wrote it.
func decodeMergeRecord(text string) (mergeRecord, error) {
	var r mergeRecord
	err := json.Unmarshal([]byte(text), &r)
	return r, err
}
