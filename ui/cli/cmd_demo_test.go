package cli

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"tend/data"
	"tend/lifecycle"
)

// bookTotals opens a book and adds up its customers, archived ones
// included, with their contacts and purchases.
func bookTotals(t *testing.T, db string) (customers, contacts, purchases int, lc lifecycle.Lifecycle) {
	t.Helper()
	ctx := context.Background()
	b := openTestBook(t, db)
	defer b.Close()
	for _, archived := range []bool{false, true} {
		err := b.EachCustomer(ctx, data.Filter{Archived: archived}, func(c lifecycle.Customer) error {
			customers, contacts, purchases = customers+1, contacts+c.Contacts, purchases+c.Purchases
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return customers, contacts, purchases, lc
}

var madeLine = regexp.MustCompile(`^Made ([\d,]+) customers, ([\d,]+) contacts, ([\d,]+) purchases in \d+\.\ds\n$`)

func TestDemoFillsAnEmptyBookAndSaysWhatItMade(t *testing.T) {
	db := tempBook(t)
	out := mustTend(t, db, "demo", "--customers", "50", "--seed", "3", "--preset", "ict")
	m := madeLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("demo printed %q", out)
	}
	made := make([]int, 3)
	for i := range made {
		made[i], _ = strconv.Atoi(strings.ReplaceAll(m[i+1], ",", ""))
	}
	customers, contacts, purchases, lc := bookTotals(t, db)
	if made[0] != 50 || customers != 50 || made[1] != contacts || made[2] != purchases || contacts < 200 {
		t.Errorf("printed %v; the book holds %d customers, %d contacts, %d purchases", made, customers, contacts, purchases)
	}
	if lc.Phases[0].Key != "first-contact" {
		t.Errorf("--preset ict left the lifecycle at %+v", lc.Phases[0])
	}
}

func TestDemoRefusesABookWithCustomers(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Müller GmbH")
	_, _, err := execTend(t, db, "demo", "--customers", "50", "--seed", "3")
	if err == nil || !strings.Contains(err.Error(), "already holds 1 customers; demo data is only put into an empty book") {
		t.Fatalf("demo on a book with a customer = %v", err)
	}
	if customers, contacts, _, _ := bookTotals(t, db); customers != 1 || contacts != 0 {
		t.Errorf("the refused demo left %d customers with %d contacts", customers, contacts)
	}
}
