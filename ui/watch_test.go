package ui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/data"
	"tend/lifecycle"
)

func TestBoardPicksUpWritesOfAnotherProgram(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards()
	other := openBook(t, h.book.Path())

	// Nothing written: a tick changes nothing.
	h.send(watchTickMsg{})
	if got := h.statusLine(); !strings.HasSuffix(got, "book.tend · 20 customers") {
		t.Fatalf("status line %q", got)
	}

	addCustomer(t, other, customerSpec{name: "Ingrid Neumann", company: "Neumann Werkzeuge", phase: "awareness",
		since: "2025-03-14 08:00", value: 5000,
		contacts: []contactSpec{{at: "2025-03-14 09:00", kind: "call", sentiment: "positive", summary: "Called us"}}})
	if got := h.m.count; got != 20 {
		t.Fatalf("the board saw the write before it looked (%d customers)", got)
	}
	h.send(watchTickMsg{})
	if got := h.statusLine(); !strings.HasSuffix(got, "book.tend · 21 customers") {
		t.Errorf("status line %q, want 21 customers", got)
	}
	if got := strings.Fields(h.columnText(0, boardTop)); !slices.Equal(got, []string{"Awareness", "5"}) {
		t.Errorf("header %q, want Awareness with 5", got)
	}
	// The newest contact comes first; the selection stays on its card.
	if got := h.columnText(0, boardTop+headerLines); !strings.Contains(got, "Ingrid Neumann") {
		t.Errorf("first card %q, want the new customer", got)
	}
	if got := h.selected().Name; got != "Emily Clarke" || h.m.board.cols[0].cursor != 1 {
		t.Errorf("selected %s at %d, want Emily Clarke at 1", got, h.m.board.cols[0].cursor)
	}

	// The other program moves the selected card: the selection follows it.
	emily := h.selected()
	if _, err := other.Move(h.ctx, emily.ID, "conversion", ""); err != nil {
		t.Fatal(err)
	}
	h.send(watchTickMsg{})
	if got := h.selected(); got.ID != emily.ID || h.focusedPhase() != "conversion" {
		t.Errorf("selected %s in %s, want Emily Clarke in conversion", got.Name, h.focusedPhase())
	}
	if got := strings.Fields(h.columnText(h.column("conversion"), boardTop)); !slices.Equal(got, []string{"Conversion", "›", "4"}) {
		t.Errorf("header %q, want Conversion with 4", got)
	}
}

