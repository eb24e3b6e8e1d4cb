package data

import (
	"context"
	"testing"

	"tend/lifecycle"
)

// TestTheUserIsAskedAtTheFirstChangeOnly: a book that is only read never
// asks who the user is; the first change asks once, and every change
// records the answer.
func TestTheUserIsAskedAtTheFirstChangeOnly(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	asked := 0
	b.WhoElse = func() string { asked++; return "carla" }
	if _, err := b.CountCustomers(ctx, Filter{}); err != nil {
		t.Fatal(err)
	}
	if err := b.EachCustomer(ctx, Filter{}, func(lifecycle.Customer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if asked != 0 {
		t.Fatalf("reading the book asked who the user is %d times", asked)
	}
	id := addCustomer(t, b, lifecycle.Customer{Name: "Acme", Phase: "awareness", CreatedAt: daysBefore(30)})
	contactAt(t, b, id, daysBefore(3), lifecycle.Positive, false, testNow.AddDate(0, 0, 5))
	h := history(t, b, id)
	if asked != 1 || len(h.PhaseChanges) != 1 || h.PhaseChanges[0].Who != "carla" || len(h.Contacts) != 1 || h.Contacts[0].Who != "carla" {
		t.Fatalf("asked %d times; moves %+v, contacts %+v: want one question and carla's move and call", asked, h.PhaseChanges, h.Contacts)
	}
}
