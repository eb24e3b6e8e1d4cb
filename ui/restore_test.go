package ui

import (
	"slices"
	"strings"
	"testing"
)

// archivedOf says which of the customers of ids are archived now.
func archivedOf(t *testing.T, h *harness, ids []int64) []bool {
	t.Helper()
	var out []bool
	for _, id := range ids {
		out = append(out, customerIn(t, h.book, id).Archived())
	}
	return out
}

func allAre(got []bool, want bool) bool {
	for _, g := range got {
		if g != want {
			return false
		}
	}
	return len(got) > 0
}

// markedArchived is the archived board with both archived customers
// marked, and their ids.
func markedArchived(t *testing.T) (*harness, []int64) {
	t.Helper()
	h := archivedBook(t)
	h.press("A")
	ids := []int64{h.goTo("Emily Clarke").ID}
	h.press("space")
	ids = append(ids, h.goTo("Henry Wright").ID)
	h.press("space")
	return h, ids
}

// TestDotRestoresTheMarkedArchivedCustomersWithOneUndo marks both
// archived customers of the archived board: . offers restoring them
// alone, asks before it, and one u archives both again.
func TestDotRestoresTheMarkedArchivedCustomersWithOneUndo(t *testing.T) {
	h, ids := markedArchived(t)
	h.press(".")
	if p := h.picker(); !slices.Equal(p.labels, []string{"restore"}) || !strings.Contains(h.screen(), "2 marked customers") {
		t.Fatalf(". on marked archived customers offers:\n%s", h.screen())
	}
	h.press("1")
	if got := h.screen(); !strings.Contains(got, "Restore 2 customers?") {
		t.Fatalf("no question before restoring:\n%s", got)
	}
	h.press("y")
	if got := archivedOf(t, h, ids); !allAre(got, false) {
		t.Fatalf("after the restore the marked are archived: %v", got)
	}
	if s := h.statusLine(); !strings.HasPrefix(s, "Restored 2 customers to the board · u to undo") {
		t.Errorf("status after the restore = %q", s)
	}
	h.press("u")
	if got := archivedOf(t, h, ids); !allAre(got, true) {
		t.Errorf("after one undo the customers are archived: %v, want all", got)
	}
	if len(h.m.undo) != 0 {
		t.Errorf("%d steps of undo are left, want none", len(h.m.undo))
	}
}

// TestRWithMarksRestoresTheMarked restores every marked archived customer
// with r, not the selected one alone.
func TestRWithMarksRestoresTheMarked(t *testing.T) {
	h, ids := markedArchived(t)
	h.press("r", "y")
	if got := archivedOf(t, h, ids); !allAre(got, false) {
		t.Errorf("r with two marks left archived: %v", got)
	}
}

// TestAOnAnArchivedCustomersScreenRestoresThem opens an archived
// customer: the footer offers a to restore, a restores at once, u
// archives again.
func TestAOnAnArchivedCustomersScreenRestoresThem(t *testing.T) {
	h := archivedBook(t)
	h.press("A")
	emily := h.goTo("Emily Clarke")
	h.press("enter")
	if !h.on(&customerScreen{}) {
		t.Fatalf("enter opened %s", h.topName())
	}
	if got := h.lines()[len(h.lines())-1]; !strings.Contains(got, "a restore") {
		t.Errorf("the footer of an archived customer's screen is %q", got)
	}
	h.press("a")
	if customerIn(t, h.book, emily.ID).Archived() {
		t.Fatalf("a left Emily Clarke archived; status %q", h.statusLine())
	}
	if s := h.statusLine(); !strings.Contains(s, "Restored Emily Clarke to the board · u to undo") {
		t.Errorf("status after a = %q", s)
	}
	if got := h.lines()[len(h.lines())-1]; !strings.Contains(got, "a archive") {
		t.Errorf("the footer after the restore is %q", got)
	}
	h.press("u")
	if !customerIn(t, h.book, emily.ID).Archived() {
		t.Error("u after a left Emily Clarke restored")
	}
}
