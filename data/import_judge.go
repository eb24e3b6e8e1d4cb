package data

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"tend/lifecycle"
)

// headBytes is how much of a file is read first, to judge whether it is
// text and how its header line separates the cells.
const headBytes = 64 << 10

// The encodings an import reads, by the names its report gives them.
const (
	encUTF8    = "UTF-8"
	encUTF16   = "UTF-16"
	encWin1252 = "Windows-1252"
)

// judgement is what reading a file once, without keeping it, tells: how
// to decode it and split it into rows, how many rows it has at most, or
// the first row too long to read. The rows themselves are read on a
// second reading, so that no file is ever held whole.
type judgement struct {
	encoding string
	head     string    // the decoded start of the file, to find its layout
	sep      rune      // 0 for the CDNOW layout
	records  int       // the records of the file, header and blank lines too
	long     *RowError // the first row too long to read, where the reading stopped
}

var errNotText = lifecycle.Problemf(CodeNotText, nil, "this is not a text file; tend imports CSV")

// judgeFile reads a file once and judges it; the error is why it cannot
// be imported at all.
func judgeFile(src io.Reader) (*judgement, error) {
	in := bufio.NewReaderSize(src, headBytes)
	head, err := in.Peek(headBytes)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, err
	}
	j := &judgement{encoding: encUTF8}
	switch {
	case bytes.HasPrefix(head, zipMagic), bytes.HasPrefix(head, oleMagic):
		return nil, errSpreadsheet
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}), bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		j.encoding = encUTF16
	}
	if j.head, err = decodeHead(head, j.encoding); err != nil {
		return nil, err
	}
	if !looksLikeText(j.head) {
		return nil, errNotText
	}
	if _, cdnow := cdnowHeadOf(j.head); !cdnow {
		j.sep, _, _ = detectSeparator(j.head)
	}
	return j, j.scan(in)
}

