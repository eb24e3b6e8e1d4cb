package cli

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// indentedJSON writes a value of a JSON list by hand, byte for byte as
// writeJSONList's encoder indents it, for a list long enough that the
// encoder's reflection and second pass over its own output were a good
// part of the command's time (tend risk --json of thousands of customers).
type indentedJSON struct {
	b []byte
	// first tells, for each object or array open, whether nothing is in
	// it yet.
	first []bool
	// bad is set by a number JSON cannot hold; the value is then written
	// by the encoder, which says what is wrong.
	bad bool
}

// open begins an object ('{') or an array ('[').
func (j *indentedJSON) open(c byte) {
	j.b = append(j.b, c)
	j.first = append(j.first, true)
}

// close ends what open began: an empty one on the same line, as the
// encoder writes it.
func (j *indentedJSON) close(c byte) {
	empty := j.first[len(j.first)-1]
	j.first = j.first[:len(j.first)-1]
	if !empty {
		j.newLine()
	}
	j.b = append(j.b, c)
}

// item begins the next value of an array.
func (j *indentedJSON) item() {
	if !j.first[len(j.first)-1] {
		j.b = append(j.b, ',')
	}
	j.first[len(j.first)-1] = false
	j.newLine()
}

// key begins the next member of an object.
func (j *indentedJSON) key(name string) {
	j.item()
	j.str(name)
	j.b = append(j.b, ':', ' ')
}

// newLine starts a line at the depth of what is open, after the list's
// own indent.
func (j *indentedJSON) newLine() {
	j.b = append(j.b, '\n', ' ', ' ')
	for range j.first {
		j.b = append(j.b, ' ', ' ')
	}
}

func (j *indentedJSON) int(n int64) { j.b = strconv.AppendInt(j.b, n, 10) }

// float writes f as encoding/json does: the shortest form that reads
// back the same, with an exponent only for the very small and the very
// large.
func (j *indentedJSON) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		j.bad = true
		return
	}
	format, abs := byte('f'), math.Abs(f)
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	j.b = strconv.AppendFloat(j.b, f, format, -1, 64)
	if n := len(j.b); format == 'e' && n >= 4 && j.b[n-4] == 'e' && j.b[n-3] == '-' && j.b[n-2] == '0' {
		j.b[n-2] = j.b[n-1] // e-07 as e-7
		j.b = j.b[:n-1]
	}
}

// floatOrNull writes *f, or null for none.
func (j *indentedJSON) floatOrNull(f *float64) {
	if f == nil {
		j.b = append(j.b, "null"...)
		return
	}
	j.float(*f)
}

// str writes s quoted as encoding/json does without escaping HTML:
// quotes, backslashes and controls escaped, a byte that is not UTF-8 as
// U+FFFD, and the line and paragraph separators escaped for JavaScript.
func (j *indentedJSON) str(s string) {
	j.b = append(j.b, '"')
	for i := 0; i < len(s); {
		if n := plainRun(s[i:]); n > 0 {
			j.b = append(j.b, s[i:i+n]...)
			i += n
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			j.ascii(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			j.b = append(j.b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			j.b = append(j.b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			j.b = append(j.b, s[i:i+size]...)
		}
		i += size
	}
	j.b = append(j.b, '"')
}

const hexDigits = "0123456789abcdef"

// plainRun is how many bytes s begins with that a quoted text holds as
// they are: printable ASCII but the quote and the backslash, the most of
// any name or sentence, copied at once rather than a byte at a time.
func plainRun(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' {
			return i
		}
	}
	return len(s)
}

// ascii writes an ASCII byte of a quoted text, escaped where JSON must.
func (j *indentedJSON) ascii(c byte) {
	switch {
	case c == '"' || c == '\\':
		j.b = append(j.b, '\\', c)
	case c >= 0x20:
		j.b = append(j.b, c)
	case c == '\n':
		j.b = append(j.b, '\\', 'n')
	case c == '\r':
		j.b = append(j.b, '\\', 'r')
	case c == '\t':
		j.b = append(j.b, '\\', 't')
	case c == '\b':
		j.b = append(j.b, '\\', 'b')
	case c == '\f':
		j.b = append(j.b, '\\', 'f')
	default:
		j.b = append(j.b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
	}
}
