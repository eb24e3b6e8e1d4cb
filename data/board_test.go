package data

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

func logAt(t *testing.T, b *Book, id int64, at time.Time) lifecycle.Contact {
	t.Helper()
	c := lifecycle.Contact{CustomerID: id, At: at, Kind: lifecycle.Call, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "call"}
	var err error
	if c.ID, err = b.LogContact(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBoardColumnsCountAndOrderCards(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	old := addCustomer(t, b, lifecycle.Customer{Name: "Old", Phase: "retention", Value: 100})
	recent := addCustomer(t, b, lifecycle.Customer{Name: "Recent", Phase: "retention", Value: 250})
	never := addCustomer(t, b, lifecycle.Customer{Name: "Never", Phase: "retention"})
	gone := addCustomer(t, b, lifecycle.Customer{Name: "Gone", Phase: "retention", Value: 1000})
	addCustomer(t, b, lifecycle.Customer{Name: "Lead", Tags: []string{"vip"}})
	logAt(t, b, old, testNow.AddDate(0, 0, -30))
	logAt(t, b, recent, testNow.AddDate(0, 0, -1))
	b.Archive(ctx, gone, false)
	totals, err := b.PhaseTotals(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := totals["retention"]; got.Count != 3 || got.Value != 350 {
		t.Errorf("retention totals = %+v, want 3 customers worth 350 (archived left out)", got)
	}
	if got := totals["awareness"]; got.Count != 1 {
		t.Errorf("awareness totals = %+v", got)
	}
	cards, err := b.Cards(ctx, Filter{Phase: "retention"}, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(cards) != 3 || cards[0].ID != recent || cards[1].ID != old || cards[2].ID != never {
		t.Errorf("card order = %v, want recent, old, never", names(cards))
	}
	page, _ := b.Cards(ctx, Filter{Phase: "retention"}, 1, 1)
	if len(page) != 1 || page[0].ID != old {
		t.Errorf("second page = %v", names(page))
	}
	b.writer.Exec(`UPDATE customers SET urgency = 5 WHERE id = ?`, never)
	if cards, _ := b.Cards(ctx, Filter{Phase: "retention"}, 0, 1); cards[0].ID != never {
		t.Errorf("an urgent card is not first: %v", names(cards))
	}
	if totals, _ := b.PhaseTotals(ctx, Filter{Tag: "VIP"}); len(totals) != 1 || totals["awareness"].Count != 1 {
		t.Errorf("filtered totals = %+v", totals)
	}
}

func names(cs []lifecycle.Customer) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Name)
	}
	return out
}

func TestUndoTakesChangesBack(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "conversion"})
	undoAContact(t, b, id)
	undoAPurchase(t, b, id)
	undoAMove(t, b, id)
	if err := b.RemoveNewCustomer(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Customer(ctx, id); err == nil {
		t.Error("the new customer is still there")
	}
	kept := addCustomer(t, b, lifecycle.Customer{Name: "Bob"})
	logAt(t, b, kept, testNow)
	if err := b.RemoveNewCustomer(ctx, kept); err == nil {
		t.Error("a customer with a history was removed")
	}
}

// undoAContact logs a contact with customer id and removes it: the
// summary forgets it, and a second removal is refused.
func undoAContact(t *testing.T, b *Book, id int64) {
	t.Helper()
	ctx := context.Background()
	c := logAt(t, b, id, testNow)
	if err := b.DeleteContact(ctx, c); err != nil {
		t.Fatal(err)
	}
	if got, _ := b.Customer(ctx, id); got.Contacts != 0 || !got.LastContactAt.IsZero() {
		t.Errorf("summary after removing the contact = %+v", got.Summary)
	}
	if err := b.DeleteContact(ctx, c); err == nil {
		t.Error("a contact was removed twice")
	}
}

// undoAPurchase records a purchase of customer id and removes it: the
// summary is as before, and a second removal is refused in words.
func undoAPurchase(t *testing.T, b *Book, id int64) {
	t.Helper()
	ctx := context.Background()
	before, _ := b.Customer(ctx, id)
	p := lifecycle.Purchase{CustomerID: id, At: testNow.Add(-time.Hour), Amount: 1250}
	var err error
	if p.ID, err = b.AddPurchase(ctx, p); err != nil {
		t.Fatal(err)
	}
	if err := b.DeletePurchase(ctx, p); err != nil {
		t.Fatal(err)
	}
	if got, _ := b.Customer(ctx, id); got.Summary != before.Summary {
		t.Errorf("summary after removing the purchase = %+v, want %+v", got.Summary, before.Summary)
	}
	if err := b.DeletePurchase(ctx, p); err == nil || err.Error() != fmt.Sprintf("purchase %d is no longer in the book", p.ID) {
		t.Errorf("a purchase removed twice: %v", err)
	}
}

