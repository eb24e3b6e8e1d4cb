package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// hold passes a message to Update and returns the command it gives without
// running it: a write still on its way.
func (h *harness) hold(msg tea.Msg) tea.Cmd {
	next, cmd := h.m.Update(msg)
	h.m = next.(Model)
	return cmd
}

func TestQuitWaitsForTheWritesOnTheirWay(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 120, 40)
	c := h.goTo("Katharina Schröder")
	if c.Phase != "acquisition" {
		t.Fatalf("Katharina Schröder is in %s; the test moves her from acquisition", c.Phase)
	}
	h.press("c")
	h.typeText("Renewal call")
	logged := h.hold(keyPress("enter"))
	moved := h.hold(keyPress("L"))
	h.press("q")
	if h.quit {
		t.Fatal("q ended the board with two writes on their way")
	}
	if got := h.statusLine(); !strings.Contains(got, "Saving the last 2 changes before quitting") {
		t.Errorf("status line %q, want it to say the changes are being saved", got)
	}
	h.run(logged)
	if h.quit {
		t.Fatal("the board ended with the move still on its way")
	}
	if got := h.statusLine(); !strings.Contains(got, "Saving the last change before quitting") {
		t.Errorf("status line %q once the contact is stored", got)
	}
	h.run(moved)
	if !h.quit {
		t.Fatal("the board did not end once both writes were stored")
	}
	hist := historyOf(t, h.book, c.ID)
	if n := len(hist.Contacts); n == 0 || hist.Contacts[n-1].Summary != "Renewal call" {
		t.Errorf("the contact was not stored: %+v", hist.Contacts)
	}
	if got := customerIn(t, h.book, c.ID).Phase; got != "conversion" {
		t.Errorf("phase %s, want conversion: the move was not stored", got)
	}
}

func TestQuitWithNothingOnItsWayIsAtOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 120, 40)
	h.goTo("Katharina Schröder")
	h.press("L") // stored at once: the harness runs each command
	h.press("q")
	if !h.quit {
		t.Error("q did not end the board")
	}
}

func TestAFailedWriteKeepsTheBoardOpenAfterQuit(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 200, 60)
	c := h.goTo("Katharina Schröder")
	h.press("L")
	// Another program moves her on, so the undo is refused.
	if _, err := h.book.Move(h.ctx, c.ID, "loyalty", ""); err != nil {
		t.Fatal(err)
	}
	undo := h.hold(keyPress("u"))
	h.press("q")
	h.run(undo)
	if h.quit {
		t.Fatal("the board ended on a failed write, hiding the error")
	}
	if got := h.statusLine(); !h.m.status.isErr || !strings.HasPrefix(got, "could not undo the move") {
		t.Errorf("status line %q, want the error", got)
	}
	h.press("q")
	if !h.quit {
		t.Error("q after the error did not end the board")
	}
}

func TestAnotherKeyTakesBackTheQuit(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 120, 40)
	h.goTo("Katharina Schröder")
	moved := h.hold(keyPress("L"))
	h.press("q", "?") // the user changes their mind
	h.run(moved)
	if h.quit {
		t.Error("the board ended though a key after q took the quit back")
	}
}
