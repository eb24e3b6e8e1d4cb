package calendar

import (
	"bufio"
	"strings"
	"unicode/utf8"
)

// Text escapes s as an RFC 5545 TEXT value: backslash, semicolon and comma
// get a backslash, a line break becomes \n, and control characters (which
// the RFC forbids in a value) become U+FFFD so that a hostile name shows
// that something was there without breaking the file.
func Text(s string) string {
	return textEscaper.Replace(cleanText(s))
}

var textEscaper = strings.NewReplacer(
	`\`, `\\`,
	";", `\;`,
	",", `\,`,
	"\n", `\n`,
)

// cleanText keeps line breaks (as \n alone), turns a tab into a space and
// every other control character, and any byte that is not UTF-8, into U+FFFD.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToValidUTF8(s, string(utf8.RuneError)) {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// maxLine is the longest a line may be, in octets, without its CRLF.
const maxLine = 75

// lineWriter writes content lines folded at maxLine octets, never inside
// a UTF-8 sequence, each ended by CRLF. It keeps the first write error.
type lineWriter struct {
	w   *bufio.Writer
	err error
}

func (lw *lineWriter) line(s string) {
	limit := maxLine
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		lw.write(s[:cut] + "\r\n ")
		s = s[cut:]
		// A continuation line begins with the space that folding adds.
		limit = maxLine - 1
	}
	lw.write(s + "\r\n")
}

func (lw *lineWriter) write(s string) {
	if lw.err == nil {
		_, lw.err = lw.w.WriteString(s)
	}
}

func (lw *lineWriter) flush() error {
	if lw.err != nil {
		return lw.err
	}
	return lw.w.Flush()
}
