package data

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"tend/lifecycle"
)

// cells is one row of an import, read field by field. Problems are
// collected rather than returned, so that a row reports all of them and the
// import goes on to find the problems of the other rows.
type cells struct {
	line   int
	values []string
	cols   *columns
	now    time.Time
	errs   []RowError

	customer *customerCells // a customers row, as read ahead of the writer
}

// text returns the trimmed cell of a field, without the quote an export
// puts before a formula, and whether it is non-empty.
func (c *cells) text(f field) (string, bool) {
	i := c.cols.index[f]
	if i < 0 || i >= len(c.values) {
		return "", false
	}
	s := cellText(strings.TrimSpace(c.values[i]))
	return s, s != ""
}

// fail records what is wrong with the cell of a field.
func (c *cells) fail(f field, err error) {
	c.errs = append(c.errs, RowError{Line: c.line, Column: c.column(f), Err: err})
}

// column names a field's column as the file does, or by the field's own
// name where the file has no such column.
func (c *cells) column(f field) string {
	if i := c.cols.index[f]; i >= 0 {
		return c.cols.names[i]
	}
	return f.String()
}

// failRow records a problem of the whole row.
func (c *cells) failRow(err error) {
	c.errs = append(c.errs, RowError{Line: c.line, Err: err})
}

func (c *cells) bad() bool { return len(c.errs) > 0 }

var errEmptyCell = errors.New("the cell is empty")

// require reports the fields whose cells are empty.
func (c *cells) require(fields ...field) {
	for _, f := range fields {
		if _, ok := c.text(f); !ok {
			c.fail(f, errEmptyCell)
		}
	}
}

// checkWidth refuses a row with more filled cells than the header has
// columns: a separator in a cell that is not quoted has most likely split it.
func (c *cells) checkWidth() {
	for _, extra := range c.values[min(len(c.cols.names), len(c.values)):] {
		if strings.TrimSpace(extra) != "" {
			c.failRow(fmt.Errorf("has %d cells but the header names %d columns; does a cell hold the separator without quotes?",
				len(c.values), len(c.cols.names)))
			return
		}
	}
}

// setCell parses a field's cell into dst when the cell is not empty; an
// empty cell leaves dst as it is, so that an update keeps what the file
// does not give.
func setCell[T any](c *cells, f field, dst *T, parse func(string) (T, error)) {
	s, ok := c.text(f)
	if !ok {
		return
	}
	v, err := parse(s)
	if err != nil {
		c.fail(f, err)
		return
	}
	*dst = v
}

func asText(s string) (string, error) { return s, nil }

// past reads a time of something that happened; future one that is due.
func (c *cells) past(s string) (time.Time, error) {
	return lifecycle.ParseWhen(s, c.now, lifecycle.Past)
}

// happened reads the date of something that has happened to a customer:
// its creation, its entering a phase, its archiving. One ahead of now
// would put the customer's history out of order (the book would show a
// phase its history has not reached yet).
func (c *cells) happened(s string) (time.Time, error) {
	t, err := c.past(s)
	if err == nil && t.After(c.now) {
		return t, fmt.Errorf("%q is ahead of now; it must have happened", s)
	}
	return t, err
}

func (c *cells) future(s string) (time.Time, error) {
	return lifecycle.ParseWhen(s, c.now, lifecycle.Future)
}
