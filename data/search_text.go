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

// markWords gives the byte ranges of the words of text that begin with
// one of words, in any case and with accents folded: the words by which
// the index found text.
func markWords(text string, words []string) [][2]int {
	folded := foldWords(words)
	var marks [][2]int
	for start := 0; start < len(text); {
		end := start + strings.IndexFunc(text[start:], func(r rune) bool { return !inWord(r) })
		if end < start {
			end = len(text)
		}
		if end > start && beginsWithAny(text[start:end], folded) {
			marks = append(marks, [2]int{start, end})
		}
		_, size := utf8.DecodeRuneInString(text[end:])
		start = end + size
	}
	return marks
}

// foldWords are words in lower case with their accents taken off.
func foldWords(words []string) []string {
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i], _ = foldWithOrigin(w)
	}
	return folded
}

// beginsWithAny reports whether word, folded, begins with one of prefixes.
func beginsWithAny(word string, prefixes []string) bool {
	w, _ := foldWithOrigin(word)
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
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
