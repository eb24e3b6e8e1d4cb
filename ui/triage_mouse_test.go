package ui

import (
	"image"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tend/lifecycle"
)

// triageRow is the screen row of the i-th customer's line (the second
// line where each takes two).
func (h *harness) triageRow(i, line int) int {
	s := &h.m.triage
	return bodyTop + triageHeaderLines + (i-s.top)*s.entryRows() + line
}

// tickingClock sets the model's clock to one the test moves.
func (h *harness) tickingClock() *time.Time {
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	h.m.clock = func() time.Time { return now }
	return &now
}

func TestClickingATriageLineSelectsIt(t *testing.T) {
	t.Parallel()
	for _, w := range []int{80, 120} {
		h := newHarness(t, fixedBook(t), w, 24)
		h.press("t")
		h.send(click(image.Pt(10, h.triageRow(3, h.m.triage.entryRows()-1))))
		if e, _ := h.m.triage.selected(); e.Name != "Petra Schulz" || !h.on((*triageList)(nil)) {
			t.Errorf("at %d columns the click selected %s on %s, want Petra Schulz on the list", w, e.Name, h.topName())
		}
		h.send(click(image.Pt(10, bodyTop+1))) // the column names
		if h.m.triage.cursor != 3 {
			t.Errorf("at %d columns a click on the column names moved the cursor to %d", w, h.m.triage.cursor)
		}
	}
}

func TestDoubleClickingATriageLineOpensTheCustomer(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("t")
	now := h.tickingClock()
	row := h.triageRow(2, 0)
	h.send(click(image.Pt(10, row)))
	*now = now.Add(600 * time.Millisecond)
	h.send(click(image.Pt(10, row)))
	if !h.on((*triageList)(nil)) {
		t.Fatalf("two clicks 600 ms apart opened %s", h.topName())
	}
	h.send(click(image.Pt(10, h.triageRow(1, 0))))
	*now = now.Add(100 * time.Millisecond)
	h.send(click(image.Pt(10, row)))
	if !h.on((*triageList)(nil)) {
		t.Fatalf("clicks on two customers opened %s", h.topName())
	}
	*now = now.Add(300 * time.Millisecond)
	h.send(click(image.Pt(40, row+1))) // the reason's line is the customer's too
	c := h.customer()
	if c == nil || c.customer.Name != "Henry Wright" {
		t.Fatalf("the double click opened %s, want Henry Wright's screen", h.topName())
	}
}

func TestClicksTellADoubleClick(t *testing.T) {
	t0 := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	var c clicks
	for i, tt := range []struct {
		on    int64
		after time.Duration
		want  bool
	}{
		{1, 0, false},
		{1, 400 * time.Millisecond, true},
		{1, 450 * time.Millisecond, false}, // a third click starts anew
		{1, 850 * time.Millisecond, true},
		{1, 900 * time.Millisecond, false},
		{2, 950 * time.Millisecond, false},
		{2, 800 * time.Millisecond, false}, // the clock went back
	} {
		if got := c.click(tt.on, t0.Add(tt.after)); got != tt.want {
			t.Errorf("click %d on %d at +%v: double %v, want %v", i, tt.on, tt.after, got, tt.want)
		}
	}
}

func TestClickingATriageFilterShowsIt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("t")
	line := h.lines()[bodyTop]
	x := ansi.StringWidth(line[:strings.Index(line, "stalled")])
	h.send(click(image.Pt(x+2, bodyTop)))
	if h.m.triage.kind != lifecycle.Stalled || len(h.m.triage.entries) != 1 {
		t.Errorf("the click shows the %q list of %d", h.m.triage.kind, len(h.m.triage.entries))
	}
	h.send(click(image.Pt(len("Re-engagement  a"), bodyTop)))
	if h.m.triage.kind != "" {
		t.Errorf("a click on all shows the %q list", h.m.triage.kind)
	}
}

// TestTheWheelScrollsTheTriageList scrolls a list taller than a short
// terminal: the lines move, the cursor stays on screen, and the list does
// not scroll past either end.
func TestTheWheelScrollsTheTriageList(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 14)
	h.press("t")
	s := &h.m.triage
	if s.listHeight() >= len(s.entries) {
		t.Fatalf("the list of %d fits the %d lines", len(s.entries), s.listHeight())
	}
	down := wheel(image.Pt(10, h.triageRow(1, 0)), tea.MouseWheelDown)
	h.send(down, down, down)
	if s.top != len(s.entries)-s.listHeight() || s.cursor != s.top {
		t.Errorf("after the wheel top %d and cursor %d, want %d for both", s.top, s.cursor, len(s.entries)-s.listHeight())
	}
	if !strings.Contains(h.screen(), s.entries[len(s.entries)-1].Name) {
		t.Errorf("the last customer is not on screen:\n%s", h.screen())
	}
	up := wheel(image.Pt(10, h.triageRow(1, 0)), tea.MouseWheelUp)
	h.send(up, up, up)
	if s.top != 0 || s.cursor != len(s.entries)-s.listHeight() {
		t.Errorf("after the wheel back top %d and cursor %d, want 0 and the cursor where it stayed on screen", s.top, s.cursor)
	}
}

func TestTheTriageHelpSaysWhatTheMouseDoes(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("t", "?")
	if !strings.Contains(h.screen(), "mouse: click selects, twice opens · wheel scrolls · click a key below") {
		t.Errorf("the list's help does not say what the mouse does:\n%s", h.screen())
	}
}
