package data

import (
	"database/sql/driver"
	"io"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// heldRows are a statement's rows read into memory, served as the
// driver's rows.
type heldRows struct {
	columns  []string
	held     [][]driver.Value
	affected int64 // the rows the statement changed
}

func (r *heldRows) Columns() []string { return r.columns }
func (r *heldRows) Close() error      { r.held = nil; return nil }

func (r *heldRows) Next(dest []driver.Value) error {
	if len(r.held) == 0 {
		return io.EOF
	}
	copy(dest, r.held[0])
	r.held = r.held[1:]
	return nil
}

// holdRows reads the next statement's rows of a pipeline into memory,
// each value as pgx's database/sql driver gives it for the column's type.
func holdRows(conn *pgx.Conn, results pgx.BatchResults) (*heldRows, error) {
	rows, err := results.Query()
	if err != nil {
		return nil, err
	}
	fields := rows.FieldDescriptions()
	out := &heldRows{columns: make([]string, len(fields))}
	values := make([]func([]byte) (driver.Value, error), len(fields))
	for i, f := range fields {
		out.columns[i], values[i] = f.Name, heldValue(conn.TypeMap(), f)
	}
	for rows.Next() {
		row := make([]driver.Value, len(fields))
		for i, raw := range rows.RawValues() {
			if raw == nil {
				continue
			}
			if row[i], err = values[i](raw); err != nil {
				rows.Close()
				return nil, err
			}
		}
		out.held = append(out.held, row)
	}
	rows.Close() // after which the statement's count of rows is known
	out.affected = rows.CommandTag().RowsAffected()
	return out, rows.Err()
}

// heldValue reads a value of the column f as pgx's database/sql driver
// does (stdlib's Rows.Next) for the types of the book's columns and
// what is computed of them: a yes or no, bytes, whole and real numbers,
// and every other type as text.
func heldValue(m *pgtype.Map, f pgconn.FieldDescription) func([]byte) (driver.Value, error) {
	switch f.DataTypeOID {
	case pgtype.BoolOID:
		return scanned[bool](m, f, func(v bool) driver.Value { return v })
	case pgtype.ByteaOID:
		return scanned[[]byte](m, f, func(v []byte) driver.Value { return append([]byte(nil), v...) })
	case pgtype.Int2OID, pgtype.Int4OID, pgtype.Int8OID:
		return scanned[int64](m, f, func(v int64) driver.Value { return v })
	case pgtype.Float4OID, pgtype.Float8OID:
		return scanned[float64](m, f, func(v float64) driver.Value { return v })
	}
	return scanned[string](m, f, func(v string) driver.Value { return v })
}

// scanned reads a value of the column f as a T and gives it as as does.
func scanned[T any](m *pgtype.Map, f pgconn.FieldDescription, as func(T) driver.Value) func([]byte) (driver.Value, error) {
	var v T
	plan := m.PlanScan(f.DataTypeOID, f.Format, &v)
	return func(src []byte) (driver.Value, error) {
		if err := plan.Scan(src, &v); err != nil {
			return nil, err
		}
		return as(v), nil
	}
}
