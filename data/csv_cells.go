package data

import (
	"encoding/csv"
	"io"
	"strings"
)

// formulaStarts are the first characters that make Excel or LibreOffice
// read a cell as a formula (OWASP's list): a name like =HYPERLINK(…) would
// run, or leak the sheet, when the file is opened.
const formulaStarts = "=+-@\t\r"

// cellQuote is what a spreadsheet takes for "text follows", and what a
// cell that would start a formula is prefixed with.
const cellQuote = '\''

// spreadsheetCell is a cell as tend writes it to CSV: a text that a
// spreadsheet would read as a formula gets a leading quote, as does a text
// that begins with a quote before such a character (or before another
// quote), so that cellText gives back every text exactly. Plain numbers,
// amounts and phone numbers ("-12.50", "+49 30 1234567") stay as they are:
// they cannot call a function or name a cell.
func spreadsheetCell(s string) string {
	if (startsFormula(s) && !plainNumber(s)) || quoteBeforeFormula(s) {
		return string(cellQuote) + s
	}
	return s
}

// cellText undoes spreadsheetCell on a cell an import reads: a leading
// quote before a formula character or another quote is taken off, any other
// (as in 's-Hertogenbosch) is part of the text.
func cellText(s string) string {
	if quoteBeforeFormula(s) {
		return s[1:]
	}
	return s
}

func startsFormula(s string) bool { return s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0 }

func quoteBeforeFormula(s string) bool {
	return len(s) > 1 && s[0] == cellQuote && (s[1] == cellQuote || startsFormula(s[1:]))
}

// plainNumber reports whether s is digits with only the signs, brackets,
// points, slashes and spaces of amounts, dates and phone numbers.
func plainNumber(s string) bool {
	digits := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case strings.IndexByte(" +-()./", c) < 0:
			return false
		}
	}
	return digits
}

// CSVWriter writes CSV whose every cell is safe to open in a spreadsheet
// (see spreadsheetCell). Every CSV tend writes goes through it.
type CSVWriter struct {
	w     *csv.Writer
	cells []string
}

// NewCSVWriter writes CSV to w; call Flush at the end.
func NewCSVWriter(w io.Writer) *CSVWriter { return &CSVWriter{w: csv.NewWriter(w)} }

// Write writes one row.
func (w *CSVWriter) Write(row []string) error {
	w.cells = w.cells[:0]
	for _, cell := range row {
		w.cells = append(w.cells, spreadsheetCell(cell))
	}
	return w.w.Write(w.cells)
}

// WriteAll writes the rows and flushes them.
func (w *CSVWriter) WriteAll(rows [][]string) error {
	for _, row := range rows {
		if err := w.Write(row); err != nil {
			return err
		}
	}
	return w.Flush()
}

// Flush writes what is buffered, and returns the first error of any write.
func (w *CSVWriter) Flush() error {
	w.w.Flush()
	return w.w.Error()
}
