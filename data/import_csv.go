package data

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"iter"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"

	"tend/lifecycle"
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

// readTable judges a file on a first reading, then decodes it and splits it
// into a header and rows on a second, in the CDNOW layout or as CSV with
// the separator its header line uses. Neither reading holds the file: the
// rows come one at a time. A row too long to read is refused at once, as
// an *ImportError, since reading it would take as much memory as it is
// long.
func readTable(first io.Reader, again func() (io.Reader, error)) (*table, error) {
	j, err := judgeFile(first)
	if err != nil {
		return nil, err
	}
	if j.long != nil {
		return nil, &ImportError{Rows: []RowError{*j.long}}
	}
	if rest, ok := strings.CutPrefix(strings.TrimSpace(j.head), "["); ok && strings.HasPrefix(strings.TrimSpace(rest), "{") {
		return nil, errJSON
	}
	src, err := again()
	if err != nil {
		return nil, err
	}
	text := decoded(src, j.encoding)
	var t *table
	if j.sep == 0 {
		t = readCDNOW(text, j.head, j.records)
	} else if t, err = readCSV(text, j.head, j.records); err != nil {
		return nil, err
	}
	t.encoding = j.encoding
	return t, nil
}

var (
	utf8BOM        = []byte{0xef, 0xbb, 0xbf}
	zipMagic       = []byte("PK\x03\x04")
	oleMagic       = []byte{0xd0, 0xcf, 0x11, 0xe0}
	errSpreadsheet = lifecycle.Problemf(CodeSpreadsheet, nil,
		"this is an Excel workbook, not a CSV file; in Excel choose File › Save as › CSV and import that")
	errJSON = lifecycle.Problemf(CodeJSON, nil, "this is JSON; tend imports CSV")
)

// decoded reads a file as UTF-8 text: UTF-8 without its byte order mark,
// UTF-16 with one (Excel's "Unicode text"), or Windows-1252, which is what
// Excel writes in Western Europe and the only other encoding such files
// come in.
func decoded(src io.Reader, encoding string) *bufio.Reader {
	switch encoding {
	case encUTF16:
		src = transform.NewReader(src, utf16Decoder())
	case encWin1252:
		src = transform.NewReader(src, charmap.Windows1252.NewDecoder())
	}
	text := bufio.NewReaderSize(src, headBytes)
	if bom, _ := text.Peek(len(utf8BOM)); bytes.Equal(bom, utf8BOM) {
		text.Discard(len(utf8BOM))
	}
	return text
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
// rows. head is the start of the text, records how many records it has.
func readCSV(text io.Reader, head string, records int) (*table, error) {
	sep, name, hinted := detectSeparator(head)
	r := csv.NewReader(text)
	r.Comma = sep
	r.FieldsPerRecord = -1
	if hinted {
		r.Read() // the sep= line
		records--
	}
	header, err := r.Read()
	var parseErr *csv.ParseError
	switch {
	case errors.Is(err, io.EOF):
		return nil, lifecycle.Problemf(CodeEmptyFile, nil, "the file is empty; it needs a header line with the column names")
	case errors.As(err, &parseErr):
		return nil, lifecycle.Problemf(CodeHeaderUnreadable, nil, "the header line cannot be read: %w", quotingProblem(parseErr))
	case err != nil:
		return nil, err
	}
	return &table{separator: name, header: header, rows: rowsAfterHeader(r), most: max(records-1, 0)}, nil
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
			case err != nil: // the file could not be read again
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
		return lifecycle.Problemf(CodeQuoteOpen, nil,
			`a quoted cell has no closing quote, or a quote inside it is not doubled ("")`)
	case errors.Is(e.Err, csv.ErrBareQuote):
		return lifecycle.Problemf(CodeQuoteStray, nil,
			`a cell that is not quoted has a quote in it (write it as "" inside a quoted cell)`)
	}
	return lifecycle.Problemf(CodeUnreadable, nil, "cannot be read: %w", e.Err)
}

func allEmpty(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
