package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// invariants checks what must hold after any input once its commands have
// run: the cursors point at something, the screen is exactly the window's
// size, and the board counts what the book holds.
func invariants(h *harness) error {
	for _, check := range []func(*harness) error{cursorsInRange, viewFits, countsMatchBook} {
		if err := check(h); err != nil {
			return err
		}
	}
	return nil
}

// cursorsInRange checks the focused column, each column's cursor, the
// re-engagement list's cursor and the insights' scroll.
func cursorsInRange(h *harness) error {
	b := &h.m.board
	if b.focus < 0 || b.focus >= max(len(b.cols), 1) {
		return fmt.Errorf("focus %d of %d columns", b.focus, len(b.cols))
	}
	for _, c := range b.cols {
		if n := c.total.Count; c.cursor < 0 || c.cursor >= max(n, 1) {
			return fmt.Errorf("column %s: cursor %d of %d cards", c.phase.Key, c.cursor, n)
		}
	}
	tr := &h.m.triage
	if tr.loaded && (tr.cursor < 0 || tr.cursor >= max(len(tr.entries), 1)) {
		return fmt.Errorf("re-engagement list: cursor %d of %d entries", tr.cursor, len(tr.entries))
	}
	if in := &h.m.insights; in.scroll < 0 || in.section < 0 || int(in.section) >= len(sectionNames()) {
		return fmt.Errorf("insights: section %d scrolled to %d", in.section, in.scroll)
	}
	return nil
}

// viewFits checks that the screen has the window's height in lines and no
// line wider than the window, so the terminal neither scrolls nor wraps.
func viewFits(h *harness) error {
	m := h.m
	lines := strings.Split(m.View().Content, "\n")
	if len(lines) != m.height {
		return fmt.Errorf("%d lines on a %dx%d screen:\n%s", len(lines), m.width, m.height, ansi.Strip(m.View().Content))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > m.width {
			return fmt.Errorf("line %d is %d cells on a %dx%d screen: %q", i, w, m.width, m.height, ansi.Strip(l))
		}
	}
	return nil
}

// countsMatchBook checks each column's count against the book's totals for
// the filter in force.
func countsMatchBook(h *harness) error {
	totals, err := h.book.PhaseTotals(h.ctx, h.m.filter.value())
	if err != nil {
		return err
	}
	for _, c := range h.m.board.cols {
		if got, want := c.total.Count, totals[c.phase.Key].Count; got != want {
			return fmt.Errorf("column %s counts %d, the book %d (filter %+v)", c.phase.Key, got, want, h.m.filter.value())
		}
	}
	return nil
}
