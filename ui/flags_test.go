package ui

import (
	"fmt"
	"strings"
	"testing"

	"tend/data"
	"tend/lifecycle"
)

func TestBoardShowsEachFlagAndCountsThemPerColumn(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 200, 40)
	flagged, err := h.book.TriageList(h.ctx, "", "")
	if err != nil || len(flagged) < 3 {
		t.Fatalf("the fixture has %d flagged customers (%v), want a few", len(flagged), err)
	}
	perPhase := map[string]int{}
	for _, e := range flagged {
		perPhase[e.Phase]++
	}
	for ci, c := range h.m.board.cols {
		header := h.columnText(ci, boardTop+1)
		want := fmt.Sprintf("%s%d", flaggedSymbol, perPhase[c.phase.Key])
		if n := perPhase[c.phase.Key]; (n > 0) != strings.Contains(header, want) || (n == 0 && strings.Contains(header, flaggedSymbol)) {
			t.Errorf("%s header %q, want %d flagged", c.phase.Key, header, n)
		}
	}
	// Lukas Becker's lead has stalled: his card carries the stalled badge;
	// Stefan Hoffmann, just signed, carries none.
	for name, badge := range map[string]string{"Lukas Becker": flagSymbols[lifecycle.Stalled], "Stefan Hoffmann": ""} {
		line := h.cardLine(name)
		has := strings.ContainsAny(line, "◷▲↺")
		if (badge == "") == has || (badge != "" && !strings.Contains(line, badge)) {
			t.Errorf("%s's card line %q, want badge %q", name, line, badge)
		}
	}
}

func TestFKeepsOnlyTheFlaggedOnTheBoard(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 200, 40)
	want, err := h.book.CountCustomers(h.ctx, data.Filter{Flagged: true})
	if err != nil || want == 0 {
		t.Fatalf("%d flagged (%v)", want, err)
	}
	h.press("f")
	shown := 0
	for _, c := range h.m.board.cols {
		shown += c.total.Count
		if c.total.Count != c.total.Flagged {
			t.Errorf("%s shows %d cards, %d of them flagged", c.phase.Key, c.total.Count, c.total.Flagged)
		}
	}
	if shown != want || !strings.Contains(h.lines()[0], "flagged only") {
		t.Errorf("f shows %d cards (want %d), title %q", shown, want, h.lines()[0])
	}
	if strings.Contains(h.screen(), "Stefan Hoffmann") {
		t.Error("an unflagged customer is still on the board")
	}
	h.press("esc")
	if !strings.Contains(h.screen(), "Stefan Hoffmann") || h.m.filter.active() {
		t.Error("esc did not bring every customer back")
	}
}

// cardLine is the first line of the card on screen with the name.
func (h *harness) cardLine(name string) string {
	h.t.Helper()
	lines := h.lines()
	for y := range lines {
		for ci := range h.m.board.cols {
			if text := h.columnTextIn(lines, ci, y); strings.Contains(text, name) {
				return text
			}
		}
	}
	h.t.Fatalf("%q is not on screen", name)
	return ""
}
