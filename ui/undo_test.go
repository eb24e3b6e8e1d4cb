package ui

import (
	"errors"
	"strings"
	"testing"

	"tend/data"
)

func TestUndoTakesBackChangesOneAfterTheOther(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards()
	book := h.book

	// Five changes: a move, a contact, an edit, an archive and an add.
	katharina := h.goTo("Katharina Schröder").ID
	h.press("L")
	jurgen := h.goTo("Jürgen Müller").ID
	h.press("c")
	h.typeText("Sent the price list")
	h.press("enter")
	lukas := h.goTo("Lukas Becker").ID
	h.press("e", "ctrl+u")
	h.typeText("Lukas P. Becker")
	h.press("enter")
	emily := h.goTo("Emily Clarke").ID
	h.press("enter", "a", "y")
	h.press("n")
	h.typeText("Ingrid Neumann")
	h.press("enter")
	ingrid := idOf(t, book, "Ingrid Neumann")

	if got := h.lines()[0]; !strings.HasSuffix(got, "u undo") {
		t.Errorf("title line %q does not offer undo", got)
	}
	for _, s := range undoChecks(t, h, changedIDs{katharina, jurgen, lukas, emily, ingrid}) {
		h.press("u")
		if got := h.statusLine(); !strings.HasPrefix(got, s.status) {
			t.Errorf("status line %q, want %q", got, s.status)
		}
		if err := s.check(); err != nil {
			t.Errorf("after %q: %v", s.status, err)
		}
	}
	if got := h.columnCounts(); got["awareness"] != "4" || got["acquisition"] != "4" || got["conversion"] != "3" {
		t.Errorf("the board counts %v after undoing everything", got)
	}
	if got := h.statusLine(); !strings.HasSuffix(got, "book.tend · 20 customers") {
		t.Errorf("status line %q", got)
	}
	if got := h.lines()[0]; strings.Contains(got, "u undo") {
		t.Errorf("title line %q offers undo with nothing left", got)
	}
}

func TestUndoSelectsTheCustomerItChanged(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	c := h.goTo("Katharina Schröder")
	h.press("L", "L", "l", "l", "l")
	if h.focusedPhase() != "lost" {
		t.Fatalf("focus on %s", h.focusedPhase())
	}
	h.press("u")
	if got := h.selected(); got.ID != c.ID || h.focusedPhase() != "conversion" {
		t.Errorf("after undo %s in %s is selected, want Katharina Schröder in conversion", got.Name, h.focusedPhase())
	}
}

func TestUndoOfAMoveThatWasOvertakenIsRefused(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 200, 60) // room for the whole message
	c := h.goTo("Katharina Schröder")
	h.press("L")
	// Another program moves her on before the undo.
	if _, err := h.book.Move(h.ctx, c.ID, "loyalty", ""); err != nil {
		t.Fatal(err)
	}
	h.press("u")
	if got := customerIn(t, h.book, c.ID).Phase; got != "loyalty" {
		t.Errorf("phase %s, want loyalty: the undo overwrote a later move", got)
	}
	want := "could not undo the move of Katharina Schröder to Conversion: Katharina Schröder has moved again since"
	if got := h.statusLine(); !strings.HasPrefix(got, want) {
		t.Errorf("status line %q, want %q", got, want)
	}
	if !h.m.status.isErr {
		t.Error("the refusal is not shown as an error")
	}
}

// changedIDs are the customers the undo test changes, in order.
type changedIDs struct{ katharina, jurgen, lukas, emily, ingrid int64 }

// undoCheck is what one u says and how the book is checked after it.
type undoCheck struct {
	status string
	check  func() error
}

// undoChecks are the checks of the undo test's five changes, the last
// change first, and then of u with nothing left to undo.
func undoChecks(t *testing.T, h *harness, id changedIDs) []undoCheck {
	book := h.book
	return []undoCheck{
		{"Undid the adding of Ingrid Neumann", func() error {
			if _, err := book.Customer(h.ctx, id.ingrid); !errors.Is(err, data.ErrNotFound) {
				return errors.New("Ingrid Neumann is still in the book")
			}
			return nil
		}},
		{"Undid the archiving of Emily Clarke", func() error {
			if customerIn(t, book, id.emily).Archived() {
				return errors.New("Emily Clarke is still archived")
			}
			return nil
		}},
		{"Undid the edit of Lukas Becker", func() error {
			if got := customerIn(t, book, id.lukas).Name; got != "Lukas Becker" {
				return errors.New("the name is still " + got)
			}
			return nil
		}},
		{"Undid the call logged with Jürgen Müller", func() error {
			if n := len(historyOf(t, book, id.jurgen).Contacts); n != 1 {
				return errors.New("the contact is still stored")
			}
			if got := customerIn(t, book, id.jurgen).LastContactAt; !got.Equal(at("2025-03-10 14:00")) {
				return errors.New("the last contact is " + got.String())
			}
			return nil
		}},
		{"Undid the move of Katharina Schröder to Conversion", func() error {
			c := customerIn(t, book, id.katharina)
			if c.Phase != "acquisition" || !c.PhaseSince.Equal(at("2025-02-01 10:00")) {
				return errors.New("Katharina Schröder is in " + c.Phase + " since " + c.PhaseSince.String())
			}
			return nil
		}},
		{"Nothing to undo", func() error { return nil }},
	}
}
