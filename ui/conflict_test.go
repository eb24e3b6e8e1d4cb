package ui

import (
	"strings"
	"testing"

	"tend/lifecycle"
)

// editElsewhere opens Lukas Becker's edit form, types a new company, and
// has another tend change his owner before the save.
func editElsewhere(t *testing.T) (*harness, int64) {
	h := newHarness(t, fixedBook(t), 100, 30)
	c := h.goTo("Lukas Becker")
	h.press("e", "tab", "ctrl+u")
	h.typeText("Becker Elektro GmbH")
	if _, err := h.book.EditCustomer(h.ctx, c.ID, func(x *lifecycle.Customer) error { x.Owner = "Clara"; return nil }); err != nil {
		t.Fatal(err)
	}
	h.press("enter")
	if !h.on((*conflict)(nil)) || !strings.Contains(h.screen(), "owner now Clara") {
		t.Fatalf("the save over another's change did not ask:\n%s", h.screen())
	}
	if got := customerIn(t, h.book, c.ID); got.Company != "Becker Elektrotechnik KG" {
		t.Fatalf("the save wrote before asking: company %q", got.Company)
	}
	return h, c.ID
}

func TestAnEditOverAChangeElsewhereAsksAndKeepsYours(t *testing.T) {
	t.Parallel()
	h, id := editElsewhere(t)
	h.press("o")
	got := customerIn(t, h.book, id)
	if got.Company != "Becker Elektro GmbH" || got.Owner != "Anke" || !h.on((*boardScreen)(nil)) {
		t.Errorf("keeping mine stored company %q, owner %q; screen %s", got.Company, got.Owner, h.topName())
	}
}

func TestAnEditOverAChangeElsewhereCanKeepTheirs(t *testing.T) {
	t.Parallel()
	h, id := editElsewhere(t)
	h.press("t")
	got := customerIn(t, h.book, id)
	if got.Company != "Becker Elektrotechnik KG" || got.Owner != "Clara" || !strings.Contains(h.statusLine(), "yours were dropped") {
		t.Errorf("keeping theirs: company %q, owner %q, status %q", got.Company, got.Owner, h.statusLine())
	}
}
