package data

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// buy imports purchases, one "customer,when,amount,currency" line each,
// creating the customers they name in the order they first appear.
func buy(t *testing.T, b *Book, lines ...string) {
	t.Helper()
	mustImportText(t, b, Purchases, "customer,date,amount,currency\n"+strings.Join(lines, "\n")+"\n", ImportOptions{CreateMissing: true})
}

// TestHistoriesCountTheAsOfDayInItsZone puts purchases just inside and
// just outside the as-of day of zones west and east of the machine's:
// the whole day counts, the next does not, and T runs to that day.
func TestHistoriesCountTheAsOfDayInItsZone(t *testing.T) {
	for _, zone := range []string{"America/Los_Angeles", "Pacific/Auckland"} {
		t.Run(zone, func(t *testing.T) {
			loc := loadZone(t, zone)
			b := openTestBook(t)
			b.Now = func() time.Time { return testNow.In(loc) }
			buy(t, b, "ada,1997-09-01 10:00,10,EUR", "ada,1997-09-30 23:59,10,EUR", "ada,1997-10-01 00:01,10,EUR",
				"bob,1997-09-30 00:00,10,EUR", "cy,1997-10-01 00:00,10,EUR")
			h, err := b.readBuyerHistories(context.Background(), time.Date(1997, 9, 30, 12, 0, 0, 0, loc))
			if err != nil {
				t.Fatal(err)
			}
			want := []lifecycle.RepeatHistory{{X: 1, TX: 29.0 / 7, T: 29.0 / 7}, {}}
			if !slices.Equal(h.repeat, want) {
				t.Errorf("histories %+v, want %+v", h.repeat, want)
			}
		})
	}
}

// TestModelsLeaveOutRefundsAndSpendInOtherCurrencies checks what each
// purchase model is given: a refund is no purchase, a free order is one
// without spend, archived customers count, and the spend model keeps to
// the currency most repeat buyers bought in.
func TestModelsLeaveOutRefundsAndSpendInOtherCurrencies(t *testing.T) {
	b := openTestBook(t)
	buy(t, b, "ada,2024-01-10,50,EUR", "ada,2024-02-10,-50,EUR",
		"bob,2024-01-10,20,EUR", "bob,2024-03-01,0,EUR",
		"cy,2024-01-10,30,USD", "cy,2024-02-10,40,EUR",
		"dan,2024-01-10,30,USD", "dan,2024-02-10,40,USD",
		"eve,2024-01-10 09:00,30,EUR", "eve,2024-01-10 18:00,5,EUR", "eve,2024-02-10,40,EUR",
		"fay,2024-01-10,30,EUR", "fay,2024-03-10,10,EUR")
	if err := b.Archive(context.Background(), customerNamed(t, b, "fay").ID, false); err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)
	m, err := b.PurchaseModels(context.Background(), asOf)
	if err != nil {
		t.Fatal(err)
	}
	if m.Customers != 6 || m.Purchases != 12 || m.RepeatBuyers != 5 || m.Currency != "EUR" || m.OtherCurrency != 2 {
		t.Errorf("models = %+v, want 6 customers, 12 purchases, 5 repeat buyers, EUR with 2 others", m)
	}
	want := "only 2 customers bought again on a later day on or before 2024-06-30 in EUR alone (2 more in other currencies); " +
		"the spend model needs at least 10 who did in one currency"
	if m.GammaGammaErr == nil || m.GammaGammaErr.Error() != want || !errors.Is(m.GammaGammaErr, lifecycle.ErrTooFewCustomers) {
		t.Errorf("spend model error = %v, want %q", m.GammaGammaErr, want)
	}
	h, _ := b.readBuyerHistories(context.Background(), asOf)
	if ada := h.repeat[0]; ada.X != 0 {
		t.Errorf("Ada's refund counted as a purchase: %+v", ada)
	}
}

// TestModelsSayWhyThereIsTooLittleHistory covers the books no model can
// be fitted to, down to an as-of day before the first purchase.
func TestModelsSayWhyThereIsTooLittleHistory(t *testing.T) {
	oneTimers := make([]string, 12)
	for i := range oneTimers {
		oneTimers[i] = string(rune('a'+i)) + ",2024-01-10,10,EUR"
	}
	cases := []struct {
		name      string
		purchases []string
		asOf      time.Time
		want      string
		is        error
	}{
		{"empty book", nil, testNow, "the book has no purchases on or before 2026-03-10", lifecycle.ErrTooFewCustomers},
		{"before the first purchase", []string{"ada,2024-01-10,10,EUR"}, time.Date(2024, 1, 9, 23, 0, 0, 0, time.UTC),
			"the book has no purchases on or before 2024-01-09", lifecycle.ErrTooFewCustomers},
		{"one customer", []string{"ada,2024-01-10,10,EUR", "ada,2024-02-10,10,EUR"}, testNow,
			"the book has purchases from only 1 customer on or before 2026-03-10; a purchase model needs at least 10", lifecycle.ErrTooFewCustomers},
		{"no repeat buyer", oneTimers, testNow, "none of the 12 customers with purchases on or before 2026-03-10 bought again on a later day; " +
			"the repeat-buying model needs repeat purchases", lifecycle.ErrNoRepeatPurchases},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := openTestBook(t)
			if c.purchases != nil {
				buy(t, b, c.purchases...)
			}
			m, err := b.PurchaseModels(context.Background(), c.asOf)
			if err != nil {
				t.Fatal(err)
			}
			if m.BGNBDErr == nil || m.BGNBDErr.Error() != c.want || !errors.Is(m.BGNBDErr, c.is) {
				t.Errorf("repeat-buying model error = %v, want %q", m.BGNBDErr, c.want)
			}
			if !errors.Is(m.GammaGammaErr, lifecycle.ErrTooFewCustomers) {
				t.Errorf("spend model error = %v, want too few customers", m.GammaGammaErr)
			}
		})
	}
}

// TestOneModelFailingLeavesTheOther fits a generated book, then puts every
// other purchase in another currency, so that no repeat buyer keeps to one
// currency and the spend model fails while the repeat-buying model fits.
func TestOneModelFailingLeavesTheOther(t *testing.T) {
	b := openTestBook(t)
	if err := b.FillDemo(context.Background(), DemoOptions{Customers: 200, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	m, err := b.PurchaseModels(context.Background(), testNow)
	if err != nil || m.BGNBDErr != nil || m.GammaGammaErr != nil {
		t.Fatalf("the generated book did not fit: %v, %v, %v", err, m.BGNBDErr, m.GammaGammaErr)
	}
	if _, err := b.writer.Exec(`UPDATE purchases SET currency = 'USD' WHERE id % 2 = 0`); err != nil {
		t.Fatal(err)
	}
	mixed, err := b.PurchaseModels(context.Background(), testNow)
	if err != nil {
		t.Fatal(err)
	}
	if mixed.BGNBDErr != nil || mixed.BGNBD != m.BGNBD || mixed.ExpectedPurchases <= 0 {
		t.Errorf("repeat-buying model %+v (%v), want %+v as before", mixed.BGNBD, mixed.BGNBDErr, m.BGNBD)
	}
	want := "in one currency alone"
	if mixed.GammaGammaErr == nil || !strings.Contains(mixed.GammaGammaErr.Error(), want) || mixed.OtherCurrency != m.RepeatBuyers {
		t.Errorf("spend model error %v with %d left out, want it to say %q of all %d", mixed.GammaGammaErr, mixed.OtherCurrency, want, m.RepeatBuyers)
	}
}
