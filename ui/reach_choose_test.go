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

// TestYOffersEveryAddressAndNumberOfACustomerWithSeveral copies the
// e-mail address or phone number chosen: enter the primary one, a number
// another; esc none.
func TestYOffersEveryAddressAndNumberOfACustomerWithSeveral(t *testing.T) {
	t.Parallel()
	for _, field := range []struct {
		key, pick string
		shown     []string
		copied    []string
		said      string
	}{
		{"e", "3", []string{"Copy which e-mail address of Emily Clarke?", "1  emily@clarkesons.co.uk  (primary)",
			"2  e.clarke@private-mail.example", "3  accounts@clarkesons.co.uk"},
			[]string{"emily@clarkesons.co.uk", "accounts@clarkesons.co.uk"}, "e-mail address copied: accounts@clarkesons.co.uk"},
		{"p", "2", []string{"Copy which phone number of Emily Clarke?", "1  +44 20 7946 0018  (primary)",
			"2  +44 7700 900461", "3  +44 20 7946 0999"},
			[]string{"+44 20 7946 0018", "+44 7700 900461"}, "phone number copied: +44 7700 900461"},
	} {
		h := emilyWithOthers(t, 120, 40)
		h.press("y", field.key)
		if !h.on(&picker{}) || len(h.clipboard) != 0 {
			t.Fatalf("y %s on a customer of three: on %s, clipboard %q", field.key, h.topName(), h.clipboard)
		}
		for _, want := range field.shown {
			if !strings.Contains(h.screen(), want) {
				t.Errorf("the chooser of y %s lacks %q:\n%s", field.key, want, h.screen())
			}
		}
		h.press("enter")
		h.press("y", field.key, field.pick)
		h.press("y", field.key, "esc")
		if !equalStrings(h.clipboard, field.copied) {
			t.Errorf("y %s: enter, %s and esc copied %q, want %q", field.key, field.pick, h.clipboard, field.copied)
		}
		if !h.on(&boardScreen{}) {
			t.Errorf("after esc %s is on top, want the board", h.topName())
		}
		if s := h.statusLine(); !strings.Contains(s, field.said) {
			t.Errorf("status after the chooser of y %s = %q", field.key, s)
		}
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

// TestGoldenPhoneChooser is the chooser of y p over the board.
// Regenerate with go test ./ui -run TestGoldenPhoneChooser -update.
func TestGoldenPhoneChooser(t *testing.T) {
	t.Parallel()
	h := emilyWithOthers(t, 80, 24)
	h.press("y", "p")
	golden.RequireEqual(t, h.screen())
}
