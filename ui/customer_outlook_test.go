package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tend/data"
	"tend/lifecycle"
)

// demoBook is a generated book of 120 customers with two years of history
// up to fixedNow, scored in full, so that its purchase models are fitted.
func demoBook(t testing.TB) *data.Book {
	t.Helper()
	b := openBook(t, filepath.Join(t.TempDir(), "demo.tend"))
	if err := b.FillDemo(context.Background(), data.DemoOptions{Customers: 120, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	return b
}

// customerWhere finds the first active customer, by name, whose outlook
// passes keep; the test fails when there is none.
func customerWhere(t testing.TB, b *data.Book, keep func(lifecycle.Customer, data.Outlook) bool) (lifecycle.Customer, data.Outlook) {
	t.Helper()
	ctx := context.Background()
	var cs []lifecycle.Customer
	var ids []int64
	err := b.EachCustomer(ctx, data.Filter{}, func(c lifecycle.Customer) error {
		cs, ids = append(cs, c), append(ids, c.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	outlooks, err := b.Outlooks(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if keep(c, outlooks[c.ID]) {
			return c, outlooks[c.ID]
		}
	}
	t.Fatal("no customer of the book fits")
	return lifecycle.Customer{}, data.Outlook{}
}

// outlookOf reads one customer's outlook from the book.
func outlookOf(t testing.TB, b *data.Book, id int64) data.Outlook {
	t.Helper()
	o, err := b.Outlooks(context.Background(), []int64{id})
	if err != nil {
		t.Fatal(err)
	}
	return o[id]
}

// show opens a customer's screen the way enter on its card does.
func (h *harness) show(c lifecycle.Customer) {
	h.t.Helper()
	h.run(h.m.openCustomer(c))
	if !h.m.customer.loaded {
		h.t.Fatalf("%s did not load", c.Name)
	}
}

// flagText reads the flags block under the customer's title back as one
// line: each badge in brackets, then its reasons, the lines that wrap a
// reason joined again by a space.
func (h *harness) flagText() string {
	var parts []string
	for _, l := range h.lines()[2:] {
		if strings.TrimSpace(l) == "" {
			break
		}
		if badge := strings.TrimSpace(ansi.Cut(l, 1, 1+labelWidth)); badge != "" {
			parts = append(parts, "["+badge+"]")
		}
		parts = append(parts, strings.TrimSpace(ansi.Cut(l, 1+labelWidth, len(l))))
	}
	return strings.Join(parts, " ")
}

// wantFlagText is flagText as it should read for flags.
func wantFlagText(flags []lifecycle.Flag) string {
	var parts []string
	for _, f := range flags {
		parts = append(parts, "["+flagSymbols[f.Kind]+" "+string(f.Kind)+"]")
		parts = append(parts, f.Reasons...)
	}
	return strings.Join(parts, " ")
}

func TestCustomerScreenShowsEveryFlagWithEveryReason(t *testing.T) {
	t.Parallel()
	fixed, demo := fixedBook(t), demoBook(t)
	multi, _ := customerWhere(t, demo, func(_ lifecycle.Customer, o data.Outlook) bool { return len(o.Flags) > 1 })
	tests := []struct {
		name string
		book *data.Book
		c    lifecycle.Customer
	}{
		{"stalled", fixed, customerIn(t, fixed, idOf(t, fixed, "Lukas Becker"))},
		{"at risk, a reason wrapped", fixed, customerIn(t, fixed, idOf(t, fixed, "Petra Schulz"))},
		{"win-back with three reasons", fixed, customerIn(t, fixed, idOf(t, fixed, "Daniel Walker"))},
		{"two flags", demo, multi},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.book, 80, 24)
			h.show(tt.c)
			o := outlookOf(t, tt.book, tt.c.ID)
			if len(o.Flags) == 0 {
				t.Fatalf("%s has no flag to show", tt.c.Name)
			}
			if got, want := h.flagText(), wantFlagText(o.Flags); got != want {
				t.Errorf("flags of %s read\n%s\nwant\n%s\non\n%s", tt.c.Name, got, want, h.screen())
			}
		})
	}
}

func TestCustomerScreenWithoutFlagsShowsNone(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.openCustomer("Anna Fischer")
	if got := h.flagText(); got != "" {
		t.Errorf("flags %q on a customer without any", got)
	}
}
