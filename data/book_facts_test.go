package data

import (
	"context"
	"strings"
	"testing"

	"tend/lifecycle"
)

func TestCountArchivedFollowsArchiveAndRestore(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	kept := addCustomer(t, b, lifecycle.Customer{Name: "Kept"})
	gone := addCustomer(t, b, lifecycle.Customer{Name: "Gone"})
	also := addCustomer(t, b, lifecycle.Customer{Name: "Also gone"})
	for _, id := range []int64{gone, also} {
		if err := b.Archive(ctx, id, false); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := b.CountArchived(ctx); n != 2 || err != nil {
		t.Errorf("CountArchived = %d, %v; want 2", n, err)
	}
	if err := b.Archive(ctx, also, true); err != nil {
		t.Fatal(err)
	}
	if n, err := b.CountArchived(ctx); n != 1 || err != nil {
		t.Errorf("after a restore CountArchived = %d, %v; want 1", n, err)
	}
	if n, _ := b.CountCustomers(ctx, Filter{}); n != 2 {
		t.Errorf("the board counts %d customers, want 2 beside %d", n, kept)
	}
}

// TestBookFactsReadIndexesNotRows checks that the archived customers and
// the purchases' currency are read from indexes: a large book reads them
// at every read of the board.
func TestBookFactsReadIndexesNotRows(t *testing.T) {
	b := openTestBook(t)
	for _, query := range []string{
		`SELECT count(*) FROM customers WHERE archived_at IS NOT NULL`,
		`SELECT (SELECT min(currency) FROM purchases), (SELECT max(currency) FROM purchases)`,
	} {
		plan := queryPlan(t, b, query)
		joined := strings.Join(plan, "; ")
		if !strings.Contains(joined, "USING COVERING INDEX") || strings.Contains(joined, "SCAN customers") || strings.Contains(joined, "SCAN purchases") {
			t.Errorf("%s reads rows: %s", query, joined)
		}
	}
}

func TestCurrencyIsTheOneOfEveryPurchase(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Buyer", Phase: "retention"})
	want := func(what, currency string) {
		t.Helper()
		if got, err := b.Currency(ctx); got != currency || err != nil {
			t.Errorf("%s: Currency = %q, %v; want %q", what, got, err, currency)
		}
	}
	want("no purchase", "")
	buy := func(currency string) lifecycle.Purchase {
		p := lifecycle.Purchase{CustomerID: id, At: testNow, Amount: 100, Currency: currency}
		var err error
		if p.ID, err = b.AddPurchase(ctx, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	buy("CHF")
	buy("CHF")
	want("two in CHF", "CHF")
	usd := buy("USD")
	want("CHF and USD", "")
	if err := b.DeletePurchase(ctx, usd); err != nil {
		t.Fatal(err)
	}
	want("the USD one taken back", "CHF")
}
