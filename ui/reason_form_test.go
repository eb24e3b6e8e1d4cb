package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// lastMove is a customer's latest phase change.
func (h *harness) lastMoveOf(id int64) (to, key, note string) {
	h.t.Helper()
	moves := historyOf(h.t, h.book, id).PhaseChanges
	m := moves[len(moves)-1]
	return m.To, m.ReasonKey, m.ReasonNote
}

func TestAMoveIntoLostAsksWhyAndKeepsTheAnswer(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	c := h.goTo("James O'Connor")
	h.press("m", "7")
	if !h.on((*reasonForm)(nil)) {
		t.Fatalf("a move into Lost opened %s, not the reason form", h.topName())
	}
	for _, want := range []string{"Why was James O'Connor lost?", "‹ none (skip) ›"} {
		if !strings.Contains(h.screen(), want) {
			t.Errorf("the form lacks %q:\n%s", want, h.screen())
		}
	}
	if got := customerIn(t, h.book, c.ID).Phase; got != "acquisition" {
		t.Fatalf("the customer moved to %s before the form was answered", got)
	}
	h.press("right", "right", "tab")
	h.typeText("froze all spending")
	h.press("enter")
	if to, key, note := h.lastMoveOf(c.ID); !h.on((*boardScreen)(nil)) || to != "lost" || key != "no-budget" || note != "froze all spending" {
		t.Errorf("after enter: screen %s, move to %s for %q, %q", h.topName(), to, key, note)
	}
	h.press("enter")
	if !strings.Contains(h.screen(), "→    moved to Lost · no budget · froze all spending") {
		t.Errorf("the timeline does not tell the reason:\n%s", h.screen())
	}
	h.press("esc", "u")
	if to, key, _ := h.lastMoveOf(c.ID); to != "acquisition" || key != "" {
		t.Errorf("after the undo the latest move is to %s for %q", to, key)
	}
}

func TestEscOnTheReasonFormLeavesTheCustomerWhereTheyAre(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 120, 30)
	c := h.goTo("Daniel Walker")
	h.press("L") // Win-back → Lost loses the customer
	if !h.on((*reasonForm)(nil)) {
		t.Fatalf("L into Lost opened %s, not the reason form", h.topName())
	}
	h.press("esc")
	if got := customerIn(t, h.book, c.ID).Phase; !h.on((*boardScreen)(nil)) || got != "win-back" {
		t.Errorf("after esc: screen %s, phase %s", h.topName(), got)
	}
	h.press("H") // Win-back → Loyalty takes no lost reason but a won-back one
	if !h.on((*reasonForm)(nil)) || !strings.Contains(h.screen(), "What won Daniel Walker back?") {
		t.Fatalf("a win-back on the board opened %s:\n%s", h.topName(), h.screen())
	}
	h.press("enter")
	if to, key, _ := h.lastMoveOf(c.ID); to != "loyalty" || key != "" {
		t.Errorf("a win-back with no reason picked: to %s for %q", to, key)
	}
	h.press("H") // Loyalty → Retention takes none
	if !h.on((*boardScreen)(nil)) || customerIn(t, h.book, c.ID).Phase != "retention" {
		t.Errorf("a move back within owning asked: %s", h.topName())
	}
}

func TestWonBackOnTheListAsksWhatWonTheCustomerBack(t *testing.T) {
	t.Parallel()
	h := triageHarness(t)
	e, _ := h.m.triage.selected()
	if p, _ := h.m.lc.Find(e.Phase); p.Group != "ended" {
		t.Fatalf("the first line is %s in %s, not an ended phase", e.Name, e.Phase)
	}
	h.press("w")
	if !h.on((*reasonForm)(nil)) || !strings.Contains(h.screen(), "What won "+e.Name+" back?") {
		t.Fatalf("w opened %s:\n%s", h.topName(), h.screen())
	}
	h.press("p", "enter")
	if to, key, _ := h.lastMoveOf(e.ID); !h.on((*triageList)(nil)) || to != "conversion" || key != "personal-contact" {
		t.Errorf("won back: screen %s, move to %s for %q", h.topName(), to, key)
	}
	if !strings.Contains(lineWith(t, h.screen(), e.Name), "✓ won back") {
		t.Errorf("the line is not marked: %q", lineWith(t, h.screen(), e.Name))
	}
}

func TestGoldenReasonForm(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.goTo("James O'Connor")
	h.press("m", "7", "2")
	golden.RequireEqual(t, h.screen())
}

func TestTheFlowOfInsightsSaysWhyCustomersWereLost(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.goTo("James O'Connor")
	h.press("m", "7", "2", "enter")
	h.goTo("Daniel Walker")
	h.press("L", "enter")
	h.goTo("Henry Wright")
	h.press("m", "3", "1", "enter")
	h.press("i", "2")
	for _, want := range []string{" Lost because: no budget 1, no reason given 1", " Won back through: offer 1"} {
		if !strings.Contains(h.screen(), want) {
			t.Errorf("the flow lacks %q:\n%s", want, h.screen())
		}
	}
}

func TestGivingUpOnTheListAsksWhyTheCustomerWasLost(t *testing.T) {
	t.Parallel()
	h := triageHarness(t)
	for i, e := range h.m.triage.entries {
		if e.Name == "Petra Schulz" {
			h.m.triage.cursor = i
		}
	}
	e, _ := h.m.triage.selected()
	if e.Name != "Petra Schulz" || e.Phase != "retention" {
		t.Fatalf("selected %s in %s", e.Name, e.Phase)
	}
	h.press("x", "y")
	if !h.on((*reasonForm)(nil)) || !strings.Contains(h.screen(), "Why was Petra Schulz lost?") {
		t.Fatalf("x y opened %s:\n%s", h.topName(), h.screen())
	}
	h.press("3", "enter")
	if to, key, _ := h.lastMoveOf(e.ID); to != "lost" || key != "competitor" || !customerIn(t, h.book, e.ID).DoNotContact {
		t.Errorf("given up: move to %s for %q", to, key)
	}
}

// skipReason moves on without a reason where a move into an ended phase,
// or out of one, asks why.
func skipReason(h *harness) {
	if h.on((*reasonForm)(nil)) {
		h.press("enter")
	}
}
