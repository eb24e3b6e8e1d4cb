package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tend/data"
	"tend/lifecycle"
)

// TestCustomerScreenFitsTheTerminal draws customers with and without flags
// from roomy terminals down to a single cell: every size gets exactly its
// lines, none wider than the terminal, from the screen itself and not only
// after the root model's clipping.
func TestCustomerScreenFitsTheTerminal(t *testing.T) {
	t.Parallel()
	fixed, demo := fixedBook(t), demoBook(t)
	multi, _ := customerWhere(t, demo, func(_ lifecycle.Customer, o data.Outlook) bool { return len(o.Flags) > 1 })
	customers := []struct {
		book *data.Book
		c    lifecycle.Customer
	}{
		{fixed, customerIn(t, fixed, idOf(t, fixed, "Anna Fischer"))},
		{fixed, customerIn(t, fixed, idOf(t, fixed, "Daniel Walker"))},
		{demo, multi},
	}
	sizes := []struct{ w, h int }{{80, 24}, {20, 8}, {120, 40}, {50, 16}, {37, 30}, {10, 4}, {1, 1}}
	for _, c := range customers {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s %dx%d", c.c.Name, sz.w, sz.h), func(t *testing.T) {
				h := newHarness(t, c.book, sz.w, sz.h)
				h.show(c.c)
				body := h.customer().view(&h.m.styles, h.m.lc, h.m.now())
				checkFits(t, "the customer screen", body, sz.w, h.m.bodyHeight())
				checkFits(t, "the whole screen", h.raw(), sz.w, sz.h)
			})
		}
	}
}

// checkFits fails the test when a drawing has other than height lines or
// a line wider than width.
func checkFits(t *testing.T, what, s string, width, height int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) != height {
		t.Errorf("%s has %d lines, want %d", what, len(lines), height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("%s: line %d is %d cells wide, more than %d: %q", what, i, w, width, ansi.Strip(l))
		}
	}
}