func TestCustomerScreenPicksUpWritesOfAnotherProgram(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	id := h.openCustomer("Anna Fischer")
	other := openBook(t, h.book.Path())
	if _, err := other.EditCustomer(h.ctx, id, func(c *lifecycle.Customer) error {
		c.Owner = "Ben"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	h.send(watchTickMsg{})
	if got := h.lines()[5]; !strings.HasPrefix(got, " Owner        Ben ") {
		t.Errorf("profile line %q, want the owner the other program stored", got)
	}
}

func TestBoardPicksUpALifecycleChangedByAnotherProgram(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 200, 40)
	other := openBook(t, h.book.Path())
	h.press("l", "l") // focus Conversion
	_, err := other.ChangeLifecycle(h.ctx, func(lc lifecycle.Lifecycle) (lifecycle.Lifecycle, error) {
		lc, err := lc.Rename("conversion", "Won")
		if err != nil {
			return lc, err
		}
		return lc.Add("Onboarding", lifecycle.Owning, "won")
	})
	if err != nil {
		t.Fatal(err)
	}
	h.send(watchTickMsg{})
	var labels []string
	for _, c := range h.m.board.cols {
		labels = append(labels, c.phase.Label)
	}
	want := []string{"Awareness", "Acquisition", "Won", "Onboarding", "Retention", "Loyalty", "Win-back", "Lost"}
	if !slices.Equal(labels, want) {
		t.Errorf("columns %v, want %v", labels, want)
	}
	if got := h.focusedPhase(); got != "conversion" {
		t.Errorf("focus on %s, want it kept on the renamed phase", got)
	}
	if !strings.Contains(h.screen(), "Onboarding") {
		t.Error("the new phase is not on screen")
	}
}

func TestBoardShowsABookRestoredByAnotherTend(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	other := openBook(t, h.book.Path())
	backup := filepath.Join(t.TempDir(), "backup.tend")
	if err := other.Backup(h.ctx, backup); err != nil {
		t.Fatal(err)
	}
	addCustomer(t, other, customerSpec{name: "Ingrid Neumann", phase: "awareness", since: "2025-03-14 08:00"})
	h.send(watchTickMsg{})
	h.press("L") // a step to undo, taken on the book as it was
	if len(h.m.undo) == 0 {
		t.Fatal("no step to undo after a move")
	}
	if _, err := data.Restore(h.ctx, h.book.Path(), backup, time.Now()); err != nil {
		t.Fatal(err)
	}
	h.send(watchTickMsg{})
	if got := h.m.status.text; !strings.Contains(got, "restored the book from "+backup) || h.m.count != 20 {
		t.Errorf("status %q with %d customers, want the restore told and the 20 customers of the backup", got, h.m.count)
	}
	if len(h.m.undo) != 0 {
		t.Error("the steps taken before the restore can still be undone")
	}
	h.send(statusExpiredMsg{id: h.m.status.id}, watchTickMsg{})
	if !strings.Contains(h.statusLine(), "restored the book") {
		t.Errorf("status line %q: the restore was told only for a moment", h.statusLine())
	}
	h.press("j")
	if strings.Contains(h.statusLine(), "restored the book") {
		t.Errorf("status line %q still tells the restore after the user acted", h.statusLine())
	}
}

func TestAFormOpenOnABookRestoredElsewhereIsClosedUnsaved(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	other := openBook(t, h.book.Path())
	backup := filepath.Join(t.TempDir(), "backup.tend")
	if err := other.Backup(h.ctx, backup); err != nil {
		t.Fatal(err)
	}
	h.press("c") // the contact form, for a customer of the book as it is
	if !h.on((*contactForm)(nil)) {
		t.Fatalf("screen %s, want the contact form", h.topName())
	}
	if _, err := data.Restore(h.ctx, h.book.Path(), backup, time.Now()); err != nil {
		t.Fatal(err)
	}
	h.send(watchTickMsg{})
	if !h.on((*boardScreen)(nil)) || !strings.Contains(h.m.status.text, "nothing saved") {
		t.Errorf("screen %s, status %q; want the board and the form closed unsaved", h.topName(), h.m.status.text)
	}
}

// A phase hidden by another program while the picker is open is not there
// to move to any more: the board says so rather than closing in silence.
func TestPickingAPhaseHiddenMeanwhileSaysSo(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	other := openBook(t, h.book.Path())
	c := h.goTo("James O'Connor")
	h.press("m")
	if _, err := other.Move(h.ctx, idOf(t, other, "Henry Wright"), "win-back", ""); err != nil {
		t.Fatal(err)
	}
	_, err := other.ChangeLifecycle(h.ctx, func(lc lifecycle.Lifecycle) (lifecycle.Lifecycle, error) {
		return lc.SetHidden("lost", true)
	})
	if err != nil {
		t.Fatal(err)
	}
	h.send(watchTickMsg{})
	h.press("7") // Lost, as the picker still lists it
	if got := customerIn(t, h.book, c.ID).Phase; got != "acquisition" {
		t.Fatalf("James O'Connor moved to %s", got)
	}
	if got := h.statusLine(); !h.m.status.isErr || !strings.Contains(got, "Lost is no longer on the board") {
		t.Errorf("status line %q, want it to say Lost is no longer on the board", got)
	}
}

// The watcher's connections (two on a server) are made once the first
// frame shows, not while the board reads what it shows.
func TestTheWatcherStartsAfterTheFirstFrame(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	m, err := New(t.Context(), book)
	if err != nil {
		t.Fatal(err)
	}
	if m.watcher != nil {
		m.Close()
		t.Fatal("the board watches the book before its first frame")
	}
	h := newHarness(t, book, 80, 24)
	if h.m.watcher == nil {
		t.Fatal("the board does not watch the book once it shows")
	}
}
