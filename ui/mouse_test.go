package ui

import (
	"image"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
)

// At 80×24 the board shows Awareness, Acquisition and Conversion; the
// drags below take Lukas Becker, first in Acquisition as a stalled lead.

func TestDraggingACardOntoAnotherColumnMovesIt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards()
	from, to := h.column("acquisition"), h.column("conversion")
	c := h.selectedAfter(click(h.cardPoint(from, 0)))
	if c.Name != "Lukas Becker" {
		t.Fatalf("the click selected %s", c.Name)
	}
	h.send(motion(h.cardPoint(from, 0).Add(image.Pt(3, 0))), motion(h.columnPoint(to)))

	if got := h.columnText(to, boardTop+2); !strings.Contains(got, "▼ drop here ▼") {
		t.Errorf("the target column's rule says %q, want the drop mark", got)
	}
	if got := h.columnText(from, boardTop+2); strings.Contains(got, "drop here") {
		t.Errorf("the column the card comes from is marked too: %q", got)
	}
	// The dragged card hangs from the pointer in a box (moved left so that
	// it stays on screen): its name is on the box's first inner line.
	if got := h.lines()[h.columnPoint(to).Y+1]; !strings.HasSuffix(got, "│ Lukas Becker │") {
		t.Errorf("the card is not drawn under the pointer: %q", got)
	}
	if got := customerIn(t, h.book, c.ID).Phase; got != "acquisition" {
		t.Fatalf("moved to %s before the drop", got)
	}

	h.send(release(h.columnPoint(to)))
	if got := customerIn(t, h.book, c.ID).Phase; got != "conversion" {
		t.Errorf("stored phase %s, want conversion", got)
	}
	if got := h.selected(); got.ID != c.ID || h.focusedPhase() != "conversion" {
		t.Errorf("selected %s in %s, want the dropped card in conversion", got.Name, h.focusedPhase())
	}
	if strings.Contains(h.screen(), "drop here") {
		t.Error("the drop mark stayed after the drop")
	}
}

func TestDragIsCancelledWithoutAColumnToDropOn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		finish func(h *harness, from, to int)
	}{
		{"released on the title line", func(h *harness, from, to int) {
			h.send(release(image.Pt(h.columnPoint(to).X, 0)))
		}},
		{"released on the status line", func(h *harness, from, to int) {
			h.send(release(image.Pt(h.columnPoint(to).X, h.m.height-2)))
		}},
		{"released on its own column", func(h *harness, from, to int) {
			h.send(motion(h.columnPoint(from)), release(h.columnPoint(from)))
		}},
		{"another screen before the release", func(h *harness, from, to int) {
			h.press("t")
			h.send(release(h.columnPoint(to)))
			h.press("esc")
			h.send(release(h.columnPoint(to)))
		}},
		{"a screen opened by a message before the release", func(h *harness, from, to int) {
			h.m.openHelp() // a screen over the board, as a conflict's question opens, with no key
			h.send(release(h.columnPoint(to)))
			h.m.closeAll()
			h.send(release(h.columnPoint(to)))
		}},
		{"a key before the release", func(h *harness, from, to int) {
			h.press("j")
			h.send(release(h.columnPoint(to)))
		}},
		{"esc before the release", func(h *harness, from, to int) {
			h.press("esc")
			if strings.Contains(h.screen(), "drop here") {
				h.t.Error("esc left the drop mark")
			}
			h.send(release(h.columnPoint(to)))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fixedBook(t), 80, 24)
			h.wholeCards()
			from, to := h.column("acquisition"), h.column("conversion")
			c := h.selectedAfter(click(h.cardPoint(from, 0)))
			h.send(motion(h.columnPoint(to)))
			tt.finish(h, from, to)
			if got := customerIn(t, h.book, c.ID).Phase; got != "acquisition" {
				t.Errorf("stored phase %s, want acquisition", got)
			}
			if h.m.drag.active() || strings.Contains(h.screen(), "drop here") {
				t.Error("the drag is still on")
			}
		})
	}
}

func TestClickSelectsACard(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards()
	conversion := h.column("conversion")
	p := h.cardPoint(conversion, 1)
	// Both lines of a card take the click.
	for _, at := range []image.Point{p, p.Add(image.Pt(10, 1))} {
		h.press("g", "h", "h")
		c := h.selectedAfter(click(at))
		h.send(release(at))
		if c.Name != "Sophie Turner" || h.focusedPhase() != "conversion" {
			t.Errorf("click at %v selected %s in %s, want Sophie Turner in conversion", at, c.Name, h.focusedPhase())
		}
		if got := customerIn(t, h.book, c.ID).Phase; got != "conversion" {
			t.Errorf("a click moved the card to %s", got)
		}
	}
	// A click on a header focuses the column and keeps its selection.
	h.send(click(image.Pt(h.columnPoint(0).X, boardTop)))
	if got := h.selected().Name; got != "Emily Clarke" || h.focusedPhase() != "awareness" {
		t.Errorf("the header click selected %s in %s", got, h.focusedPhase())
	}
	// A click below the last card of a column selects nothing new.
	h.send(click(image.Pt(h.columnPoint(conversion).X, boardTop+headerLines+3*cardLines+1)))
	if got := h.selected().Name; got != "Sophie Turner" || h.focusedPhase() != "conversion" {
		t.Errorf("the click below the cards selected %s in %s", got, h.focusedPhase())
	}
	// Buttons other than the left one do nothing.
	h.send(tea.MouseClickMsg{X: p.X, Y: p.Y - cardLines, Button: tea.MouseRight})
	if got := h.selected().Name; got != "Sophie Turner" {
		t.Errorf("a right click selected %s", got)
	}
}

// selectedAfter sends a click and returns the card then selected.
func (h *harness) selectedAfter(msg tea.MouseClickMsg) lifecycle.Customer {
	h.t.Helper()
	h.send(msg)
	return h.selected()
}

func TestWheelScrollsTheColumnUnderThePointer(t *testing.T) {
	t.Parallel()
	book, order := longColumnBook(t)
	h := newHarness(t, book, 80, 24)
	h.wholeCards()
	awareness := h.columnPoint(h.column("awareness"))
	tests := []struct {
		at       image.Point
		button   tea.MouseButton
		times    int
		wantTop  int // of Awareness
		wantCurs int
	}{
		{awareness, tea.MouseWheelDown, 3, 3, 3},
		{awareness, tea.MouseWheelUp, 1, 2, 3},
		{h.columnPoint(h.column("acquisition")), tea.MouseWheelDown, 5, 2, 3}, // another column
		{awareness, tea.MouseWheelDown, 40, 42, 42},                           // past what was read at first
		{awareness, tea.MouseWheelDown, 100, 55, 55},                          // stops at the end
		{awareness, tea.MouseWheelUp, 100, 0, 4},
	}
	for _, tt := range tests {
		for range tt.times {
			h.send(wheel(tt.at, tt.button))
		}
		col := &h.m.board.cols[0]
		if col.top != tt.wantTop || col.cursor != tt.wantCurs {
			t.Fatalf("after %d × %v at %v: top %d, cursor %d; want %d, %d", tt.times, tt.button, tt.at, col.top, col.cursor, tt.wantTop, tt.wantCurs)
		}
		if got := h.columnText(0, boardTop+headerLines); !strings.Contains(got, order[tt.wantTop]) {
			t.Errorf("top card on screen %q, want %s", got, order[tt.wantTop])
		}
	}
	if got := h.m.board.cols[h.column("acquisition")].top; got != 0 {
		t.Errorf("Acquisition scrolled to %d; its four cards fit", got)
	}
}
