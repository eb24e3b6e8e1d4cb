// Package text makes text from the book safe and fitted for a terminal:
// cleaned of what could act on the screen, measured in cells, cut to a
// width, counts with their thousands, plain tables. The board and the
// command line both use it; it knows nothing of Bubble Tea.
package text

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Clean makes text from the book safe to send to a terminal on one line:
// escape sequences and other control characters are dropped (so stored data
// can never move the cursor, recolour the screen or write the clipboard),
// line breaks and tabs become spaces, and bidirectional overrides, which
// could reorder the rest of the line, are removed.
func Clean(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteByte(' ')
		case r == unicode.ReplacementChar, unicode.IsControl(r), IsBidiControl(r):
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII, the common case that needs
// no copy.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// EscapeJSONControls rewrites the C1 controls (the 8-bit CSI among them)
// and the bidirectional controls in JSON text as \u escapes, for a
// terminal: they read back as the same strings, but cannot act on the
// screen or reorder the line. JSON holds such characters only inside its
// strings, where an escape means the same.
func EscapeJSONControls(json string) string {
	if isPlain(json) {
		return json
	}
	var b strings.Builder
	b.Grow(len(json))
	done := 0 // json[:done] is in b
	for i, r := range json {
		if (r >= 0x80 && r <= 0x9f) || IsBidiControl(r) {
			b.WriteString(json[done:i])
			fmt.Fprintf(&b, `\u%04x`, r)
			done = i + utf8.RuneLen(r)
		}
	}
	b.WriteString(json[done:])
	return b.String()
}

// IsBidiControl tells the characters that reorder the text around them.
func IsBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c
}

// Fit cleans s and cuts it to at most width cells, ending in "…" when cut.
func Fit(s string, width int) string {
	s = Clean(s)
	if width <= 0 {
		return ""
	}
	if Width(s) <= width {
		return s
	}
	// A cut that ends in a space reads better without it: "Bäckerei…".
	cut := strings.TrimRight(ansi.Truncate(s, width-1, ""), " ")
	return cut + "…"
}

// Width is the number of terminal cells s takes.
func Width(s string) int { return ansi.StringWidth(s) }

// Thousands writes a count with its thousands separated: 1,012,345.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
