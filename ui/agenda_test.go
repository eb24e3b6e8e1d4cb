package ui

import (
	"context"
	"image"
	"strings"
	"testing"
	"time"

	"tend/data"
	"tend/lifecycle"
)

// agendaHarness opens the agenda on the fixture book with a follow-up two
// days overdue added for Lukas Becker.
func agendaHarness(t *testing.T) *harness {
	t.Helper()
	book := fixedBook(t)
	lukas := customerNamed(t, book, "Lukas Becker")
	c := lifecycle.Contact{CustomerID: lukas.ID, At: at("2025-03-05 11:00"), Kind: lifecycle.Call, Direction: lifecycle.Out,
		Sentiment: lifecycle.Neutral, Summary: "Promised a price list", FollowUp: at("2025-03-12 00:00")}
	if _, err := book.LogContact(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, book, 120, 30)
	h.press("a")
	if !h.on((*agendaList)(nil)) || !h.m.agenda.loaded {
		t.Fatalf("a did not open the agenda:\n%s", h.screen())
	}
	return h
}

// customerNamed finds a customer of the book by name.
func customerNamed(t *testing.T, b *data.Book, name string) lifecycle.Customer {
	t.Helper()
	c, err := b.Resolve(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// agendaOf reads the book's agenda as of the fixture's today.
func agendaOf(t *testing.T, b *data.Book) data.Agenda {
	t.Helper()
	a, err := b.Agenda(context.Background(), fixedNow, agendaDays)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAgendaShowsOverdueAndComingFollowUpsByDay(t *testing.T) {
	t.Parallel()
	h := agendaHarness(t)
	screen := h.screen()
	for _, want := range []string{"Agenda", "1 overdue", "Overdue", "Lukas Becker", "2 days late: Promised a price list",
		"Thu 2025-03-20", "10:00  ", "Onboarding call booked", "Fri 2025-03-21", "Thanked us for the quick help"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the agenda lacks %q:\n%s", want, screen)
		}
	}
	if got := h.m.agenda.items[h.m.agenda.cursor].Customer; got != "Lukas Becker" {
		t.Errorf("the agenda opens on %s, want the overdue one first", got)
	}
	h.press("esc")
	if !h.on((*boardScreen)(nil)) {
		t.Errorf("esc went to %s, want the board", h.topName())
	}
	if status := h.statusLine(); !strings.Contains(status, "1 overdue") {
		t.Errorf("the board's status line %q does not count the overdue follow-up", status)
	}
}

func TestAgendaMovesFinishesAndUndoes(t *testing.T) {
	t.Parallel()
	h := agendaHarness(t)
	h.press("s", "1") // tomorrow
	a := agendaOf(t, h.book)
	if len(a.Overdue) != 0 || len(a.Days) == 0 || a.Days[0].FollowUps[0].Customer != "Lukas Becker" ||
		!a.Days[0].Day.Equal(time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("after s 1 the agenda is %+v", a)
	}
	if !strings.Contains(h.statusLine(), "Moved the follow-up of Lukas Becker to 2025-03-15") {
		t.Errorf("status after the move: %q", h.statusLine())
	}
	h.press("u")
	if a := agendaOf(t, h.book); len(a.Overdue) != 1 {
		t.Fatalf("undo did not bring the follow-up back overdue: %+v", a)
	}
	h.press("d")
	if a := agendaOf(t, h.book); len(a.Overdue) != 0 {
		t.Errorf("d left the follow-up overdue: %+v", a)
	}
	if strings.Contains(h.screen(), "Promised a price list") {
		t.Errorf("the agenda still lists the follow-up done:\n%s", h.screen())
	}
	h.press("u")
	if a := agendaOf(t, h.book); len(a.Overdue) != 1 {
		t.Errorf("undo did not reopen the follow-up: %+v", a)
	}
}

func TestAgendaMovesToADateTypedAndRefusesThePast(t *testing.T) {
	t.Parallel()
	h := agendaHarness(t)
	h.press("s", "d")
	h.typeText("2025-03-01")
	h.press("enter")
	if !h.on((*followUpMover)(nil)) || !strings.Contains(h.screen(), "pick today or a later day") {
		t.Fatalf("a day past was taken:\n%s", h.screen())
	}
	for range len("2025-03-01") {
		h.press("backspace")
	}
	h.typeText("2025-04-02")
	h.press("enter")
	a := agendaOf(t, h.book)
	if len(a.Overdue) != 0 {
		t.Errorf("the follow-up moved to 2 April is still overdue: %+v", a)
	}
}

func TestAgendaLogsTheAnsweringContactAndOffersTheNext(t *testing.T) {
	t.Parallel()
	h := agendaHarness(t)
	h.press("c")
	form, ok := h.m.top().(*contactForm)
	if !ok {
		t.Fatalf("c opened %s, want the contact form", h.topName())
	}
	if got := form.fields[6].value(); got != "2025-03-21" {
		t.Errorf("the form offers the next follow-up on %q, want a week on", got)
	}
	h.typeText("Sent the price list")
	h.press("enter")
	a := agendaOf(t, h.book)
	if len(a.Overdue) != 0 {
		t.Errorf("the logged contact did not answer the follow-up: %+v", a)
	}
	found := false
	for _, d := range a.Days {
		for _, f := range d.FollowUps {
			found = found || (f.Customer == "Lukas Becker" && f.About == "Sent the price list")
		}
	}
	if !found {
		t.Errorf("the next follow-up is not on the agenda: %+v", a)
	}
}

func TestAgendaClickSelectsAndDoubleClickOpens(t *testing.T) {
	t.Parallel()
	h := agendaHarness(t)
	y := -1
	for i, line := range h.lines() {
		if strings.Contains(line, "Thanked us for the quick help") {
			y = i
		}
	}
	if y < 0 {
		t.Fatalf("no line of the second follow-up:\n%s", h.screen())
	}
	h.send(click(image.Pt(5, y)))
	if f, _ := h.m.agenda.selected(); f.About != "Thanked us for the quick help" {
		t.Errorf("a click selected %q", f.About)
	}
	h.send(click(image.Pt(5, y)))
	if !h.on((*customerScreen)(nil)) {
		t.Errorf("a double click opened %s, want the customer", h.topName())
	}
}
