package ui

import (
	"fmt"
	"strings"
	"testing"

	"tend/lifecycle"
)

// triageHarness opens the re-engagement list on the fixture book.
func triageHarness(t *testing.T) *harness {
	h := newHarness(t, fixedBook(t), 120, 30)
	h.press("t")
	if !h.on((*triageList)(nil)) || !h.m.triage.loaded {
		t.Fatalf("t did not open the list:\n%s", h.screen())
	}
	return h
}

func TestTriageListsTheFlaggedWithTheirTopReason(t *testing.T) {
	t.Parallel()
	h := triageHarness(t)
	list, err := h.book.TriageList(h.ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(h.m.triage.entries) != len(list) || len(list) == 0 {
		t.Fatalf("the screen lists %d, the book %d", len(h.m.triage.entries), len(list))
	}
	screen := h.screen()
	for _, e := range list {
		line, why := lineWith(t, screen, e.Name), h.m.triage.reason(e.ID)
		if !strings.Contains(line, flagSymbols[e.Flag.Kind]) || len(why) < 10 || !strings.Contains(line, why[:10]) {
			t.Errorf("%s's line %q lacks its badge or its reason %q", e.Name, line, why)
		}
	}
	if !strings.Contains(lineWith(t, screen, "Lukas Becker"), "no activity for 24 days") {
		t.Errorf("Lukas Becker's line does not say why:\n%s", screen)
	}
	if !strings.Contains(h.lines()[1], fmt.Sprintf("0 of %d done today", len(list))) {
		t.Errorf("progress line %q", h.lines()[1])
	}
	h.press("tab") // win-back only
	for _, e := range h.m.triage.entries {
		if e.Flag.Kind != lifecycle.WinBack {
			t.Errorf("the win-back filter lists %s for %s", e.Name, e.Flag.Kind)
		}
	}
	if len(h.m.triage.entries) == 0 || len(h.m.triage.entries) == len(list) {
		t.Errorf("the win-back filter lists %d of %d", len(h.m.triage.entries), len(list))
	}
	h.press("esc")
	if !h.on((*boardScreen)(nil)) {
		t.Error("esc did not return to the board")
	}
}

func TestTriageKeysAreStoredAndMoveOn(t *testing.T) {
	t.Parallel()
	h := triageHarness(t)
	total := len(h.m.triage.entries)
	first := h.m.triage.entries[0]
	h.press("s", "2") // snooze 30 days
	snoozed := h.m.triage.entries[0].ID
	if h.m.triage.cursor != 1 || !strings.Contains(lineWith(t, h.screen(), first.Name), "✓ snoozed until") {
		t.Errorf("after s the cursor is on %d and the line says %q", h.m.triage.cursor, lineWith(t, h.screen(), first.Name))
	}
	second := h.m.triage.entries[1]
	h.press("l", "enter") // log the pre-filled attempt
	third := h.m.triage.entries[2]
	h.press("w", "enter") // no reason given
	fourth := h.m.triage.entries[3]
	h.press("x", "y", "enter") // no reason given
	if !strings.Contains(h.lines()[1], fmt.Sprintf("4 of %d done today", total)) {
		t.Errorf("progress line %q", h.lines()[1])
	}
	// What the keys did is in the book.
	after, _ := h.book.TriageList(h.ctx, "", "")
	for _, e := range after {
		if e.ID == snoozed || e.ID == fourth.ID {
			t.Errorf("%s is still flagged after the snooze or giving up", e.Name)
		}
	}
	hist := historyOf(t, h.book, second.ID)
	if last := hist.Contacts[len(hist.Contacts)-1]; last.Summary != attemptSummary(second.Flag.Kind) {
		t.Errorf("the attempt logged %q", last.Summary)
	}
	won := customerIn(t, h.book, third.ID)
	if p, _ := h.m.lc.Find(won.Phase); p.Group != lifecycle.Owning {
		t.Errorf("won back %s is in %s", won.Name, won.Phase)
	}
	if lost := customerIn(t, h.book, fourth.ID); !lost.DoNotContact || lost.Phase != "lost" {
		t.Errorf("given up %s: phase %s, do not contact %v", lost.Name, lost.Phase, lost.DoNotContact)
	}
	// enter opens the customer, esc returns to the list.
	h.press("enter")
	if !h.on((*customerScreen)(nil)) {
		t.Fatal("enter did not open the customer")
	}
	h.press("esc")
	if !h.on((*triageList)(nil)) {
		t.Errorf("esc from the customer went to screen %s, want the list", h.topName())
	}
}

func TestTriageSnoozeUntilADateChecksIt(t *testing.T) {
	t.Parallel()
	h := triageHarness(t)
	id := h.m.triage.entries[0].ID
	h.press("s", "d")
	h.typeText("yesterday")
	h.press("enter")
	if !h.on((*snoozeChooser)(nil)) || !strings.Contains(h.screen(), "yesterday") {
		t.Errorf("a snooze into the past was taken:\n%s", h.screen())
	}
	for range len("yesterday") {
		h.press("backspace")
	}
	h.typeText("+3w")
	h.press("enter")
	if !h.on((*triageList)(nil)) || h.m.triage.done[id] == "" {
		t.Errorf("the snooze by date was not stored: screen %s, done %q", h.topName(), h.m.triage.done[id])
	}
}

// lineWith is the line of screen that holds text.
func lineWith(t *testing.T, screen, text string) string {
	t.Helper()
	return lineWhere(t, screen, text, strings.Contains)
}

// lineStarting is the first line of screen that starts with prefix.
func lineStarting(t *testing.T, screen, prefix string) string {
	t.Helper()
	return lineWhere(t, screen, prefix, strings.HasPrefix)
}

// lineWhere is the first line of screen that matches text.
func lineWhere(t *testing.T, screen, text string, match func(line, text string) bool) string {
	t.Helper()
	for l := range strings.SplitSeq(screen, "\n") {
		if match(l, text) {
			return l
		}
	}
	t.Fatalf("%q is not on screen:\n%s", text, screen)
	return ""
}

func TestTriageIsReadAgainAfterTheStartUpScoring(t *testing.T) {
	t.Parallel()
	h := triageHarness(t)
	first := h.m.triage.entries[0]
	if _, err := h.book.GiveUp(h.ctx, first.ID, lifecycle.Why{}); err != nil { // as if scored meanwhile
		t.Fatal(err)
	}
	h.send(rescoredMsg{changed: 1})
	for _, e := range h.m.triage.entries {
		if e.ID == first.ID {
			t.Fatalf("%s is still listed after the scoring", e.Name)
		}
	}
}

func TestTriageReasonIsThatOfTheListedFlag(t *testing.T) {
	flags := []lifecycle.Flag{
		{Kind: lifecycle.AtRisk, Reasons: []lifecycle.Reason{
			{Code: lifecycle.ReasonSilentShortHistory, Values: map[string]any{"Days": 60, "Limit": 45}},
			{Code: lifecycle.ReasonNoModel},
		}},
		{Kind: lifecycle.WinBack, Reasons: []lifecycle.Reason{
			{Code: lifecycle.ReasonLowPAlive, Values: map[string]any{"PAlive": 0.07, "Purchases": 14}},
		}},
	}
	for kind, want := range map[lifecycle.FlagKind]string{
		"":                "no contact for 60 days (limit 45 while the contact history is short)",
		lifecycle.AtRisk:  "no contact for 60 days (limit 45 while the contact history is short)",
		lifecycle.WinBack: "P(alive) 0.07 after 14 purchases",
		lifecycle.Stalled: "no flag now",
	} {
		if got := reasonFor(flags, kind); got[0] != want {
			t.Errorf("the %q list says first %q, want %q", kind, got[0], want)
		}
	}
}

// TestTriageProgressCountsTheListItIsOn works three customers on the list
// of all, then reads each kind's list and reopens the list: each progress
// counts the customers dealt with that had a flag of its kind, out of those
// and the ones still open, and the list of all keeps its total.
func TestTriageProgressCountsTheListItIsOn(t *testing.T) {
	t.Parallel()
	h := triageHarness(t)
	total := len(h.m.triage.entries)
	doneOf := map[lifecycle.FlagKind]int{"": 3}
	ids := []int64{h.m.triage.entries[0].ID, h.m.triage.entries[1].ID, h.m.triage.entries[2].ID}
	outlooks, err := h.book.Outlooks(h.ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		for _, f := range outlooks[id].Flags {
			doneOf[f.Kind]++
		}
	}
	h.press("l", "enter", "w", "enter", "x", "y")
	for range triageKinds {
		h.press("tab")
		want := fmt.Sprintf("%d of %d done today", doneOf[h.m.triage.kind], doneOf[h.m.triage.kind]+len(h.m.triage.entries))
		if !strings.Contains(h.lines()[1], want) {
			t.Errorf("the %q list says %q, want %q", h.m.triage.kind, h.lines()[1], want)
		}
	}
	h.press("esc", "t")
	if want := fmt.Sprintf("3 of %d done today", total); !strings.Contains(h.lines()[1], want) {
		t.Errorf("reopened, the list says %q, want %q", h.lines()[1], want)
	}
}

// TestTriageWorkedToTheEndStaysDone works every line of the stalled list:
// it says all done, and says so again when the list is opened anew.
func TestTriageWorkedToTheEndStaysDone(t *testing.T) {
	t.Parallel()
	h := triageHarness(t)
	for h.m.triage.kind != lifecycle.Stalled {
		h.press("tab")
	}
	n := len(h.m.triage.entries)
	if n == 0 {
		t.Fatal("no stalled customer to work")
	}
	for range n {
		h.press("s", "2")
	}
	want := fmt.Sprintf("all done for stalled: %d dealt with today", n)
	if !strings.Contains(h.screen(), want) {
		t.Errorf("worked to the end, the list does not say %q:\n%s", want, h.screen())
	}
	h.press("esc", "t")
	for h.m.triage.kind != lifecycle.Stalled {
		h.press("tab")
	}
	if len(h.m.triage.entries) != 0 || !strings.Contains(h.screen(), want) {
		t.Errorf("reopened, the list holds %d and does not say %q:\n%s", len(h.m.triage.entries), want, h.screen())
	}
}
