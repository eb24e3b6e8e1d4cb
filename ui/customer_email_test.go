package ui

import (
	"strings"
	"testing"
)

func TestCustomerFormRefusesAnotherCustomersEmail(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("n")
	for _, v := range []string{"Jürgen M.", "Müller", " J.Mueller@mueller-mb.de"} {
		h.typeText(v)
		h.press("tab")
	}
	h.press("enter")
	if !h.on((*customerForm)(nil)) {
		t.Fatalf("the form closed on an e-mail another customer has (screen %s):\n%s", h.topName(), h.screen())
	}
	assertFormError(t, h, formError{"E-mail", "J.Mueller@mueller-mb.de", "↑ already the e-mail of Jürgen Müller (#"})
	if !strings.Contains(h.screen(), "Jürgen M.") || !strings.Contains(h.screen(), "Company         Müller ") {
		t.Errorf("the form lost what was typed:\n%s", h.screen())
	}
	if h.m.count != 20 {
		t.Errorf("the book holds %d customers, want the fixture's 20", h.m.count)
	}
	h.press("ctrl+u")
	h.typeText("jm@example.org")
	h.press("enter")
	if got := customerIn(t, h.book, idOf(t, h.book, "Jürgen M.")); got.Email != "jm@example.org" || got.Company != "Müller" {
		t.Errorf("stored %+v", got)
	}
}

func TestEditFormRefusesAnotherCustomersEmail(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	c := h.goTo("Emily Clarke")
	h.press("e", "tab", "tab", "ctrl+u")
	h.typeText("james@oconnor.io")
	h.press("enter")
	if !h.on((*customerForm)(nil)) {
		t.Fatalf("the form closed on an e-mail another customer has (screen %s)", h.topName())
	}
	assertFormError(t, h, formError{"E-mail", "james@oconnor.io", "↑ already the e-mail of James O'Connor (#"})
	if got := customerIn(t, h.book, c.ID); got.Email != "emily@clarkesons.co.uk" {
		t.Errorf("Emily's e-mail is %q after the refusal", got.Email)
	}
	h.press("esc")
	if !h.on((*boardScreen)(nil)) {
		t.Errorf("esc left screen %s", h.topName())
	}
}
