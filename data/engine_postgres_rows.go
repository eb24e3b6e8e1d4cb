package data

import (
	"database/sql/driver"
	"io"
)

// serverRows are a query's rows, read from the server as they are asked
// for until the connection is wanted for another statement; then the rest
// is read into memory at once (drain) and served from there.
type serverRows struct {
	driver.Rows
	conn    *serverConn
	drained bool
	held    [][]driver.Value
	err     error // what ended the reading into memory
}

func (r *serverRows) Next(dest []driver.Value) error {
	if !r.drained {
		return r.Rows.Next(dest)
	}
	if len(r.held) == 0 {
		if r.err != nil {
			return r.err
		}
		return io.EOF
	}
	copy(dest, r.held[0])
	r.held = r.held[1:]
	return nil
}

// drain reads the rest of the rows into memory and frees the connection.
func (r *serverRows) drain() {
	if r.drained {
		return
	}
	r.drained = true
	width := len(r.Rows.Columns())
	for {
		row := make([]driver.Value, width)
		err := r.Rows.Next(row)
		if err == io.EOF {
			break
		}
		if err != nil {
			r.err = err
			break
		}
		for i, v := range row {
			if b, ok := v.([]byte); ok {
				row[i] = append([]byte(nil), b...)
			}
		}
		r.held = append(r.held, row)
	}
	r.Rows.Close()
}

func (r *serverRows) Close() error {
	if r.conn.reading == r {
		r.conn.reading = nil
	}
	if r.drained {
		r.held = nil
		return nil
	}
	r.drained = true
	return r.Rows.Close()
}
