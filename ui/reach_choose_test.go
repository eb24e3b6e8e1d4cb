package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"tend/lifecycle"
)

// emilyWithOthers is the fixture's board on Emily Clarke, who has two
// e-mail addresses and two phone numbers besides her primary ones.
func emilyWithOthers(t *testing.T, w, h int) *harness {
	t.Helper()
	b := fixedBook(t)
	hs := newHarness(t, b, w, h)
	c := hs.goTo("Emily Clarke")
	if _, err := b.EditCustomer(hs.ctx, c.ID, func(c *lifecycle.Customer) error {
		c.OtherEmails = []string{"e.clarke@private-mail.example", "accounts@clarkesons.co.uk"}
		c.Phone, c.OtherPhones = "+44 20 7946 0018", []string{"+44 7700 900461", "+44 20 7946 0999"}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return hs
}

// TestYEOffersEveryEmailAddressOfACustomerWithSeveral copies the address
// chosen: enter the primary one, a number another; esc none.
func TestYEOffersEveryEmailAddressOfACustomerWithSeveral(t *testing.T) {
	t.Parallel()
	h := emilyWithOthers(t, 120, 40)
	h.press("y", "e")
	if !h.on(&picker{}) || len(h.clipboard) != 0 {
		t.Fatalf("y e on a customer of three addresses: on %s, clipboard %q", h.topName(), h.clipboard)
	}
	for _, want := range []string{"Copy which e-mail address of Emily Clarke?", "1  emily@clarkesons.co.uk  (primary)",
		"2  e.clarke@private-mail.example", "3  accounts@clarkesons.co.uk"} {
		if !strings.Contains(h.screen(), want) {
			t.Errorf("the chooser lacks %q:\n%s", want, h.screen())
		}
	}
	h.press("enter")
	h.press("y", "e", "3")
	h.press("y", "e", "esc")
	if want := []string{"emily@clarkesons.co.uk", "accounts@clarkesons.co.uk"}; !equalStrings(h.clipboard, want) {
		t.Errorf("enter, 3 and esc copied %q, want %q", h.clipboard, want)
	}
	if !h.on(&boardScreen{}) {
		t.Errorf("after esc %s is on top, want the board", h.topName())
	}
	if s := h.statusLine(); !strings.Contains(s, "e-mail address copied: accounts@clarkesons.co.uk") {
		t.Errorf("status after the chooser = %q", s)
	}
}

// TestGoldenEmailChooser is the chooser of y e over the board.
// Regenerate with go test ./ui -run TestGoldenEmailChooser -update.
func TestGoldenEmailChooser(t *testing.T) {
	t.Parallel()
	h := emilyWithOthers(t, 80, 24)
	h.press("y", "e")
	golden.RequireEqual(t, h.screen())
}

// TestYPOffersEveryPhoneNumberOfACustomerWithSeveral copies the number
// chosen, as y e does the address: enter the primary one, a number
// another; esc none.
func TestYPOffersEveryPhoneNumberOfACustomerWithSeveral(t *testing.T) {
	t.Parallel()
	h := emilyWithOthers(t, 120, 40)
	h.press("y", "p")
	if !h.on(&picker{}) || len(h.clipboard) != 0 {
		t.Fatalf("y p on a customer of three numbers: on %s, clipboard %q", h.topName(), h.clipboard)
	}
	for _, want := range []string{"Copy which phone number of Emily Clarke?", "1  +44 20 7946 0018  (primary)",
		"2  +44 7700 900461", "3  +44 20 7946 0999"} {
		if !strings.Contains(h.screen(), want) {
			t.Errorf("the chooser lacks %q:\n%s", want, h.screen())
		}
	}
	h.press("enter")
	h.press("y", "p", "2")
	h.press("y", "p", "esc")
	if want := []string{"+44 20 7946 0018", "+44 7700 900461"}; !equalStrings(h.clipboard, want) {
		t.Errorf("enter, 2 and esc copied %q, want %q", h.clipboard, want)
	}
	if !h.on(&boardScreen{}) {
		t.Errorf("after esc %s is on top, want the board", h.topName())
	}
	if s := h.statusLine(); !strings.Contains(s, "phone number copied: +44 7700 900461") {
		t.Errorf("status after the chooser = %q", s)
	}
}

// TestGoldenPhoneChooser is the chooser of y p over the board.
// Regenerate with go test ./ui -run TestGoldenPhoneChooser -update.
func TestGoldenPhoneChooser(t *testing.T) {
	t.Parallel()
	h := emilyWithOthers(t, 80, 24)
	h.press("y", "p")
	golden.RequireEqual(t, h.screen())
}
