package data

import (
	"errors"
	"strings"
	"time"
	"unicode/utf8"

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
	stage    int            // the line of the stage table the row's stage is on, plus one; 0 for none
}

// text returns the trimmed cell of a field, without the quote an export
// puts before a formula, and whether it is non-empty; where it is empty,
// the cell of the field's second column, if the file has one.
func (c *cells) text(f field) (string, bool) {
	if s, ok := c.cell(c.cols.index[f]); ok {
		return s, ok
	}
	return c.cell(c.cols.alt[f])
}

func (c *cells) cell(i int) (string, bool) {
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

// limitFields are the fields of the values the domain limits, by the
// names its limits give them.
var limitFields = map[string]field{"name": fieldName, "company": fieldCompany, "email": fieldEmail, "phone": fieldPhone,
	"owner": fieldOwner, "tag": fieldTags, "tags": fieldTags, "summary": fieldSummary, "note": fieldNote}

// limitField is the field of a value err finds over its limit.
func limitField(err error) (field, bool) {
	var over *lifecycle.LimitError
	if !errors.As(err, &over) {
		return 0, false
	}
	f, ok := limitFields[over.Field]
	return f, ok
}

// failInvalid records why the domain refuses the row's record: against
// the field over its limit, else against the whole row.
func (c *cells) failInvalid(err error) {
	if f, ok := limitField(err); ok {
		c.fail(f, err)
		return
	}
	c.failRow(err)
}

func (c *cells) bad() bool { return len(c.errs) > 0 }

var errEmptyCell = lifecycle.Problemf(CodeEmptyCell, nil, "the cell is empty")

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
			c.failRow(lifecycle.Problemf(CodeCellCount, lifecycle.Values{"Cells": len(c.values), "Columns": len(c.cols.names)},
				"has %d cells but the header names %d columns; does a cell hold the separator without quotes?",
				len(c.values), len(c.cols.names)))
			return
		}
	}
}

// checkText refuses a row with a cell that holds a control character
// other than a tab or a line break, such as a NUL: stored, it would keep
// the customer from being found by name and end up raw in an export.
func (c *cells) checkText() {
	for i, v := range c.values {
		at := strayControlAt(v)
		if at < 0 {
			continue
		}
		column := ""
		if i < len(c.cols.names) {
			column = c.cols.names[i]
		}
		c.errs = append(c.errs, RowError{Line: c.line, Column: column,
			Err: lifecycle.Problemf(CodeControlChar, lifecycle.Values{"Char": string(v[at]), "At": utf8.RuneCountInString(v[:at]) + 1},
				"holds the control character %U at character %d; a cell holds text only", v[at], utf8.RuneCountInString(v[:at])+1)})
	}
}

// strayControlAt is where the first stray control character of s is, or -1.
// They are all single bytes, which no other character of UTF-8 holds, so
// the bytes are looked at, not the characters: every cell of a file is.
func strayControlAt(s string) int {
	for i := range len(s) {
		if b := s[i]; b < 0x20 || b == 0x7f {
			if strayControl(rune(b)) {
				return i
			}
		}
	}
	return -1
}

// strayControl tells the control characters that text has no use for: all
// of C0 and DEL but the tab and the line breaks.
func strayControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f
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
// Dates with slashes are read in the order of the file's system.
func (c *cells) past(s string) (time.Time, error) {
	return lifecycle.ParseWhenOrdered(s, c.now, lifecycle.Past, c.cols.order)
}

// happened reads the date of something that has happened to a customer:
// its creation, its entering a phase, its archiving. One ahead of now
// would put the customer's history out of order (the book would show a
// phase its history has not reached yet).
func (c *cells) happened(s string) (time.Time, error) {
	t, err := c.past(s)
	if err == nil && t.After(c.now) {
		return t, lifecycle.Problemf(CodeAhead, lifecycle.Values{"Date": s}, "%q is ahead of now; it must have happened", s)
	}
	return t, err
}

func (c *cells) future(s string) (time.Time, error) {
	return lifecycle.ParseWhenOrdered(s, c.now, lifecycle.Future, c.cols.order)
}
