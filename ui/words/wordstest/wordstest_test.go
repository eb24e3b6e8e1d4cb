package wordstest

import (
	"slices"
	"testing"
)

func TestUnmarkedFindsTheWordsOutsideTheMessages(t *testing.T) {
	for _, tt := range []struct {
		name, out string
		known     []string
		want      []string
	}{
		{"a message and a word", "⟦Moved⟧ Acme stray", nil, []string{"Acme", "stray"}},
		{"a message wrapped onto the lines below", "  ⟦no purchases\n  yet, so no\n  forecast⟧  stray", nil, []string{"stray"}},
		{"a message cut short by its column", "⟦no purch…\n  loose", nil, []string{"loose"}},
		{"a message cut short by a box", "⟦no purch│ boxed\n  loose", nil, []string{"boxed", "loose"}},
		{"the book's words and single letters", "Acme q ⟦quit⟧", []string{"Acme Ltd"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Unmarked(tt.out, tt.known...); !slices.Equal(got, tt.want) {
				t.Errorf("Unmarked(%q) = %q, want %q", tt.out, got, tt.want)
			}
		})
	}
}
