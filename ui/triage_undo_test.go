package ui

import (
	"fmt"
	"strings"
	"testing"
)

// TestTriageActionsAreUndoneLastFirst works four customers of the list
// with the four keys, then takes them back with u one by one: each comes
// back on the list, selected, and the book holds what it held before.
func TestTriageActionsAreUndoneLastFirst(t *testing.T) {
	t.Parallel()
	h := triageHarness(t)
	total := len(h.m.triage.entries)
	var worked []string
	phases := map[int64]string{}
	for _, keys := range [][]string{{"s", "2"}, {"l", "enter"}, {"w", "enter"}, {"x", "y", "enter"}} {
		e, _ := h.m.triage.selected()
		worked = append(worked, e.Name)
		phases[e.ID] = e.Phase
		h.press(keys...)
		if !strings.Contains(h.statusLine(), "· u to undo") {
			t.Errorf("after %v the status line is %q", keys, h.statusLine())
		}
	}
	contacts := countContacts(t, h)
	for i := len(worked) - 1; i >= 0; i-- {
		h.press("u")
		e, ok := h.m.triage.selected()
		if !ok || e.Name != worked[i] {
			t.Errorf("after undo %d %q is selected, want %s", len(worked)-i, e.Name, worked[i])
		}
		if got := h.statusLine(); !strings.HasPrefix(got, "Undid the ") || !strings.Contains(got, worked[i]) {
			t.Errorf("status line %q after undoing %s", got, worked[i])
		}
		if got := customerIn(t, h.book, e.ID); got.Phase != phases[e.ID] || got.DoNotContact {
			t.Errorf("%s is in %s, do not contact %v; want %s and false", e.Name, got.Phase, got.DoNotContact, phases[e.ID])
		}
	}
	if len(h.m.triage.entries) != total || !strings.Contains(h.lines()[1], fmt.Sprintf("0 of %d done today", total)) {
		t.Errorf("after the undos the list holds %d of %d and says %q", len(h.m.triage.entries), total, h.lines()[1])
	}
	if got := countContacts(t, h); got != contacts-1 {
		t.Errorf("%d contacts after the undos, want %d: the attempt was not removed", got, contacts-1)
	}
}

func countContacts(t *testing.T, h *harness) int {
	t.Helper()
	n := 0
	for _, e := range h.m.triage.entries {
		n += len(historyOf(t, h.book, e.ID).Contacts)
	}
	return n
}

// TestTriageUndoTakesBackOneMark works three customers and undoes the
// last: its mark goes and it is selected, the other two keep theirs and
// the progress counts one fewer.
func TestTriageUndoTakesBackOneMark(t *testing.T) {
	t.Parallel()
	h := triageHarness(t)
	total := len(h.m.triage.entries)
	var worked []string
	for _, keys := range [][]string{{"l", "enter"}, {"w", "enter"}, {"x", "y"}} {
		e, _ := h.m.triage.selected()
		worked = append(worked, e.Name)
		h.press(keys...)
	}
	h.press("u")
	screen := h.screen()
	for _, name := range worked[:2] {
		if !strings.Contains(lineWith(t, screen, name), "✓ ") {
			t.Errorf("after the undo %s's line lost its mark: %q", name, lineWith(t, screen, name))
		}
	}
	if line := lineWith(t, screen, worked[2]); strings.Contains(line, "✓ ") {
		t.Errorf("the undone line is still marked: %q", line)
	}
	if e, _ := h.m.triage.selected(); e.Name != worked[2] {
		t.Errorf("after the undo %s is selected, want %s", e.Name, worked[2])
	}
	if !strings.Contains(h.lines()[1], fmt.Sprintf("2 of %d done today", total)) {
		t.Errorf("after the undo the progress says %q, want 2 of %d", h.lines()[1], total)
	}
}
