package data

import (
	"context"
	"fmt"
	"testing"

	"tend/lifecycle"
)

// activityQuery lists the hourly sums the book keeps.
const activityQuery = `SELECT hour_start || ' ' || kind || ' ' || contacts || ' ' || purchases || ' ' || revenue_cents
	FROM activity_hours WHERE contacts <> 0 OR purchases <> 0 OR revenue_cents <> 0`

// checkActivity fails the test when the hourly sums differ from a fresh
// count of the contacts and purchases, made in a transaction rolled back.
func checkActivity(t *testing.T, b *Book) {
	t.Helper()
	kept := queryStrings(t, b, activityQuery)
	ctx := context.Background()
	tx, err := b.writer.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, recountActivity); err != nil {
		t.Fatal(err)
	}
	counted := queryStringsIn(t, tx, activityQuery)
	checkSame(t, "the hourly sums", kept, counted)
}

// A demo fill, which on a server counts the board's totals and the hourly
// sums once at the end, leaves them as the triggers would have, and the
// triggers at work for the writes after it.
func TestDemoKeepsTheTotalsAndTheHourlySums(t *testing.T) {
	b, _ := freshDemo(t, DemoOptions{Customers: 300, Seed: 3})
	checkTotals(t, b)
	checkActivity(t, b)
	c := allCustomers(t, b)[0]
	_, err := b.LogContact(context.Background(), lifecycle.Contact{CustomerID: c.ID, At: b.Now().Add(-1), Kind: lifecycle.Call,
		Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "after the demo"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.EditCustomer(context.Background(), c.ID, func(c *lifecycle.Customer) error { c.Value += 100; return nil }); err != nil {
		t.Fatal(err)
	}
	checkTotals(t, b)
	checkActivity(t, b)
}

// The rows a demo copies into a server book are numbered as the server
// numbers a row without an id, one after the other from 1, and the next
// row written after them takes the next number.
func TestDemoNumbersItsRowsAsTheBookWould(t *testing.T) {
	b, _ := freshDemo(t, DemoOptions{Customers: 50, Seed: 5})
	for _, table := range []string{"customers", "contacts", "purchases", "phase_changes"} {
		numbered := queryStrings(t, b, `SELECT count(*) || ' ' || min(id) || ' ' || max(id) FROM `+table)
		var n int
		fmt.Sscan(numbered[0], &n)
		if want := fmt.Sprintf("%d 1 %d", n, n); n == 0 || numbered[0] != want {
			t.Errorf("%s: count, least and largest id %s, want %s", table, numbered[0], want)
		}
	}
	last := queryStrings(t, b, `SELECT max(id) FROM contacts`)[0]
	id, err := b.LogContact(context.Background(), lifecycle.Contact{CustomerID: 1, At: b.Now().Add(-1), Kind: lifecycle.Call,
		Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "after the demo"})
	if err != nil || fmt.Sprint(id-1) != last {
		t.Errorf("the next contact is %d (%v), after %s", id, err, last)
	}
}