// undoAMove moves customer id an hour later and undoes it: the customer is
// back in its phase since the time it was, with one phase change.
func undoAMove(t *testing.T, b *Book, id int64) {
	t.Helper()
	ctx := context.Background()
	created, _ := b.Customer(ctx, id)
	b.Now = func() time.Time { return testNow.Add(time.Hour) }
	ch, err := b.Move(ctx, id, "retention", "")
	if err != nil {
		t.Fatal(err)
	}
	if err := b.UndoMove(ctx, ch); err != nil {
		t.Fatal(err)
	}
	got, _ := b.Customer(ctx, id)
	h, _ := b.History(ctx, id)
	if got.Phase != "conversion" || !got.PhaseSince.Equal(created.PhaseSince) || len(h.PhaseChanges) != 1 {
		t.Errorf("after undoing the move: %s since %v, %d changes", got.Phase, got.PhaseSince, len(h.PhaseChanges))
	}
}

func TestUndoMoveRefusesWhenTheCustomerMovedAgain(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada"})
	first, _ := b.Move(ctx, id, "conversion", "")
	b.Move(ctx, id, "retention", "")
	if err := b.UndoMove(ctx, first); err == nil {
		t.Error("an old move was undone over a newer one")
	}
	// Back in the same phase by a later move: still not the latest move.
	b.Move(ctx, id, "conversion", "")
	if err := b.UndoMove(ctx, first); err == nil {
		t.Error("an old move was undone because the customer is in its phase again")
	}
}

func TestWatcherSeesWritesOfOtherProcesses(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	w, err := b.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if changed, _ := w.Changed(ctx); changed {
		t.Error("changed before any write")
	}
	other := openBookAt(t, b.Path()) // another process's connection
	addCustomer(t, other, lifecycle.Customer{Name: "Ada"})
	if changed, _ := w.Changed(ctx); !changed {
		t.Error("a write through another connection went unseen")
	}
	if changed, _ := w.Changed(ctx); changed {
		t.Error("the same write was seen twice")
	}
}

func TestCardIndexAgreesWithTheColumnOrder(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	var ids []int64
	for i := 0; i < 6; i++ {
		id := addCustomer(t, b, lifecycle.Customer{Name: string(rune('A' + i)), Phase: "retention", Tags: []string{[]string{"x", "y"}[i%2]}})
		if i%3 != 0 {
			logAt(t, b, id, testNow.AddDate(0, 0, -i))
		}
		ids = append(ids, id)
	}
	b.writer.Exec(`UPDATE customers SET urgency = 2 WHERE id = ?`, ids[4])
	for _, f := range []Filter{{}, {Tag: "y"}} {
		f.Phase = "retention"
		cards, _ := b.Cards(ctx, f, 0, 100)
		for want, c := range cards {
			if _, got, err := b.CardIndex(ctx, f, c.ID); err != nil || got != want {
				t.Errorf("filter %+v: CardIndex(%s) = %d, %v; want %d", f, c.Name, got, err, want)
			}
		}
	}
	if _, got, _ := b.CardIndex(ctx, Filter{Tag: "y"}, ids[0]); got != -1 {
		t.Errorf("a card the filter hides has index %d", got)
	}
}

// countedTotals counts the board the slow way, for comparing with the
// totals the triggers keep.
func countedTotals(t *testing.T, b *Book) map[string]PhaseTotal {
	t.Helper()
	rows, err := b.reader.Query(`SELECT phase, count(*), sum(value_cents),
		(SELECT count(*) FROM customers x WHERE x.phase = c.phase AND x.archived_at IS NULL
			AND EXISTS (SELECT 1 FROM flags f WHERE f.customer_id = x.id))
		FROM customers c WHERE archived_at IS NULL GROUP BY phase`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]PhaseTotal{}
	for rows.Next() {
		var p string
		var tot PhaseTotal
		rows.Scan(&p, &tot.Count, &tot.Value, &tot.Flagged)
		out[p] = tot
	}
	return out
}

