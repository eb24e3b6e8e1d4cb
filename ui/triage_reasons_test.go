package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestTriageReasonsReadWholeAtEightyColumns opens the list at 80×24: each
// customer's reason stands whole on the line under the name, however long.
func TestTriageReasonsReadWholeAtEightyColumns(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("t")
	screen := h.screen()
	if len(h.m.triage.entries) == 0 {
		t.Fatal("the list is empty")
	}
	for _, e := range h.m.triage.entries {
		why := h.m.triage.reason(e.ID)
		if len(why) < 20 || !strings.Contains(screen, why) {
			t.Errorf("%s's reason %q is not on screen whole:\n%s", e.Name, why, screen)
		}
	}
	if !strings.Contains(screen, "no contact for 64 days (limit 45 while the contact history is short)") {
		t.Errorf("Petra Schulz's long reason is cut:\n%s", screen)
	}
}

// TestTriageShowsEveryReasonOfTheSelectedCustomer selects a customer
// whose flag has two reasons, at 80 and 120 columns: the box under the
// list names the flag and the customer and gives both, whole; moving on
// shows the next customer's.
func TestTriageShowsEveryReasonOfTheSelectedCustomer(t *testing.T) {
	t.Parallel()
	for _, w := range []int{80, 120} {
		h := newHarness(t, fixedBook(t), w, 24)
		h.press("t")
		for h.m.triage.entries[h.m.triage.cursor].Name != "Petra Schulz" {
			h.press("j")
		}
		screen := h.screen()
		box := screen[strings.Index(screen, "── ▲ at-risk · Petra Schulz · Schulz Reisen ─"):]
		for _, want := range []string{
			" · no contact for 64 days (limit 45 while the contact history is short)",
			" · no purchase model yet: judged by the rules alone",
		} {
			if !strings.Contains(box, want) {
				t.Errorf("at %d columns the box under the list lacks %q:\n%s", w, want, screen)
			}
		}
		h.press("j")
		if !strings.Contains(h.screen(), "── ◷ stalled · Lukas Becker") {
			t.Errorf("at %d columns the box does not follow the cursor:\n%s", w, h.screen())
		}
	}
}

// TestTriageLongReasonsAreCutInTheBoxWithAMark gives the selected customer
// more reasons than the box holds: the last line kept says more follow.
func TestTriageLongReasonsAreCutInTheBoxWithAMark(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("t")
	e, _ := h.m.triage.selected()
	h.m.triage.reasons[e.ID] = []string{"one", "two", strings.Repeat("three ", 20), "four"}
	lines := h.m.triage.detail(&h.m.styles)
	if len(lines) != h.m.triage.detailRows() || !strings.HasSuffix(lines[len(lines)-1], " …") {
		t.Errorf("the box is %d lines, want %d, the last ending in a mark: %q", len(lines), h.m.triage.detailRows(), lines)
	}
}

// TestTriageGoldenScreens are the list at the three sizes a user meets:
// two lines a customer at 80 columns, one at 120 and 200, and the box of
// the selected customer's reasons under the list.
func TestTriageGoldenScreens(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	for _, tt := range []struct {
		name          string
		width, height int
	}{
		{"triage_80x24", 80, 24},
		{"triage_120x40", 120, 40},
		{"triage_200x60", 200, 60},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, book, tt.width, tt.height)
			h.press("t", "j", "j", "j")
			golden.RequireEqual(t, h.screen())
		})
	}
}
