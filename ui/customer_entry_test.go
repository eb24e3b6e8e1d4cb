package ui

import (
	"image"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
)

// hasLine reports whether a line of the screen holds s.
func (h *harness) hasLine(s string) bool {
	for _, l := range h.lines() {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

func TestANewEntryLoggedWhileScrolledIsSelectedInView(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		keys func(h *harness)
		want string
	}{
		{"a contact", func(h *harness) {
			h.press("c")
			h.typeText("Asked about the renewal")
			h.press("enter")
		}, "call out · neutral · Asked about the renewal"},
		{"a purchase", func(h *harness) {
			h.press("b")
			h.typeText("250")
			h.press("enter")
		}, "purchase €250"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// At 80×15 two events of seven show; G scrolls to the oldest.
			h := newHarness(t, fixedBook(t), 80, 15)
			h.openCustomer("Anna Fischer")
			h.press("G")
			tt.keys(h)
			if sel := selectedLine(h.timeline()); !strings.Contains(sel, tt.want) {
				t.Errorf("selected %q, want the new %s\n%s", sel, tt.want, h.screen())
			}
		})
	}
}

func TestEnterShowsAnEntryWhole(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.openCustomer("Anna Fischer")
	h.press("enter")
	if !h.on(entryBox{}) {
		t.Fatalf("enter opened %s", h.topName())
	}
	// The summary cut on the timeline reads whole, with every field.
	for _, want := range []string{"Contact with Anna Fischer", "Kind", "email", "2025-03-12 17:20", "Direction",
		"Sentiment", "positive", "Follow-up", "2025-03-21", "Thanked us for the", "e correct · d delete · esc close"} {
		if !h.hasLine(want) {
			t.Errorf("the box lacks %q\n%s", want, h.screen())
		}
	}
	h.press("esc")
	if !h.on((*customerScreen)(nil)) {
		t.Errorf("esc left %s", h.topName())
	}
	// A move is history: it shows, and e and d leave it as it is.
	h.press("j", "j", "enter", "e", "d")
	if !h.on(entryBox{}) || !h.hasLine("moved to Retention") || !h.hasLine("esc close") {
		t.Errorf("the move's box\n%s", h.screen())
	}
}

func TestCorrectingAContactFromTheTimeline(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	id := h.openCustomer("Anna Fischer")
	before := historyOf(t, h.book, id).Contacts
	h.press("enter", "e")
	if !h.on((*contactForm)(nil)) || !h.hasLine("Correct a contact with Anna Fischer") {
		t.Fatalf("e opened %s\n%s", h.topName(), h.screen())
	}
	// The summary is the fourth field, filled in; the rest stays.
	h.press("ctrl+u")
	h.typeText("Thanked us for the quick fix")
	h.press("enter")
	after := historyOf(t, h.book, id)
	last := before[len(before)-1]
	got := after.Contacts[len(after.Contacts)-1]
	want := last
	want.Summary = "Thanked us for the quick fix"
	if !sameContact(got, want) {
		t.Errorf("stored %+v, want %+v", got, want)
	}
	if a := after.Audit[len(after.Audit)-1]; a.Field != "contact" || !strings.HasSuffix(a.New, ": Thanked us for the quick fix") {
		t.Errorf("audit entry %+v", a)
	}
	if !strings.Contains(h.statusLine(), "Corrected the email of 2025-03-12 with Anna Fischer") {
		t.Errorf("status %q", h.statusLine())
	}
	if e, _ := h.customer().selectedEvent(); !strings.Contains(e.text, "Thanked us for the quick fix") {
		t.Errorf("selected %q", e.text)
	}
	h.press("u")
	if got := historyOf(t, h.book, id).Contacts; !sameContact(got[len(got)-1], last) {
		t.Errorf("after undo %+v, want %+v", got[len(got)-1], last)
	}
}

func sameContact(a, b lifecycle.Contact) bool {
	return a.ID == b.ID && a.At.Equal(b.At) && a.Kind == b.Kind && a.Direction == b.Direction && a.Summary == b.Summary &&
		a.Sentiment == b.Sentiment && a.Moment == b.Moment && a.FollowUp.Equal(b.FollowUp)
}

func TestDeletingAPurchaseFromTheTimelineAndTakingItBack(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	id := h.openCustomer("Anna Fischer")
	// The purchase is the fifth event.
	h.press("j", "j", "j", "j", "enter", "d")
	if !h.on(confirmDelete{}) || !h.hasLine("Delete the purchase of 4,800 EUR on 2025-01-15 for Anna Fischer?") {
		t.Fatalf("d asked\n%s", h.screen())
	}
	h.press("n")
	if n := len(historyOf(t, h.book, id).Purchases); n != 1 {
		t.Fatalf("n deleted the purchase")
	}
	h.press("enter", "d", "y")
	if c := customerIn(t, h.book, id); c.Purchases != 0 || c.TotalSpend != 0 {
		t.Errorf("after the deletion: %d purchases, %v spent", c.Purchases, c.TotalSpend)
	}
	if !h.hasLine("Spent        €0 in 0 purchases") {
		t.Errorf("the profile still shows the spend\n%s", h.screen())
	}
	a := historyOf(t, h.book, id).Audit
	if last := a[len(a)-1]; last.Field != "purchase" || last.New != "" || !strings.Contains(last.Old, "4800.00 EUR: Annual licence") {
		t.Errorf("audit entry %+v", last)
	}
	h.press("u")
	p := historyOf(t, h.book, id).Purchases
	if len(p) != 1 || p[0].Note != "Annual licence" || p[0].Amount != 480000 {
		t.Fatalf("after undo %+v", p)
	}
	if sel := selectedLine(h.timeline()); !strings.Contains(sel, "purchase €4,800") {
		t.Errorf("selected after undo %q", sel)
	}
	// The board's card follows: the spend is back.
	h.press("esc")
	if c := customerIn(t, h.book, id); c.TotalSpend != 480000 {
		t.Errorf("spend after undo %v", c.TotalSpend)
	}
}

