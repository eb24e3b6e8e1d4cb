package ui

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
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
	if !h.customer().loaded {
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
		for _, r := range f.Reasons {
			parts = append(parts, words.Reason(r))
		}
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
			h.press("r") // unfold the reasons, folded on a short screen
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

// outlookText is the outlook's lines on screen, without labels.
func (h *harness) outlookText() string {
	var out []string
	for _, l := range h.lines() {
		switch {
		case strings.HasPrefix(l, " Outlook "):
		case len(out) > 0 && strings.TrimSpace(l) != "" && strings.HasPrefix(l, strings.Repeat(" ", 1+labelWidth)):
		case len(out) > 0:
			return strings.Join(out, "\n")
		default:
			continue
		}
		out = append(out, strings.TrimSpace(ansi.Cut(l, 1+labelWidth, len(l))))
	}
	return strings.Join(out, "\n")
}

func TestCustomerScreenShowsTheModelsFigures(t *testing.T) {
	t.Parallel()
	book := demoBook(t)
	c, o := customerWhere(t, book, func(_ lifecycle.Customer, o data.Outlook) bool {
		return o.Forecast.Fitted && o.ValueForecast && o.RFM != nil
	})
	h := newHarness(t, book, 80, 24)
	h.show(c)
	fc, r := o.Forecast, o.RFM
	purchases := fmt.Sprintf("%.1f purchases", fc.ExpectedPurchases)
	switch {
	case fc.ExpectedPurchases < 1:
		purchases = fmt.Sprintf("%.2f purchases", fc.ExpectedPurchases)
	case purchases == "1.0 purchases":
		purchases = "1.0 purchase"
	}
	// The demo book's purchases are all in euros.
	worth := "€" + lifecycle.MoneyFromFloat(math.Round(fc.ExpectedValue.Float())).Grouped()
	want := []string{
		fmt.Sprintf("P(alive) %.2f · %s worth %s in 52 weeks", fc.PAlive, purchases, worth),
		fmt.Sprintf("RFM %d·%d·%d %s · scored %s", r.R, r.F, r.M, r.Segment, o.ModelsAsOf.Format("2006-01-02")),
	}
	got := h.outlookText()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("the outlook of %s\n%s\nlacks %q", c.Name, got, w)
		}
	}
}

func TestCustomerScreenSaysWhyThereAreNoFigures(t *testing.T) {
	t.Parallel()
	book := demoBook(t)
	nonBuyer, _ := customerWhere(t, book, func(c lifecycle.Customer, _ data.Outlook) bool { return c.Purchases == 0 })
	tests := []struct {
		name string
		book *data.Book
		c    lifecycle.Customer
		want string
	}{
		{"no purchases in a scored book", book, nonBuyer, "no purchases yet, so no forecast"},
		{"a buyer in a book too small to fit", nil, lifecycle.Customer{}, "the purchase model could not be fitted · no RFM score yet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.book == nil {
				tt.book = fixedBook(t)
				tt.c = customerIn(t, tt.book, idOf(t, tt.book, "Anna Fischer"))
			}
			h := newHarness(t, tt.book, 80, 24)
			h.show(tt.c)
			if got := h.outlookText(); got != tt.want {
				t.Errorf("the outlook of %s reads %q, want %q", tt.c.Name, got, tt.want)
			}
			if s := h.screen(); strings.Contains(s, "NaN") || strings.Contains(s, "P(alive)") {
				t.Errorf("figures without a model:\n%s", s)
			}
		})
	}
}

func TestForecastNeverShowsAFigureItDoesNotHave(t *testing.T) {
	t.Parallel()
	scored := fixedNow.Add(-time.Hour)
	fitted := lifecycle.Forecast{Fitted: true, PAlive: 0.82, ExpectedPurchases: 1.44, ExpectedValue: 3_210_49}
	tests := []struct {
		name string
		o    data.Outlook
		want outlookPart
	}{
		{"never scored", data.Outlook{}, outlookPart{"no purchase model yet", true}},
		{"not fitted", data.Outlook{ModelsAsOf: scored}, outlookPart{"the purchase model could not be fitted", true}},
		{"not a number", data.Outlook{ModelsAsOf: scored, Forecast: lifecycle.Forecast{Fitted: true, PAlive: math.NaN()}},
			outlookPart{"the purchase model has no figures for this customer", true}},
		{"no spend model", data.Outlook{ModelsAsOf: scored, Forecast: fitted},
			outlookPart{text: "P(alive) 0.82 · 1.4 purchases in 52 weeks, value not forecast"}},
		{"all figures", data.Outlook{ModelsAsOf: scored, Forecast: fitted, ValueForecast: true},
			outlookPart{text: "P(alive) 0.82 · 1.4 purchases worth 3,210 in 52 weeks"}},
		{"less than one purchase", data.Outlook{ModelsAsOf: scored, ValueForecast: true,
			Forecast: lifecycle.Forecast{Fitted: true, PAlive: 0.1, ExpectedPurchases: 0.04, ExpectedValue: 145_50}},
			outlookPart{text: "P(alive) 0.10 · 0.04 purchases worth 146 in 52 weeks"}},
	}
	for _, tt := range tests {
		if got := forecastPart(tt.o, ""); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
