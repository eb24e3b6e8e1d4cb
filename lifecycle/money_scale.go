package lifecycle

import "strings"

// scale is a word after an amount that multiplies it, as people write
// large amounts: 12k, 1.5m, 1,5 Mio, 2 Tsd.
type scale struct {
	word   string // as written, for the messages
	factor int64
}

var unscaled = scale{factor: 1}

// scales holds the words read, in lower case, longest first within a
// factor so that "mio." is not read as "m" with a stray "io.".
var scales = []struct {
	word   string
	factor int64
}{
	{"tsd.", 1_000}, {"tsd", 1_000}, {"k", 1_000},
	{"mio.", 1_000_000}, {"mio", 1_000_000}, {"mn", 1_000_000}, {"m", 1_000_000},
	{"mrd.", 1_000_000_000}, {"mrd", 1_000_000_000}, {"bn", 1_000_000_000},
}

// cutScale takes a scale off the end of s. It must follow a digit or a
// space, so that 12km stays refused for its stray letter.
func cutScale(s string) (string, scale) {
	for _, w := range scales {
		n := len(s) - len(w.word)
		if n < 1 || !strings.EqualFold(s[n:], w.word) {
			continue
		}
		if c := s[n-1]; c == ' ' || '0' <= c && c <= '9' {
			return s[:n], scale{word: s[n:], factor: w.factor}
		}
	}
	return s, unscaled
}

// places is how many decimals the scale leaves in whole cents: 2 unscaled,
// 5 for thousands.
func (sc scale) places() int {
	n := 2
	for f := sc.factor; f > 1; f /= 10 {
		n++
	}
	return n
}

// ambiguous tells a number whose only mark stands once, before exactly three
// digits: 12.345 groups thousands unscaled, but 12.345k may mean 12,345.
func ambiguous(s string) bool {
	s = strings.TrimSpace(s)
	marks := nonDigits(s)
	if len(marks) != 1 || marks == " " || s[0] == '0' {
		return false
	}
	i := strings.IndexAny(s, ".,")
	return i > 0 && len(s)-i-1 == 3
}

// ambiguity says how to write an ambiguous scaled number either way.
func (sc scale) ambiguity(s string) error {
	s = strings.TrimSpace(s)
	joined := strings.Map(func(r rune) rune {
		if r == '.' || r == ',' {
			return -1
		}
		return r
	}, s) + sc.word
	padded := s + "0" + sc.word
	return Problemf(CodeAmountScaleTwoWays, Values{"Joined": joined, "Padded": padded},
		"reads two ways: write %s or %s", joined, padded)
}