func TestCorrectingAPurchaseChangesTheSpend(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	id := h.openCustomer("Anna Fischer")
	h.press("j", "j", "j", "j", "enter", "e")
	if !h.on((*purchaseForm)(nil)) || !h.hasLine("Correct a purchase for Anna Fischer") {
		t.Fatalf("e opened %s\n%s", h.topName(), h.screen())
	}
	h.press("ctrl+u")
	h.typeText("5200")
	h.press("enter")
	if c := customerIn(t, h.book, id); c.TotalSpend != 520000 {
		t.Errorf("spend %v, want 5,200", c.TotalSpend)
	}
	if !h.hasLine("Spent        €5,200 in 1 purchase") {
		t.Errorf("profile\n%s", h.screen())
	}
	p := historyOf(t, h.book, id).Purchases[0]
	if !p.At.Equal(at("2025-01-15 12:00")) || p.Note != "Annual licence" {
		t.Errorf("the rest of the purchase changed: %+v", p)
	}
}

func TestReasonsFoldOnAShortScreen(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	c := customerIn(t, book, idOf(t, book, "Petra Schulz"))
	h := newHarness(t, book, 80, 24)
	h.show(c)
	folded := h.flagText()
	if !strings.Contains(folded, "history is…") || strings.Contains(folded, "short)") {
		t.Errorf("folded reasons %q", folded)
	}
	h.press("r")
	if got := h.flagText(); !strings.Contains(got, "is short)") {
		t.Errorf("unfolded reasons %q", got)
	}
	h.press("r")
	if got := h.flagText(); got != folded {
		t.Errorf("folded again %q, want %q", got, folded)
	}
	// A click on the reasons unfolds them too.
	h.send(click(image.Pt(20, 2)))
	if got := h.flagText(); !strings.Contains(got, "is short)") {
		t.Errorf("reasons after a click %q", got)
	}
	// A tall screen shows them whole from the start.
	tall := newHarness(t, book, 80, 40)
	tall.show(c)
	if got := tall.flagText(); !strings.Contains(got, "is short)") {
		t.Errorf("reasons at 80×40 %q", got)
	}
}

func TestTheMouseOnTheTimeline(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 15)
	h.openCustomer("Anna Fischer")
	s := h.customer()
	top := bodyTop + s.timelineTop()
	h.send(wheel(image.Pt(10, top), tea.MouseWheelDown), wheel(image.Pt(10, top), tea.MouseWheelDown))
	if got := h.timeline(); len(got) != 2 || !strings.Contains(got[0], "2025-02-02 09:00") {
		t.Errorf("after two turns of the wheel\n%s", strings.Join(got, "\n"))
	}
	// The selection stays on screen.
	if sel := selectedLine(h.timeline()); !strings.Contains(sel, "2025-02-02 09:00") {
		t.Errorf("selected %q", sel)
	}
	h.send(click(image.Pt(10, top+1)))
	if sel := selectedLine(h.timeline()); !strings.Contains(sel, "2025-01-20 08:45") {
		t.Errorf("a click selected %q", sel)
	}
	if h.on(entryBox{}) {
		t.Fatal("one click opened the entry")
	}
	h.send(click(image.Pt(10, top+1)))
	if !h.on(entryBox{}) || !h.hasLine("Complaint: delivery two weeks late") {
		t.Errorf("a double click opened %s\n%s", h.topName(), h.screen())
	}
}

func TestTheProfileUsesTheWidth(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	tests := []struct {
		width  int
		labels map[string]int // a label and the column it starts at
	}{
		{80, map[string]int{"Phase": 1, "Value": 40, "E-mail": 1}},
		{120, map[string]int{"Phase": 1, "Value": 60, "E-mail": 1}},
		{200, map[string]int{"Phase": 1, "E-mail": 64, "Last contact": 128, "Value": 1, "Tags": 64}},
	}
	for _, tt := range tests {
		h := newHarness(t, book, tt.width, 40)
		h.openCustomer("Anna Fischer")
		for label, col := range tt.labels {
			found := false
			for _, l := range h.lines()[3:9] {
				if i := strings.Index(l, label+" "); i >= 0 && len([]rune(l[:i])) == col {
					found = true
				}
			}
			if !found {
				t.Errorf("at %d columns %s does not start at column %d\n%s", tt.width, label, col, strings.Join(h.lines()[:10], "\n"))
			}
		}
	}
}

func TestALongEntryKeepsItsKeysOnScreen(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	id := idOf(t, book, "Anna Fischer")
	long := strings.Repeat("a long story told at length ", 60)
	if _, err := book.LogContact(t.Context(), lifecycle.Contact{CustomerID: id, At: at("2025-03-13 10:00"), Kind: lifecycle.Note,
		Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: long}); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, book, 80, 24)
	h.openCustomer("Anna Fischer")
	h.press("enter")
	if !h.hasLine("e correct · d delete · esc close") || !h.hasLine("a long story told at") {
		t.Errorf("the box of a long entry\n%s", h.screen())
	}
}
