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
