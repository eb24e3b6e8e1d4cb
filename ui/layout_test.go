package ui

import (
	"fmt"
	"image"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// assertFits checks that the screen is exactly the terminal's height and no
// line is wider than the terminal: anything more would scroll or wrap.
func assertFits(t *testing.T, h *harness) {
	t.Helper()
	lines := strings.Split(h.raw(), "\n")
	if len(lines) != h.m.height {
		t.Errorf("%d lines on a terminal of %d:\n%s", len(lines), h.m.height, h.screen())
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > h.m.width {
			t.Errorf("line %d is %d cells on a terminal of %d: %q", i, w, h.m.width, ansi.Strip(l))
		}
	}
}

// screens open each screen of the program from the board.
var screens = []struct {
	name string
	open func(h *harness)
}{
	{"board", func(h *harness) {}},
	{"help", func(h *harness) { h.press("?") }},
	{"picker", func(h *harness) { h.press("m") }},
	{"contact form", func(h *harness) { h.press("c") }},
	{"new customer form", func(h *harness) { h.press("n") }},
	{"edit form", func(h *harness) { h.press("e") }},
	{"filter", func(h *harness) { h.press("/"); h.typeText("mann") }},
	{"customer", func(h *harness) { h.press("enter") }},
	{"customer help", func(h *harness) { h.press("enter", "?") }},
	{"archive question", func(h *harness) { h.press("enter", "a") }},
	{"error in a form", func(h *harness) { h.press("c", "enter") }},
	{"drag", func(h *harness) {
		p := image.Pt(1, boardTop+headerLines)
		h.send(click(p), motion(p.Add(image.Pt(h.m.width/2, 1))))
	}},
}

func TestEveryScreenFitsTheTerminal(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	sizes := []image.Point{{80, 24}, {160, 48}, {200, 60}, {60, 20}, {40, 12}, {30, 8}, {20, 5}, {10, 3}, {1, 1}}
	for _, s := range screens {
		t.Run(s.name, func(t *testing.T) {
			h := newHarness(t, book, 80, 24)
			s.open(h)
			for _, size := range sizes {
				h.send(tea.WindowSizeMsg{Width: size.X, Height: size.Y})
				assertFits(t, h)
			}
		})
	}
}

func TestNarrowTerminalsShowFewerColumns(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	tests := []struct {
		width int
		want  []string // the column labels on screen
	}{
		{200, []string{"Awareness", "Acquisition", "Conversion", "Retention", "Loyalty", "Win-back", "Lost"}},
		{160, []string{"Awareness", "Acquisition", "Conversion", "Retention", "Loyalty", "Win-back ›"}},
		{80, []string{"Awareness", "Acquisition", "Conversion ›"}},
		{60, []string{"Awareness", "Acquisition ›"}},
		{40, []string{"Awareness ›"}},
		{20, []string{"Awareness ›"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.width), func(t *testing.T) {
			h := newHarness(t, book, tt.width, 24)
			h.wholeCards()
			if got := columnLabels(h); !slices.Equal(got, tt.want) {
				t.Errorf("columns %q, want %q", got, tt.want)
			}
		})
	}
}

// columnLabels are the labels in the header line, with the marks that say
// more columns lie to either side.
func columnLabels(h *harness) []string {
	var out []string
	for _, part := range strings.Split(h.lines()[boardTop], "│") {
		f := strings.Fields(part)
		out = append(out, strings.Join(f[:len(f)-1], " ")) // the count goes
	}
	return out
}

func TestFocusedColumnStaysOnScreen(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	labels := []string{"Awareness", "Acquisition", "Conversion", "Retention", "Loyalty", "Win-back", "Lost"}
	for _, width := range []int{20, 40, 60, 80, 130} {
		for _, compact := range []bool{false, true} {
			t.Run(fmt.Sprint(width, " compact ", compact), func(t *testing.T) {
				focusStaysOnScreen(t, newHarness(t, book, width, 24), compact, labels)
			})
		}
	}
}

// focusStaysOnScreen goes through the columns with l and back with h, on
// whole or compact cards, and checks the focused column's label shows.
func focusStaysOnScreen(t *testing.T, h *harness, compact bool, labels []string) {
	t.Helper()
	if h.wholeCards(); compact {
		h.press("z")
	}
	check := func(want int) {
		t.Helper()
		if h.m.board.focus != want {
			t.Fatalf("focus on %d, want %d", h.m.board.focus, want)
		}
		// A narrow column cuts its label short; a compact one shorter.
		n := 7
		if compact {
			n = 4
		}
		label := labels[want][:min(len(labels[want]), n)]
		if header := h.lines()[boardTop]; !strings.Contains(header, label) {
			t.Errorf("focus on %s but the header is %q", labels[want], header)
		}
		assertFits(t, h)
	}
	for i := 1; i < len(labels); i++ {
		h.press("l")
		check(i)
	}
	for i := len(labels) - 2; i >= 0; i-- {
		h.press("h")
		check(i)
	}
}

func TestResizingIsSafe(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		open func(h *harness)
		then func(t *testing.T, h *harness)
	}{
		{"in the middle of a drag", func(h *harness) {
			h.send(click(h.cardPoint(1, 0)), motion(h.columnPoint(2)))
		}, func(t *testing.T, h *harness) {
			h.send(release(image.Pt(5, 5)))
			if h.m.drag.active() {
				t.Error("the drag outlived its release")
			}
		}},
		{"with the contact form open", func(h *harness) {
			h.press("c")
			h.typeText("Resized")
		}, func(t *testing.T, h *harness) {
			h.press("enter")
			if got := historyOf(t, h.book, h.selected().ID).Contacts; len(got) != 2 || got[1].Summary != "Resized" {
				t.Errorf("the form did not save after the resize: %+v", got)
			}
		}},
		{"on the customer screen", func(h *harness) {
			h.press("enter", "G")
		}, func(t *testing.T, h *harness) {
			if s := h.customer().scroll; s < 0 || s > max(len(h.customer().events)-h.customer().timelineHeight(), 0) {
				t.Errorf("timeline scrolled to %d", s)
			}
		}},
	}
	sizes := []image.Point{{40, 12}, {1, 1}, {200, 60}, {20, 5}, {80, 24}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fixedBook(t), 80, 24)
			tt.open(h)
			for _, s := range sizes {
				h.send(tea.WindowSizeMsg{Width: s.X, Height: s.Y})
				assertFits(t, h)
			}
			tt.then(t, h)
			assertFits(t, h)
		})
	}
}