func TestPhaseTotalsStayInStepWithEveryWrite(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	a := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Value: 1000, Phase: "retention"})
	c := addCustomer(t, b, lifecycle.Customer{Name: "Cleo", Value: 250})
	steps := []func(){
		func() { b.Move(ctx, a, "loyalty", "") },
		func() { b.EditCustomer(ctx, c, func(x *lifecycle.Customer) error { x.Value = 999; return nil }) },
		func() { b.Archive(ctx, a, false) },
		func() { b.Archive(ctx, a, true) },
		func() { b.RemoveNewCustomer(ctx, c) },
		func() { addCustomer(t, b, lifecycle.Customer{Name: "Dora", Value: 5, Phase: "loyalty"}) },
		// A lost customer is a win-back candidate: flags count too.
		func() { addCustomer(t, b, lifecycle.Customer{Name: "Eve", Value: 70, Phase: "lost"}) },
		func() { b.Move(ctx, a, "lost", "") },
		func() { b.Snooze(ctx, a, testNow.AddDate(0, 0, 7)) },
		func() { b.Archive(ctx, customerNamed(t, b, "Eve").ID, false) },
	}
	for i, step := range steps {
		step()
		got, err := b.PhaseTotals(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		want := countedTotals(t, b)
		if len(got) != len(want) {
			t.Fatalf("step %d: totals %v, counted %v", i, got, want)
		}
		for p, w := range want {
			if got[p] != w {
				t.Errorf("step %d: %s totals %+v, counted %+v", i, p, got[p], w)
			}
		}
	}
	if n, _ := b.CountCustomers(ctx, Filter{}); n != 2 {
		t.Errorf("customers after the steps = %d, want 2", n)
	}
	b.Snooze(ctx, a, testNow.AddDate(0, 0, 1)) // shorter: still snoozed
	addCustomer(t, b, lifecycle.Customer{Name: "Finn", Phase: "lost"})
	if got, _ := b.PhaseTotals(ctx, Filter{}); got["lost"].Flagged != 1 || got["lost"].Count != 2 {
		t.Errorf("lost column = %+v, want 2 customers, 1 flagged", got["lost"])
	}
	if got, _ := b.PhaseTotals(ctx, Filter{Search: "finn"}); got["lost"] != (PhaseTotal{Count: 1, Flagged: 1}) {
		t.Errorf("lost column filtered to Finn = %+v, want 1 customer, flagged", got["lost"])
	}
	if n, _ := b.CountCustomers(ctx, Filter{Flagged: true}); n != 1 {
		t.Errorf("flagged customers = %d, want Finn alone", n)
	}
}

func TestNoWayIntoAHiddenPhase(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	gone := addCustomer(t, b, lifecycle.Customer{Name: "Gone", Phase: "loyalty"})
	stay := addCustomer(t, b, lifecycle.Customer{Name: "Stay", Phase: "retention"})
	b.Archive(ctx, gone, false)
	if _, err := b.ChangeLifecycle(ctx, func(lc lifecycle.Lifecycle) (lifecycle.Lifecycle, error) { return lc.SetHidden("loyalty", true) }); err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddCustomer(ctx, lifecycle.Customer{Name: "New", Phase: "loyalty"}); err == nil {
		t.Error("a new customer was put in a hidden phase")
	}
	if _, err := b.Move(ctx, stay, "loyalty", ""); err == nil {
		t.Error("a customer was moved into a hidden phase")
	}
	if err := b.Archive(ctx, gone, true); err == nil {
		t.Error("an archived customer came back into a hidden phase")
	}
	if totals, _ := b.PhaseTotals(ctx, Filter{}); totals["loyalty"].Count != 0 {
		t.Errorf("the hidden phase holds %d customers", totals["loyalty"].Count)
	}
}

// TestPhaseCountsReadTheTableThrough checks the plan of the board's
// counts: through the board's index, a count looked up every row, which
// made a filtered board two to five times slower to count on a large book.
// A search of three characters or more reads the customers it finds
// through the search index instead.
func TestPhaseCountsReadTheTableThrough(t *testing.T) {
	b := openTestBook(t)
	where, args := Filter{Search: "mü"}.where()
	if plan := queryPlan(t, b, countPhases(where), args...); len(plan) == 0 || plan[0] != "SCAN c" {
		t.Errorf("the count's plan is %q, want a scan of the table first", plan)
	}
	where, args = b.filtered(Filter{Search: "müller"}).where()
	if plan := queryPlan(t, b, countPhases(where), args...); len(plan) == 0 || plan[0] != "SEARCH c USING INTEGER PRIMARY KEY (rowid=?)" {
		t.Errorf("the count's plan is %q, want the customers the search index finds", plan)
	}
}

// TestTagFilterReadsTheTagsOnce checks that a filter by a tag reads the
// customers of the tag once rather than asking each customer for it,
// which took a list by a tag of a large book from 0.7 s to 0.1 s.
func TestTagFilterReadsTheTagsOnce(t *testing.T) {
	b := openTestBook(t)
	where, args := Filter{Tag: "vip"}.where()
	plan := queryPlan(t, b, `SELECT c.id FROM customers c WHERE `+where+` ORDER BY c.name_fold`, args...)
	if !slices.ContainsFunc(plan, func(step string) bool { return strings.HasPrefix(step, "LIST SUBQUERY") }) {
		t.Errorf("the plan of a list by a tag does not read the tag's customers as a list: %q", plan)
	}
}

// queryPlan is what EXPLAIN QUERY PLAN says of a query, a step a line.
func queryPlan(t *testing.T, b *Book, query string, args ...any) []string {
	t.Helper()
	rows, err := b.reader.Query(`EXPLAIN QUERY PLAN `+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	return plan
}
