package ui

import (
	"context"
	"maps"
	"strconv"
	"strings"
	"testing"
)

// TestMNarrowsTheBoardToMine: ben's M shows the customers Ben owns, says
// so on the title line, and M again shows everyone; as "Anke" (his owner
// name set for him) it shows hers.
func TestMNarrowsTheBoardToMine(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	book.Who = "ben"
	bens := map[string]string{"awareness": "2", "acquisition": "2", "conversion": "1", "retention": "1", "loyalty": "1", "win-back": "1", "lost": "1"}
	h := newHarness(t, book, 200, 60) // every column on screen
	h.press("M")
	if got := h.columnCounts(); !maps.Equal(got, bens) {
		t.Errorf("counts with M %v, want Ben's %v", got, bens)
	}
	if got := h.lines()[0]; !strings.Contains(got, "ben's only") {
		t.Errorf("title line %q does not say the board is narrowed", got)
	}
	h.press("M")
	if got := h.columnCounts(); !maps.Equal(got, allCounts) {
		t.Errorf("counts after M again %v, want all %v", got, allCounts)
	}
	if got := h.lines()[0]; strings.Contains(got, "only") {
		t.Errorf("title line %q still narrowed", got)
	}

	if err := book.SetMe(context.Background(), "Anke"); err != nil {
		t.Fatal(err)
	}
	h = newHarness(t, book, 200, 60)
	h.press("M")
	total := 0
	for _, n := range h.columnCounts() {
		k, err := strconv.Atoi(n)
		if err != nil {
			t.Fatal(err)
		}
		total += k
	}
	if total != 11 {
		t.Errorf("Anke's board counts %d customers, want her 11", total)
	}
	h.press("esc")
	if got := h.columnCounts(); !maps.Equal(got, allCounts) {
		t.Errorf("counts after esc %v, want all", got)
	}
}
