package ui

import (
	"slices"
	"strings"
	"testing"
)

// TestHAndLMoveTheMarkedLinesOfTheReEngagementList marks Petra Schulz
// (Retention) and Lukas Becker (Acquisition) on the list: L on Lukas's
// line moves both to the phase after his, after asking, and one u takes
// both back; m offers the phases for the marked.
func TestHAndLMoveTheMarkedLinesOfTheReEngagementList(t *testing.T) {
	h := triageHarness(t)
	h.press("j", "j", "j", "space", "j", "space")
	ids := h.m.marks.ids()
	if e, _ := h.m.triage.selected(); e.Name != "Lukas Becker" || len(ids) != 2 {
		t.Fatalf("%s is selected, %d marked", e.Name, len(ids))
	}
	before := phasesOf(t, h, ids)
	h.press("?")
	if got := h.screen(); !strings.Contains(got, "H/⇧← move left") || !strings.Contains(got, "L/⇧→ move right") || !strings.Contains(got, "move to…") {
		t.Errorf("the help does not offer H, L and m:\n%s", got)
	}
	h.press("esc")
	h.press("L")
	if got := h.screen(); !strings.Contains(got, "Move 2 customers to Conversion?") {
		t.Fatalf("no question before the move:\n%s", got)
	}
	h.press("y")
	if got := phasesOf(t, h, ids); !slices.Equal(got, []string{"conversion", "conversion"}) {
		t.Fatalf("after L the marked are in %v", got)
	}
	if !h.on((*triageList)(nil)) || !strings.HasPrefix(h.statusLine(), "Moved 2 customers to Conversion · u to undo") {
		t.Errorf("after the move %s shows, status %q", h.topName(), h.statusLine())
	}
	h.press("u")
	if got := phasesOf(t, h, ids); !slices.Equal(got, before) || len(h.m.undo) != 0 {
		t.Errorf("after one undo the marked are in %v, want %v; %d steps left", got, before, len(h.m.undo))
	}
	h.press("m")
	if p := h.picker(); p.purpose != pickMarkedPhase || !strings.Contains(h.screen(), "Move 2 marked customers to") {
		t.Errorf("m with marks opened:\n%s", h.screen())
	}
}

// TestHWithoutMarksMovesTheSelectedLine moves Lukas Becker alone from
// Acquisition to Awareness with H, which u takes back.
func TestHWithoutMarksMovesTheSelectedLine(t *testing.T) {
	h := triageHarness(t)
	h.press("j", "j", "j", "j")
	e, _ := h.m.triage.selected()
	h.press("H")
	if got := customerIn(t, h.book, e.ID).Phase; e.Name != "Lukas Becker" || got != "awareness" {
		t.Fatalf("H on %s's line left them in %s", e.Name, got)
	}
	h.press("u")
	if got := customerIn(t, h.book, e.ID).Phase; got != "acquisition" {
		t.Errorf("after the undo Lukas Becker is in %s", got)
	}
}
