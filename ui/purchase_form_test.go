package ui

import (
	"strings"
	"testing"
)

func TestPurchaseFormRecordsWhatWasTyped(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	c := h.goTo("Jürgen Müller")
	before := customerIn(t, h.book, c.ID).Summary
	h.press("b")
	if !h.on((*purchaseForm)(nil)) || !strings.Contains(h.screen(), "Record a purchase for Jürgen Müller") {
		t.Fatalf("b opened screen %s:\n%s", h.topName(), h.screen())
	}
	h.typeText("1.234,50")
	h.press("tab", "tab")
	h.typeText("INV-2025-017")
	h.press("enter")
	if !h.on(confirmMove{}) {
		t.Fatalf("a lead's purchase offers no move: on %s", h.topName())
	}
	h.press("n") // stays a lead

	hist := historyOf(t, h.book, c.ID)
	if len(hist.Purchases) != before.Purchases+1 {
		t.Fatalf("%d purchases stored, want %d", len(hist.Purchases), before.Purchases+1)
	}
	got := hist.Purchases[len(hist.Purchases)-1]
	if got.Amount != 123450 || got.Currency != "EUR" || got.Note != "INV-2025-017" || !got.At.Equal(fixedNow) {
		t.Errorf("stored %+v, want 1,234.50 EUR now with the note", got)
	}
	if sum := customerIn(t, h.book, c.ID).Summary; sum.TotalSpend != before.TotalSpend+123450 || !sum.LastPurchaseAt.Equal(fixedNow) {
		t.Errorf("summary %+v after the purchase, was %+v", sum, before)
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Recorded 1,234.50 EUR for Jürgen Müller · u to undo") {
		t.Errorf("status line %q", got)
	}
	h.press("u")
	if sum := customerIn(t, h.book, c.ID).Summary; sum != before {
		t.Errorf("summary %+v after the undo, want %+v", sum, before)
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Undid the purchase of 1,234.50 EUR by Jürgen Müller") {
		t.Errorf("status line %q after the undo", got)
	}
}

func TestPurchaseFormSaysWhatIsWrongAndKeepsIt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                 string
		amount, when, curr   string
		field, wantInMessage string
	}{
		{"words for an amount", "zwölf", "", "", fieldAmount, `amount "zwölf"`},
		{"nothing to pay", "0,00", "", "", fieldAmount, "the amount is zero"},
		{"a day to come", "100", "tomorrow", "", fieldBought, "after now"},
		{"an unknown date", "100", "someday", "", fieldBought, "someday"},
		{"a currency not in letters", "100", "", "€", fieldCurrency, "three-letter code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fixedBook(t), 100, 30)
			c := h.goTo("Emily Clarke")
			purchases := len(historyOf(t, h.book, c.ID).Purchases)
			h.press("b")
			h.typeText(tt.amount)
			if tt.when != "" {
				h.press("tab", "backspace", "backspace", "backspace")
				h.typeText(tt.when)
				h.press("shift+tab")
			}
			if tt.curr != "" {
				h.press("shift+tab", "backspace", "backspace", "backspace")
				h.typeText(tt.curr)
			}
			h.press("enter")
			if !h.on((*purchaseForm)(nil)) {
				t.Fatalf("the form closed on a wrong %s", tt.field)
			}
			form := h.m.top().(*purchaseForm)
			f := form.fields[fieldIndex(form.fields, tt.field)]
			if !strings.Contains(f.err, tt.wantInMessage) || !strings.Contains(h.screen(), tt.wantInMessage) {
				t.Errorf("%s says %q, want %q on screen:\n%s", tt.field, f.err, tt.wantInMessage, h.screen())
			}
			if form.fields[0].value() != tt.amount {
				t.Errorf("the amount typed became %q", form.fields[0].value())
			}
			if got := len(historyOf(t, h.book, c.ID).Purchases); got != purchases {
				t.Errorf("%d purchases stored, want %d: a wrong form saved", got, purchases)
			}
			h.press("esc")
			if !h.on((*boardScreen)(nil)) {
				t.Errorf("esc left screen %s", h.topName())
			}
		})
	}
}

// fieldIndex is the index of the field with the name.
func fieldIndex(fields []field, name string) int {
	for i, f := range fields {
		if f.name == name {
			return i
		}
	}
	return -1
}

func TestPurchaseFromTheCustomerScreenShowsOnItsTimeline(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 100, 30)
	h.goTo("Emily Clarke")
	h.press("enter", "b")
	h.typeText("-50")
	h.press("tab", "tab")
	h.typeText("refund")
	h.press("enter")
	if !h.on((*customerScreen)(nil)) {
		t.Fatalf("saving left screen %s, want the customer screen", h.topName())
	}
	if !strings.Contains(h.screen(), "refund") {
		t.Errorf("the timeline does not show the refund:\n%s", h.screen())
	}
}

// TestALeadsPurchaseOffersTheFirstOwningPhase records a purchase by a
// customer in a buying phase: the board offers to move them to the first
// owning phase; y moves them there, and u takes the move back.
func TestALeadsPurchaseOffersTheFirstOwningPhase(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	c := h.goTo("Katharina Schröder")
	h.press("b")
	h.typeText("500")
	h.press("enter")
	if !h.on(confirmMove{}) || !strings.Contains(h.screen(), "Katharina Schröder bought: move them to Conversion?") {
		t.Fatalf("no offer to move after a lead's purchase:\n%s", h.screen())
	}
	if got := h.lines()[23]; !strings.Contains(got, "y move to Conversion · any other key keeps them in Acquisition") {
		t.Errorf("help line %q", got)
	}
	h.press("y")
	if got := customerIn(t, h.book, c.ID).Phase; got != "conversion" {
		t.Errorf("y left the customer in %s, want conversion", got)
	}
	h.press("u")
	if got := customerIn(t, h.book, c.ID).Phase; got != "acquisition" {
		t.Errorf("u left the customer in %s, want acquisition", got)
	}
}

// TestAPurchaseOfAnOwnerOrARefundOffersNoMove: only a lead who buys is
// offered the move.
func TestAPurchaseOfAnOwnerOrARefundOffersNoMove(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	for _, tt := range []struct{ name, amount string }{{"Thomas Wagner", "500"}, {"Emily Clarke", "-50"}} {
		h.goTo(tt.name)
		h.press("b")
		h.typeText(tt.amount)
		h.press("enter")
		if len(h.m.stack) != 1 {
			t.Errorf("%s buying %s: on %s, want the board", tt.name, tt.amount, h.topName())
		}
	}
}
