package lifecycle

import "testing"

func TestNearestFindsTheKeyMistyped(t *testing.T) {
	keys := []string{"board.sort", "board.compact", "flags.stalled-days"}
	for word, want := range map[string]string{
		"board.srot": "board.sort", "Board.Sort": "board.sort", "board.compakt": "board.compact",
		"flags.stalled-day": "flags.stalled-days",
	} {
		if got, ok := Nearest(word, keys); !ok || got != want {
			t.Errorf("Nearest(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
	for _, word := range []string{"colour", "", "sort"} {
		if got, ok := Nearest(word, keys); ok {
			t.Errorf("Nearest(%q) = %q, want none that near", word, got)
		}
	}
}