// decodeHead decodes the start of a file as UTF-8 when it is (a rune cut
// at the end of the block aside), else as the file's encoding would.
func decodeHead(head []byte, encoding string) (string, error) {
	if encoding == encUTF16 {
		out, _, err := transform.Bytes(utf16Decoder(), head)
		if err != nil && !errors.Is(err, transform.ErrShortSrc) {
			return "", errNotText
		}
		return string(out), nil
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	if whole := head[:len(head)-partialRune(head)]; utf8.Valid(whole) {
		return string(whole), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(head)
	return string(out), err
}

func utf16Decoder() transform.Transformer {
	return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
}

// looksLikeText tells a text file from a binary one by its start: one in
// ten characters a control character other than a tab or a line break, or
// one that cannot be decoded, is no text a person wrote. A stray one in a
// cell is left to that cell's row to report.
func looksLikeText(head string) bool {
	odd, all := 0, 0
	for _, r := range head {
		all++
		if strayControl(r) || r == utf8.RuneError {
			odd++
		}
	}
	return odd*10 <= all
}

// partialRune is how many bytes at the end of b begin a rune that the
// next block completes.
func partialRune(b []byte) int {
	for n := 1; n <= min(utf8.UTFMax-1, len(b)); n++ {
		if utf8.RuneStart(b[len(b)-n]) {
			if utf8.FullRune(b[len(b)-n:]) {
				return 0
			}
			return n
		}
	}
	return 0
}

// scan reads the whole file, without keeping it: it counts its records,
// notes those too long to read, and tells UTF-8 from Windows-1252.
func (j *judgement) scan(in io.Reader) error {
	if j.encoding == encUTF16 {
		in = transform.NewReader(in, utf16Decoder())
	}
	rows := newRowScanner(byte(j.sep))
	valid := utf8Scanner{valid: true}
	buf := make([]byte, headBytes)
	for {
		n, err := in.Read(buf)
		if j.long = rows.scan(buf[:n]); j.long != nil {
			return nil
		}
		j.records += rows.ended
		if j.encoding == encUTF8 {
			valid.scan(buf[:n])
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
	}
	if rows.size > 0 { // the last row need not end with a line break
		j.records++
	}
	if !valid.done() {
		j.encoding = encWin1252
	}
	return nil
}

// errLongRow is the problem of a row too long to read.
var errLongRow = lifecycle.Problemf(CodeLongRow, lifecycle.Values{"MiB": lifecycle.MaxImportLine >> 20},
	"the row is longer than %d MiB, the most a row may have (a quote that is never closed makes the rest of the file one row)",
	lifecycle.MaxImportLine>>20)

// rowScanner finds where the rows of a CSV file begin and end as
// encoding/csv reads them: a line break ends a row unless it is within a
// quoted cell, and a quote opens a cell only where the cell begins. A row
// that csv refuses for its quoting ends at the end of its line. Separated
// by blanks (sep 0), every line is a row.
type rowScanner struct {
	sep               byte
	special           [256]bool // the bytes that end a run outside quotes
	line, start, size int       // the current line, the line the row began on, its bytes so far
	ended             int       // the rows the last block ended
	quoted, closing   bool
	midCell, broken   bool
}

// newRowScanner scans the rows of a file whose cells sep separates, 0 for
// blanks.
func newRowScanner(sep byte) *rowScanner {
	s := &rowScanner{sep: sep, line: 1, start: 1}
	s.special['\n'] = true
	if sep != 0 {
		s.special['"'], s.special[sep] = true, true
	}
	return s
}

// scan reads a block, and returns the row too long to read, if any: the
// reading stops there, since the file is refused. Runs of bytes that only
// make the row longer are skipped at once.
func (s *rowScanner) scan(p []byte) *RowError {
	s.ended = 0
	for len(p) > 0 {
		n := s.plain(p)
		ends := false
		if n < len(p) {
			ends = s.step(p[n])
			n++
		}
		if s.size += n; s.size > lifecycle.MaxImportLine {
			return &RowError{Line: s.start, Err: errLongRow}
		}
		s.line += bytes.Count(p[:n], newline)
		if ends {
			s.ended++
			s.start, s.size = s.line, 0
		}
		p = p[n:]
	}
	return nil
}

var newline = []byte{'\n'}

// plain is how many bytes at the start of p step would read without
// changing more than that a cell has begun: all up to the next quote
// within a quoted cell, up to the next line break in a row csv gave up,
// else up to the next quote, separator or line break.
func (s *rowScanner) plain(p []byte) int {
	var n int
	switch {
	case s.closing:
		return 0
	case s.quoted:
		n = bytes.IndexByte(p, '"')
	case s.broken:
		n = bytes.IndexByte(p, '\n')
	default:
		for n < len(p) && !s.special[p[n]] {
			n++
		}
	}
	if n < 0 {
		n = len(p)
	}
	if n > 0 && !s.quoted {
		s.midCell = true
	}
	return n
}

// step reads one byte and tells whether it ends a row.
func (s *rowScanner) step(b byte) bool {
	if s.quoted && !s.stepQuoted(b) {
		return false
	}
	switch {
	case b == '\n':
		s.midCell, s.broken = false, false
		return true
	case s.broken:
	case b == s.sep && s.sep != 0:
		s.midCell = false
	case b == '"' && !s.midCell && s.sep != 0:
		s.quoted = true
	case b == '"' && s.sep != 0: // a bare quote: csv gives up the line
		s.broken = true
	default:
		s.midCell = true
	}
	return false
}

// stepQuoted reads a byte inside a quoted cell and tells whether the byte
// is to be read as outside it: the one after the cell's closing quote.
func (s *rowScanner) stepQuoted(b byte) (outside bool) {
	switch {
	case s.closing && b == '"': // a doubled quote
		s.closing = false
	case s.closing: // the cell ended; what follows is read as outside it
		s.quoted, s.closing, s.midCell = false, false, true
		s.broken = b != s.sep && b != '\n' && b != '\r'
		return true
	case b == '"':
		s.closing = true
	}
	return false
}

// utf8Scanner tells whether a file read block by block is valid UTF-8.
type utf8Scanner struct {
	valid bool
	carry []byte // the start of a rune the last block cut off
}

func (u *utf8Scanner) scan(p []byte) {
	if !u.valid || len(p) == 0 {
		return
	}
	if len(u.carry) > 0 {
		n := min(len(p), utf8.UTFMax)
		joined := append(u.carry, p[:n]...)
		r, size := utf8.DecodeRune(joined)
		if r == utf8.RuneError && size <= 1 && !utf8.FullRune(joined) {
			u.carry = joined
			return
		}
		if r == utf8.RuneError && size <= 1 {
			u.valid = false
			return
		}
		p = p[size-len(u.carry):]
		u.carry = u.carry[:0]
	}
	cut := len(p) - partialRune(p)
	u.valid = utf8.Valid(p[:cut])
	u.carry = append(u.carry, p[cut:]...)
}

// done tells whether the file was valid UTF-8 to its end.
func (u *utf8Scanner) done() bool { return u.valid && len(u.carry) == 0 }

// cdnowHeadOf tells whether the start of a file is in the CDNOW layout, and
// on which line its rows start.
func cdnowHeadOf(head string) (start int, ok bool) {
	first, rest, _ := strings.Cut(head, "\n")
	if strings.ContainsAny(first, ",;\t") {
		return 0, false
	}
	if isCDNOWRow(strings.Fields(first)) {
		return 1, true
	}
	second, _, _ := strings.Cut(rest, "\n")
	return 2, isCDNOWRow(strings.Fields(second))
}
