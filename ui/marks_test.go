package ui

import (
	"context"
	"image"
	"slices"
	"strings"
	"testing"
)

// markedBoard is the fixture's board with whole cards and the customers
// named marked, by selecting each and pressing space; and their ids.
func markedBoard(t *testing.T, names ...string) (*harness, []int64) {
	t.Helper()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards()
	var ids []int64
	for _, name := range names {
		ids = append(ids, h.goTo(name).ID)
		h.press("space")
	}
	return h, ids
}

// phasesOf are the phases the customers of ids are in now.
func phasesOf(t *testing.T, h *harness, ids []int64) []string {
	t.Helper()
	var out []string
	for _, id := range ids {
		out = append(out, customerIn(t, h.book, id).Phase)
	}
	return out
}

func TestMarkedCardsMoveTogetherAndComeBackWithOneUndo(t *testing.T) {
	t.Parallel()
	h, ids := markedBoard(t, "Jürgen Müller", "Emily Clarke", "Katharina Schröder")
	if got := h.statusLine(); !strings.Contains(got, "3 marked · book.tend") {
		t.Errorf("status line %q does not count the marks", got)
	}
	if got := strings.Count(h.screen(), "✓"); got != 3 {
		t.Errorf("%d cards carry the mark, want 3:\n%s", got, h.screen())
	}
	h.press("L") // from Acquisition, where Katharina is: to Conversion
	if got := h.screen(); !strings.Contains(got, "Move 3 customers to Conversion?") {
		t.Fatalf("no question before the move:\n%s", got)
	}
	h.press("y")
	if got := phasesOf(t, h, ids); !slices.Equal(got, []string{"conversion", "conversion", "conversion"}) {
		t.Fatalf("after the move the marked are in %v", got)
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Moved 3 customers to Conversion · u to undo") {
		t.Errorf("status line %q", got)
	}
	h.press("u")
	if got := phasesOf(t, h, ids); !slices.Equal(got, []string{"awareness", "awareness", "acquisition"}) {
		t.Errorf("after one undo the marked are in %v", got)
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Undid the move of 3 customers to Conversion") {
		t.Errorf("status line %q", got)
	}
	if len(h.m.undo) != 0 {
		t.Errorf("%d steps of undo are left, want none", len(h.m.undo))
	}
	h.press("esc")
	if got := h.statusLine(); strings.Contains(got, "marked") || strings.Contains(h.screen(), "✓") {
		t.Errorf("esc left the marks: %q", got)
	}
}

func TestAMarkedCustomerWhoCannotMoveStopsTheMoveOfAll(t *testing.T) {
	t.Parallel()
	h, ids := markedBoard(t, "Jürgen Müller", "Emily Clarke")
	// Another program archives Emily while the marks wait.
	if err := h.book.Archive(context.Background(), ids[1], false); err != nil {
		t.Fatal(err)
	}
	h.press("L", "y")
	if got := phasesOf(t, h, ids); !slices.Equal(got, []string{"awareness", "awareness"}) {
		t.Errorf("a stopped move left the marked in %v", got)
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "could not move the marked customers: Emily Clarke (#") {
		t.Errorf("status line %q does not name the customer who stopped the move", got)
	}
	if got := h.m.marks.ids(); !slices.Equal(got, ids[:1]) {
		t.Errorf("after the re-read %v are marked, want Jürgen alone (Emily is archived)", got)
	}
}

func TestMarksOutliveAReadOfTheBook(t *testing.T) {
	t.Parallel()
	h, _ := markedBoard(t, "Jürgen Müller", "Lukas Becker")
	h.press("f", "f") // the flagged filter on and off: the board is read twice
	if got := h.statusLine(); !strings.Contains(got, "2 marked") {
		t.Errorf("status line %q lost the marks in a read", got)
	}
	h.goTo("Lukas Becker")
	h.press("space")
	if got := h.statusLine(); !strings.Contains(got, "1 marked") {
		t.Errorf("space on a marked card left %q", got)
	}
}

func TestTheActionsOfTheMarkedAreEachOneUndo(t *testing.T) {
	t.Parallel()
	h, ids := markedBoard(t, "Jürgen Müller", "Emily Clarke")
	h.press(".")
	if got := h.screen(); !strings.Contains(got, "2 marked customers") || !strings.Contains(got, "set the owner") {
		t.Fatalf("no actions offered:\n%s", got)
	}
	h.press("1")
	h.typeText("fair25")
	h.press("enter")
	for _, id := range ids {
		if c := customerIn(t, h.book, id); !slices.Contains(c.Tags, "fair25") {
			t.Errorf("%s has tags %v", c.Name, c.Tags)
		}
	}
	h.press(".", "3")
	h.typeText("Kim")
	h.press("enter")
	if got := h.statusLine(); !strings.HasPrefix(got, "Gave 2 customers to Kim · u to undo") {
		t.Errorf("status line %q", got)
	}
	h.press("u", "u")
	for _, id := range ids {
		if c := customerIn(t, h.book, id); slices.Contains(c.Tags, "fair25") || c.Owner == "Kim" {
			t.Errorf("after two undos %s has tags %v, owner %s", c.Name, c.Tags, c.Owner)
		}
	}
	h.press(".", "4")
	if got := h.screen(); !strings.Contains(got, "Archive 2 customers?") {
		t.Fatalf("no question before archiving:\n%s", got)
	}
	h.press("y")
	for _, id := range ids {
		if c := customerIn(t, h.book, id); !c.Archived() {
			t.Errorf("%s was not archived", c.Name)
		}
	}
	if got := h.statusLine(); strings.Contains(got, "marked") {
		t.Errorf("archived customers are still marked: %q", got)
	}
	h.press("u")
	for _, id := range ids {
		if c := customerIn(t, h.book, id); c.Archived() {
			t.Errorf("%s is still archived after the undo", c.Name)
		}
	}
}

