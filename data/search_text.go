package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// findFolded finds query in text as the search index does, in any case
// and with accents folded, and gives the byte range in text it covers.
func findFolded(text, query string) (at, end int, ok bool) {
	folded, origin := foldWithOrigin(text)
	q, _ := foldWithOrigin(query)
	i := strings.Index(folded, q)
	if i < 0 || q == "" {
		return 0, 0, false
	}
	j := i + len(q)
	end = len(text)
	if j < len(origin) {
		end = origin[j]
	}
	return origin[i], end, true
}

// foldWithOrigin lowers text and takes the accents off its letters, and
// gives for each byte of the result the byte of text it came from.
func foldWithOrigin(text string) (string, []int) {
	var b strings.Builder
	var origin []int
	for i, r := range text {
		for _, f := range norm.NFD.String(string(r)) {
			if unicode.Is(unicode.Mn, f) {
				continue
			}
			n := b.Len()
			b.WriteRune(unicode.ToLower(f))
			for range b.Len() - n {
				origin = append(origin, i)
			}
		}
	}
	return b.String(), origin
}

// unmark takes the marks of highlight out of text and gives their ranges.
func unmark(text string) (string, [][2]int) {
	var b strings.Builder
	var marks [][2]int
	for _, r := range text {
		switch r {
		case markOpen:
			marks = append(marks, [2]int{b.Len(), b.Len()})
		case markClose:
			if len(marks) > 0 {
				marks[len(marks)-1][1] = b.Len()
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), marks
}

// snippetRunes is how long a snippet is at most, and snippetLead how much
// of it comes before the first match.
const snippetRunes, snippetLead = 80, 24

// shorten cuts text to a snippet of at most snippetRunes characters around
// its first mark, on one line, with an ellipsis where it cut, and moves
// the marks with it; marks outside the snippet go.
func shorten(text string, marks [][2]int) (string, [][2]int) {
	text = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, text)
	if utf8.RuneCountInString(text) <= snippetRunes {
		return text, marks
	}
	start := 0
	if len(marks) > 0 {
		start = backRunes(text, marks[0][0], snippetLead)
	}
	end := forwardRunes(text, start, snippetRunes-2)
	prefix, suffix := "", ""
	if start > 0 {
		prefix = "…"
	}
	if end < len(text) {
		suffix = "…"
	}
	var kept [][2]int
	for _, m := range marks {
		if m[0] >= start && m[1] <= end {
			kept = append(kept, [2]int{m[0] - start + len(prefix), m[1] - start + len(prefix)})
		}
	}
	return prefix + text[start:end] + suffix, kept
}

// backRunes is the byte offset n characters before at in text.
func backRunes(text string, at, n int) int {
	for ; n > 0 && at > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(text[:at])
		at -= size
	}
	return at
}

// forwardRunes is the byte offset n characters after at in text.
func forwardRunes(text string, at, n int) int {
	for ; n > 0 && at < len(text); n-- {
		_, size := utf8.DecodeRuneInString(text[at:])
		at += size
	}
	return at
}
