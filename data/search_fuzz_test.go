package data

import (
	"context"
	"errors"
	"testing"
	"unicode/utf8"

	"tend/lifecycle"
)

// FuzzSearch gives the search any text: it finds or refuses it as having
// nothing to search for, never fails otherwise, and its marks lie on
// whole characters of its snippets.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{"angeb", "Müller", `"`, `a" OR "b`, "NEAR(a b)", "*", "a*", "-x", "col:x", "^a", "ß", "İstanbul", "\x00", "\u0301e", "&&", "e@c."} {
		f.Add(seed)
	}
	b, _ := searchBook(f)
	f.Fuzz(func(t *testing.T, query string) {
		hits, err := b.Search(context.Background(), query, 10)
		var coded lifecycle.Coded
		if err != nil && (!errors.As(err, &coded) || coded.Code() != CodeSearchNothing) {
			t.Fatalf("search %q: %v", query, err)
		}
		for _, h := range hits {
			for _, m := range h.Marks {
				if m[0] > m[1] || m[1] > len(h.Snippet) || !utf8.ValidString(h.Snippet[m[0]:m[1]]) {
					t.Fatalf("search %q: mark %v in %q", query, m, h.Snippet)
				}
			}
		}
	})
}

// FuzzMarkWords marks any text by any query's words: the marks lie on
// whole words, in order, and each folds to begin with one of the words.
func FuzzMarkWords(f *testing.F) {
	for _, seed := range [][2]string{{"Sent the Angebot", "angeb"}, {"Jörg Müller", "muller jo"}, {"ĲSSEL ß", "ij"}, {"e\u0301t\u00e9", "e"}, {"", "a"}, {"a--b", "b"}} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, text, query string) {
		words := searchWords(query)
		end := 0
		for _, m := range markWords(text, words) {
			if m[0] < end || m[0] >= m[1] || m[1] > len(text) || !utf8.ValidString(text[m[0]:m[1]]) && utf8.ValidString(text) {
				t.Fatalf("mark %v after %d in %q", m, end, text)
			}
			if !beginsWithAny(text[m[0]:m[1]], foldWords(words)) {
				t.Fatalf("mark %q in %q begins with none of %q", text[m[0]:m[1]], text, words)
			}
			end = m[1]
		}
	})
}