// TestArchivingMarksArchivedMeanwhileLeavesNoUndo archives marked
// customers another program archived first: nothing changed, so the
// status line says so and no step of undo is kept.
func TestArchivingMarksArchivedMeanwhileLeavesNoUndo(t *testing.T) {
	t.Parallel()
	h, ids := markedBoard(t, "Jürgen Müller", "Emily Clarke")
	for _, id := range ids {
		if err := h.book.Archive(context.Background(), id, false); err != nil {
			t.Fatal(err)
		}
	}
	h.press(".", "4", "y")
	if got := h.statusLine(); !strings.HasPrefix(got, "The marked customers are archived already") {
		t.Errorf("status line %q", got)
	}
	if len(h.m.undo) != 0 {
		t.Errorf("%d steps of undo after archiving nobody, want none", len(h.m.undo))
	}
}

func TestDotWithoutMarksSaysHowToMark(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press(".")
	if got := h.statusLine(); !strings.HasPrefix(got, "Nothing marked: space marks the selected card") {
		t.Errorf("status line %q", got)
	}
}

func TestDraggingAMarkedCardTakesTheMarkedAlong(t *testing.T) {
	t.Parallel()
	h, ids := markedBoard(t, "Lukas Becker", "Jürgen Müller")
	from, to := h.column("acquisition"), h.column("conversion")
	h.send(click(h.cardPoint(from, 0)))
	h.send(motion(h.cardPoint(from, 0).Add(image.Pt(3, 0))), motion(h.columnPoint(to)), release(h.columnPoint(to)))
	h.press("y")
	if got := phasesOf(t, h, ids); !slices.Equal(got, []string{"conversion", "conversion"}) {
		t.Errorf("after the drag the marked are in %v", got)
	}
}

func TestLinesOfTheReEngagementListAreMarkedToo(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("t", "space", "j", "space")
	if got := h.statusLine(); !strings.Contains(got, "2 marked") || strings.Count(h.screen(), "✓") != 2 {
		t.Fatalf("status line %q, screen:\n%s", got, h.screen())
	}
	ids := h.m.marks.ids()
	h.press(".", "1")
	h.typeText("call-back")
	h.press("enter")
	for _, id := range ids {
		if c := customerIn(t, h.book, id); !slices.Contains(c.Tags, "call-back") {
			t.Errorf("%s has tags %v", c.Name, c.Tags)
		}
	}
	h.press("u")
	for _, id := range ids {
		if c := customerIn(t, h.book, id); slices.Contains(c.Tags, "call-back") {
			t.Errorf("after the undo %s has tags %v", c.Name, c.Tags)
		}
	}
}

// TestTaggingOrHandingOverTheMarkedThatChangesNobodySaysSo tags, untags
// and hands over marked customers who are so already: the status line
// says so, and no step of undo is kept for a change of none.
func TestTaggingOrHandingOverTheMarkedThatChangesNobodySaysSo(t *testing.T) {
	t.Parallel()
	h, _ := markedBoard(t, "Jürgen Müller", "Emily Clarke")
	for _, step := range []struct{ action, value, first, again string }{
		{"1", "fair25", "Tagged 2 customers fair25 · u to undo", "The marked customers are tagged fair25 already"},
		{"2", "fair25", "Took the tag fair25 off 2 customers · u to undo", "None of the marked customers is tagged fair25"},
		{"3", "Kim", "Gave 2 customers to Kim · u to undo", "The marked customers are Kim's already"},
		{"3", "", "Cleared the owner of 2 customers · u to undo", "None of the marked customers has an owner"},
	} {
		for i, want := range []string{step.first, step.again} {
			undo := len(h.m.undo)
			h.press(".", step.action)
			h.typeText(step.value)
			h.press("enter")
			if got := h.statusLine(); !strings.HasPrefix(got, want) {
				t.Errorf("action %s %q, time %d: status line %q, want %q", step.action, step.value, i+1, got, want)
			}
			if kept := len(h.m.undo) - undo; kept != 1-i {
				t.Errorf("action %s %q, time %d: %d steps of undo kept, want %d", step.action, step.value, i+1, kept, 1-i)
			}
		}
	}
}
