package data

import (
	"database/sql"
	"time"
)

// unixOrNull stores a time as Unix seconds, and the zero time as NULL.
func unixOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

// timeOf reads Unix seconds back as a local time; NULL is the zero time.
func timeOf(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(n.Int64, 0)
}
