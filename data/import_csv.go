package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// table is an import file after decoding: its column names and its rows,
// each with the line it starts on, so that errors can name it. The rows are
// read one at a time, by the import's reading ahead, so that the book is
// written to while the rest of a large file is still being split.
type table struct {
	encoding  string
	separator string
	header    []string
	rows      iter.Seq2[tableRow, *RowError] // each row, or why the file's quoting makes it unreadable
	most      int                            // the most rows the file can have, known before they are read
}

type tableRow struct {
	line  int
	cells []string
}

// readTable decodes a file and splits it into a header and rows, in the
// CDNOW layout or as CSV with the separator its header line uses.
func readTable(raw []byte) (*table, error) {
	text, encoding, err := decodeText(raw)
	if err != nil {
		return nil, err
	}
	if rest, ok := strings.CutPrefix(strings.TrimSpace(text), "["); ok && strings.HasPrefix(strings.TrimSpace(rest), "{") {
		return nil, errors.New("this is JSON; tend imports CSV (tend export --format csv writes it)")
	}
	if t, ok := readCDNOW(text); ok {
		t.encoding = encoding
		return t, nil
	}
	t, err := readCSV(text)
	if err != nil {
		return nil, err
	}
	t.encoding = encoding
	return t, nil
}

var (
	utf8BOM        = []byte{0xef, 0xbb, 0xbf}
	zipMagic       = []byte("PK\x03\x04")
	oleMagic       = []byte{0xd0, 0xcf, 0x11, 0xe0}
	errSpreadsheet = errors.New("this is an Excel workbook, not a CSV file; in Excel choose File › Save as › CSV and import that")
)

// decodeText turns a file's bytes into text and names the encoding it was
// read as: UTF-8 (with or without a byte order mark), UTF-16 with a byte
// order mark (Excel's "Unicode text"), or else Windows-1252, which is what
// Excel writes in Western Europe and the only other encoding such files
// come in. Any byte sequence that is not UTF-8 is valid Windows-1252.
func decodeText(raw []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(raw, zipMagic), bytes.HasPrefix(raw, oleMagic):
		return "", "", errSpreadsheet
	case bytes.HasPrefix(raw, utf8BOM):
		raw = raw[len(utf8BOM):]
	case bytes.HasPrefix(raw, []byte{0xff, 0xfe}), bytes.HasPrefix(raw, []byte{0xfe, 0xff}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", "", fmt.Errorf("cannot read it as UTF-16: %w", err)
		}
		return string(out), "UTF-16", nil
	}
	if utf8.Valid(raw) {
		return string(raw), "UTF-8", nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", fmt.Errorf("cannot read it as Windows-1252: %w", err)
	}
	return string(out), "Windows-1252", nil
}

// separators are the cell separators a CSV file may use, by the name the
// report gives them.
var separators = []struct {
	r    rune
	name string
}{{',', "comma"}, {';', "semicolon"}, {'\t', "tab"}}

// detectSeparator picks the separator that the "sep=;" line Excel may
// write first names, else the one that occurs most often in the header line
// outside quotes; a header without any is one column, comma-separated.
func detectSeparator(text string) (sep rune, name string, hinted bool) {
	text = strings.TrimLeft(text, "\r\n") // as csv skips empty lines
	first, _, _ := strings.Cut(text, "\n")
	if hint, ok := strings.CutPrefix(strings.ToLower(strings.TrimSuffix(first, "\r")), "sep="); ok {
		for _, s := range separators {
			if hint == string(s.r) {
				return s.r, s.name, true
			}
		}
	}
	counts := map[rune]int{}
	quoted := false
	for _, r := range text {
		if r == '"' {
			quoted = !quoted
		}
		if !quoted && (r == '\n' || r == '\r') {
			break
		}
		if !quoted {
			counts[r]++
		}
	}
	best := separators[0]
	for _, s := range separators[1:] {
		if counts[s.r] > counts[best.r] {
			best = s
		}
	}
	return best.r, best.name, false
}

// readCSV reads the header, and leaves the rows to be read by the table's
// rows.
func readCSV(text string) (*table, error) {
	sep, name, hinted := detectSeparator(text)
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sep
	r.FieldsPerRecord = -1
	if hinted {
		r.Read() // the sep= line
	}
	header, err := r.Read()
	var parseErr *csv.ParseError
	switch {
	case errors.Is(err, io.EOF):
		return nil, errors.New("the file is empty; it needs a header line with the column names")
	case errors.As(err, &parseErr):
		return nil, fmt.Errorf("the header line cannot be read: %w", quotingProblem(parseErr))
	case err != nil:
		return nil, err
	}
	return &table{separator: name, header: header, rows: rowsAfterHeader(r), most: linesIn(text[r.InputOffset():])}, nil
}

// linesIn counts the lines of text but for blank ones at its ends.
func linesIn(text string) int {
	if text = strings.TrimSpace(text); text == "" {
		return 0
	}
	return strings.Count(text, "\n") + 1
}

// rowsAfterHeader reads the rows after the header, once. A row that the quoting
// makes unreadable comes as a bad row, and the reading goes on, so that all
// of them are reported at once; rows whose cells are all empty (Excel
// leaves such rows at the end) are left out.
func rowsAfterHeader(r *csv.Reader) iter.Seq2[tableRow, *RowError] {
	return func(yield func(tableRow, *RowError) bool) {
		for {
			cells, err := r.Read()
			var parseErr *csv.ParseError
			switch {
			case errors.Is(err, io.EOF):
				return
			case errors.As(err, &parseErr):
				if !yield(tableRow{}, &RowError{Line: parseErr.StartLine, Err: quotingProblem(parseErr)}) {
					return
				}
				continue
			case err != nil: // the text is in memory: only its quoting can fail
				yield(tableRow{}, &RowError{Err: err})
				return
			}
			line, _ := r.FieldPos(0)
			if !allEmpty(cells) && !yield(tableRow{line: line, cells: cells}, nil) {
				return
			}
		}
	}
}

// quotingProblem says in words what csv found wrong.
func quotingProblem(e *csv.ParseError) error {
	switch {
	case errors.Is(e.Err, csv.ErrQuote):
		return errors.New(`a quoted cell has no closing quote, or a quote inside it is not doubled ("")`)
	case errors.Is(e.Err, csv.ErrBareQuote):
		return errors.New(`a cell that is not quoted has a quote in it (write it as "" inside a quoted cell)`)
	}
	return fmt.Errorf("cannot be read: %w", e.Err)
}

func allEmpty(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
