package data

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"

	"tend/lifecycle"
)

// A vCard file is read in lines, as the library cannot: it knows no line
// numbers, reads a line of any length, and joins neither vCard 2.1's
// quoted-printable lines nor decodes their values. Lines are unfolded and
// joined here, then each card is given to the library as text it reads.

// vcardLine is a logical line of a card: its folded and soft-broken
// physical lines joined.
type vcardLine struct {
	text string
	at   int  // the line of the file it starts on
	long bool // longer than a line may be; its text is cut
}

// lineReader reads the physical lines of a file, counting them, and cuts
// a line longer than lifecycle.MaxImportLine rather than holding it.
type lineReader struct {
	r    *bufio.Reader
	at   int // the number of the line read last
	held *physical
}

type physical struct {
	text string
	at   int
	long bool
}

func newLineReader(r io.Reader) *lineReader { return &lineReader{r: bufio.NewReaderSize(r, 64<<10)} }

// next is the next physical line, without its line break.
func (l *lineReader) next() (*physical, error) {
	if p := l.held; p != nil {
		l.held = nil
		return p, nil
	}
	var buf []byte
	long := false
	for {
		part, err := l.r.ReadSlice('\n')
		if len(buf)+len(part) <= lifecycle.MaxImportLine {
			buf = append(buf, part...)
		} else {
			long = true
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && (len(buf) == 0 || !errors.Is(err, io.EOF)) {
			return nil, err
		}
		l.at++
		return &physical{text: strings.TrimRight(string(buf), "\r\n"), at: l.at, long: long}, nil
	}
}

// unread puts a line back, to be read next.
func (l *lineReader) unread(p *physical) { l.held = p }

// logical reads the next logical line: a physical line with the lines
// that continue it, those folded (starting with a space or a tab) and,
// for a quoted-printable value, those its soft line breaks ("=" at the
// end) join on.
func (l *lineReader) logical() (*vcardLine, error) {
	p, err := l.next()
	if err != nil {
		return nil, err
	}
	line := &vcardLine{text: p.text, at: p.at, long: p.long}
	for {
		soft := quotedPrintable(line.text) && strings.HasSuffix(line.text, "=")
		more, err := l.next()
		if errors.Is(err, io.EOF) {
			return line, nil
		}
		if err != nil {
			return nil, err
		}
		switch {
		case soft:
			line.text = line.text[:len(line.text)-1] + more.text
		case more.text != "" && (more.text[0] == ' ' || more.text[0] == '\t'):
			line.text += more.text[1:]
		default:
			l.unread(more)
			return line, nil
		}
		if line.long = line.long || more.long || len(line.text) > lifecycle.MaxImportLine; line.long {
			line.text = line.text[:min(len(line.text), lifecycle.MaxImportLine)]
		}
	}
}

// quotedPrintable tells whether a line's parameters say its value is
// quoted-printable: ENCODING=QUOTED-PRINTABLE, or vCard 2.1's bare
// QUOTED-PRINTABLE.
func quotedPrintable(line string) bool {
	name, _, ok := strings.Cut(line, ":")
	return ok && strings.Contains(strings.ToUpper(name), "QUOTED-PRINTABLE")
}

// countCards counts the cards a file begins, to size the import by.
func countCards(r io.Reader) (int, error) {
	l := newLineReader(r)
	n := 0
	for {
		p, err := l.next()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		if isBegin(p.text) {
			n++
		}
	}
}

func isBegin(line string) bool {
	return strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(line, "\ufeff")), "BEGIN:VCARD")
}

func isEnd(line string) bool { return strings.EqualFold(strings.TrimSpace(line), "END:VCARD") }

// looksLikeVCard tells whether a file's first bytes begin a card.
func looksLikeVCard(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	return len(head) >= len("BEGIN:VCARD") && strings.EqualFold(string(head[:len("BEGIN:VCARD")]), "BEGIN:VCARD")
}
