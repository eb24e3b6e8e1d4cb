package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tend/ui/words"
)

// archivedBook is the fixture book with Emily Clarke and Henry Wright
// archived.
func archivedBook(t *testing.T) *harness {
	t.Helper()
	b := fixedBook(t)
	for _, name := range []string{"Emily Clarke", "Henry Wright"} {
		if err := b.Archive(t.Context(), idOf(t, b, name), false); err != nil {
			t.Fatal(err)
		}
	}
	return newHarness(t, b, 120, 40)
}

// TestAShowsTheArchivedCustomersAndRBringsOneBack walks the archived
// board: A shows the archived alone and says so, r restores the selected
// one (which u archives again), A goes back to the active customers.
func TestAShowsTheArchivedCustomersAndRBringsOneBack(t *testing.T) {
	h := archivedBook(t)
	if strings.Contains(h.screen(), "Emily Clarke") {
		t.Fatal("an archived customer shows on the board")
	}
	h.press("A")
	screen := h.screen()
	if !strings.Contains(h.lines()[0], "archived customers · A back") || !strings.Contains(screen, "Emily Clarke") ||
		!strings.Contains(screen, "Henry Wright") || strings.Contains(screen, "Jürgen Müller") {
		t.Fatalf("A shows:\n%s", screen)
	}
	if s := h.statusLine(); !strings.Contains(s, "showing the archived customers") {
		t.Errorf("status after A = %q", s)
	}
	emily := h.goTo("Emily Clarke")
	h.press("r")
	if customerIn(t, h.book, emily.ID).Archived() {
		t.Fatal("r left Emily Clarke archived")
	}
	if s := h.statusLine(); !strings.Contains(s, "Restored Emily Clarke to the board") {
		t.Errorf("status after r = %q", s)
	}
	if l := h.lines(); strings.Contains(strings.Join(l[1:len(l)-2], "\n"), "Emily Clarke") {
		t.Errorf("a restored customer still shows among the archived:\n%s", h.screen())
	}
	h.press("u")
	if !customerIn(t, h.book, emily.ID).Archived() || !strings.Contains(h.screen(), "Emily Clarke") {
		t.Errorf("u after r left Emily Clarke archived=%v; screen:\n%s", customerIn(t, h.book, emily.ID).Archived(), h.screen())
	}
	h.press("A")
	if strings.Contains(h.lines()[0], "archived") || strings.Contains(h.screen(), "Emily Clarke") || !strings.Contains(h.screen(), "Jürgen Müller") {
		t.Errorf("A again shows:\n%s", h.screen())
	}
}

// TestTheArchivedBoardKeepsItsCustomersAsTheyAre refuses the keys that
// change a customer until it is restored, and esc goes back.
func TestTheArchivedBoardKeepsItsCustomersAsTheyAre(t *testing.T) {
	h := archivedBook(t)
	h.press("A")
	henry := h.goTo("Henry Wright")
	for _, k := range []string{"c", "b", "e", "m", "H", "L", "n"} {
		h.press(k)
		if !h.on(&boardScreen{}) || customerIn(t, h.book, henry.ID).Phase != "lost" {
			t.Fatalf("%s on an archived card opened %s", k, h.topName())
		}
		if s := h.statusLine(); !strings.Contains(s, "r restores it first") {
			t.Errorf("status after %s on an archived card = %q", k, s)
		}
	}
	h.press("esc")
	if strings.Contains(h.lines()[0], "archived") || strings.Contains(h.screen(), "Henry Wright") {
		t.Errorf("esc on the archived board shows:\n%s", h.screen())
	}
	h.press("r")
	if !customerIn(t, h.book, henry.ID).Archived() {
		t.Error("r on the active board restored an archived customer")
	}
}

// TestRestoringIsInTheAuditTrail finds the restore in the customer's
// history.
func TestRestoringIsInTheAuditTrail(t *testing.T) {
	h := archivedBook(t)
	h.press("A")
	henry := h.goTo("Henry Wright")
	h.press("r")
	entries := historyOf(t, h.book, henry.ID).Audit
	last := entries[len(entries)-1]
	if last.Field != "archived" || last.Old != "true" || last.New != "false" {
		t.Errorf("the audit trail's last entry is %+v, want archived true → false", last)
	}
}

// TestAnArchivedCardIsDimmed draws the same card archived and not: the
// same words, the archived in a fainter style.
func TestAnArchivedCardIsDimmed(t *testing.T) {
	h := newHarness(t, fixedBook(t), 120, 40)
	c := h.selected()
	v := boardView{styles: &h.m.styles, now: h.m.now(), cache: newCardCache()}
	active := strings.Join(drawCard(c, 30, false, v), "\n")
	c.ArchivedAt = h.m.now()
	archived := strings.Join(drawCard(c, 30, false, v), "\n")
	if ansi.Strip(active) != ansi.Strip(archived) || active == archived {
		t.Errorf("an archived card is drawn\n%q, an active one\n%q", archived, active)
	}
	if !strings.Contains(archived, "\x1b[2") && !strings.Contains(archived, ";2m") && !strings.Contains(archived, ";2;") {
		t.Errorf("the archived card is not faint: %q", archived)
	}
}

func TestGoldenArchivedBoard(t *testing.T) {
	h := archivedBook(t)
	checkGoldenScreens(t, h.book, []goldenScreen{
		{"archived_80x24", 80, 24, []string{"A"}},
		{"archived_120x40", 120, 40, []string{"A"}},
	})
}

func TestGermanGoldenArchivedBoard(t *testing.T) {
	t.Cleanup(words.Use(words.German))
	h := archivedBook(t)
	checkGoldenScreens(t, h.book, []goldenScreen{
		{"archived_80x24", 80, 24, []string{"A"}},
		{"archived_120x40", 120, 40, []string{"A"}},
	})
}
