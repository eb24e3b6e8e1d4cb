package data

import (
	"bytes"
	"cmp"
	"context"
	"slices"
	"strings"
	"testing"

	"tend/lifecycle"
)

// sortedBook is a book of one column, retention, whose customers tie on
// every key of some order, so that the id must break the ties.
func sortedBook(t *testing.T) (*Book, []lifecycle.Customer) {
	t.Helper()
	ctx := context.Background()
	b := openTestBook(t)
	specs := []struct {
		name        string
		value       lifecycle.Money
		sinceDays   int
		contactDays int // 0 for never
		urgency     int
	}{
		{"Birgit", 500, 10, 3, 0}, {"bärbel", 500, 40, 0, 2}, {"Zoe", 100, 10, 30, 0},
		{"Ångström", 900, 5, 3, 2}, {"Anders", 100, 40, 30, 0}, {"Öztürk", 0, 70, 0, 0},
		{"Oskar", 500, 5, 8, 1}, {"ANDERS", 0, 10, 8, 0},
	}
	for _, s := range specs {
		since := testNow.AddDate(0, 0, -s.sinceDays)
		id := addCustomer(t, b, lifecycle.Customer{Name: s.name, Phase: "retention", Value: s.value, PhaseSince: since, CreatedAt: since})
		if s.contactDays > 0 {
			logAt(t, b, id, testNow.AddDate(0, 0, -s.contactDays))
		}
		if _, err := b.writer.Exec(`UPDATE customers SET urgency = ? WHERE id = ?`, s.urgency, id); err != nil {
			t.Fatal(err)
		}
	}
	var all []lifecycle.Customer
	err := b.EachCustomer(ctx, Filter{Order: OrderUrgency}, func(c lifecycle.Customer) error {
		all = append(all, c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b, all
}

// wantOrder sorts the customers as an order should, the more urgent then
// the id breaking ties.
func wantOrder(b *Book, o Order, cs []lifecycle.Customer) []string {
	urgency := map[int64]int{}
	for _, c := range cs {
		var u int
		b.reader.QueryRow(`SELECT urgency FROM customers WHERE id = ?`, c.ID).Scan(&u) //nolint:errcheck
		urgency[c.ID] = u
	}
	contact := func(c lifecycle.Customer) int64 {
		if c.LastContactAt.IsZero() {
			return -1
		}
		return c.LastContactAt.Unix()
	}
	keys := func(x, y lifecycle.Customer) int {
		switch o {
		case OrderValue:
			return cmp.Compare(y.Value, x.Value)
		case OrderLastContact:
			return cmp.Compare(contact(x), contact(y))
		case OrderDaysInPhase:
			return x.PhaseSince.Compare(y.PhaseSince)
		case OrderName:
			return bytes.Compare(nameSortKey(x.Name), nameSortKey(y.Name))
		}
		return cmp.Or(cmp.Compare(urgency[y.ID], urgency[x.ID]), cmp.Compare(contact(y), contact(x)))
	}
	sorted := slices.Clone(cs)
	slices.SortFunc(sorted, func(x, y lifecycle.Customer) int {
		return cmp.Or(keys(x, y), cmp.Compare(urgency[y.ID], urgency[x.ID]), cmp.Compare(x.ID, y.ID))
	})
	return names(sorted)
}

// TestEveryOrderPagesTheColumn reads a column in each order whole and in
// pages of three, and finds each card where CardIndex says it stands.
func TestEveryOrderPagesTheColumn(t *testing.T) {
	ctx := context.Background()
	b, all := sortedBook(t)
	for _, o := range Orders() {
		f := Filter{Phase: "retention", Order: o}
		whole, err := b.Cards(ctx, f, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := names(whole), wantOrder(b, o, all); !slices.Equal(got, want) {
			t.Errorf("%s: cards %v, want %v", o, got, want)
		}
		var paged []lifecycle.Customer
		for from := 0; from < len(whole); from += 3 {
			page, _ := b.Cards(ctx, f, from, 3)
			paged = append(paged, page...)
		}
		if !slices.Equal(names(paged), names(whole)) {
			t.Errorf("%s: pages of three read %v, want %v", o, names(paged), names(whole))
		}
		for i, c := range whole {
			if _, got, err := b.CardIndex(ctx, f, c.ID); err != nil || got != i {
				t.Errorf("%s: CardIndex(%s) = %d, %v; want %d", o, c.Name, got, err, i)
			}
		}
	}
}

// TestNamesSortAsGermanReadersExpect lists names in name order: umlauts
// with their vowel, Å with the A's, case aside, the id breaking a tie.
func TestNamesSortAsGermanReadersExpect(t *testing.T) {
	b := openTestBook(t)
	for _, n := range []string{"Zoë", "Birgit", "Öztürk", "Bärbel", "ærø", "Ångström", "Oskar", "anders", "Ostermann", "Ärger", "BÄRBEL", "Åsa"} {
		addCustomer(t, b, lifecycle.Customer{Name: n})
	}
	var got []string
	b.EachCustomer(context.Background(), Filter{}, func(c lifecycle.Customer) error { //nolint:errcheck
		got = append(got, c.Name)
		return nil
	})
	want := []string{"ærø", "anders", "Ångström", "Ärger", "Åsa", "Bärbel", "BÄRBEL", "Birgit", "Oskar", "Ostermann", "Öztürk", "Zoë"}
	if !slices.Equal(got, want) {
		t.Errorf("name order:\n got %v\nwant %v", got, want)
	}
}

func TestParseOrderListsTheChoices(t *testing.T) {
	for _, o := range Orders() {
		if got, err := ParseOrder(" " + string(o)); err != nil || got != o {
			t.Errorf("ParseOrder(%q) = %q, %v", o, got, err)
		}
	}
	_, err := ParseOrder("size")
	c := codedAs(t, err, CodeUnknownOrder)
	if c.Values()["Order"] != "size" || !strings.Contains(c.Values()["Choices"].(string), "days-in-phase") {
		t.Errorf("unknown order says %v", c.Values())
	}
}

// keyOf is the name key stored for a customer.
func keyOf(t *testing.T, b *Book, id int64) []byte {
	t.Helper()
	var key []byte
	if err := b.writer.QueryRow(`SELECT name_key FROM customers WHERE id = ?`, id).Scan(&key); err != nil {
		t.Fatal(err)
	}
	return key
}

// TestNameKeyFollowsTheName checks that every write of a name writes its
// key: an add, an edit, an import's new and updated customers, and that
// forgetting a customer leaves no key of theirs, and check finds a stale one.
func TestNameKeyFollowsTheName(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Bärbel Roth", Email: "b@roth.de"})
	if !bytes.Equal(keyOf(t, b, id), nameSortKey("Bärbel Roth")) {
		t.Error("a new customer's key is not its name's")
	}
	if _, err := b.EditCustomer(ctx, id, func(c *lifecycle.Customer) error { c.Name = "Zita Roth"; return nil }); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(keyOf(t, b, id), nameSortKey("Zita Roth")) {
		t.Error("an edited name kept its old key")
	}
	if _, err := importText(t, b, Customers, "name,email\nÅse Berg,b@roth.de\nÖmer Kaya,o@kaya.de\n", ImportOptions{OnDuplicate: DuplicateUpdate}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(keyOf(t, b, id), nameSortKey("Åse Berg")) {
		t.Error("a name an import updated kept its old key")
	}
	var kaya int64
	b.writer.QueryRow(`SELECT id FROM customers WHERE name = 'Ömer Kaya'`).Scan(&kaya) //nolint:errcheck
	if !bytes.Equal(keyOf(t, b, kaya), nameSortKey("Ömer Kaya")) {
		t.Error("an imported customer's key is not its name's")
	}
	if problems, err := b.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check of a sound book: %v, %v", problems, err)
	}
	b.writer.Exec(`UPDATE customers SET name_key = ? WHERE id = ?`, nameSortKey("Aaron"), kaya) //nolint:errcheck
	problems, _ := b.Check(ctx)
	if len(problems) != 1 || codedAs(t, problems[0], CodeCheckNameKey).Values()["Name"] != "Ömer Kaya" {
		t.Errorf("check of a stale key says %v", problems)
	}
	if _, err := b.Forget(ctx, kaya); err != nil && !strings.Contains(err.Error(), "wipe") {
		t.Fatal(err)
	}
	var left int
	b.writer.QueryRow(`SELECT count(*) FROM customers WHERE name_key = ?`, nameSortKey("Aaron")).Scan(&left) //nolint:errcheck
	if left != 0 {
		t.Error("a forgotten customer's name key is still in the book")
	}
}

// TestEveryOrderReadsAPageThroughAnIndex checks the plan of a page of a
// column in each order, of all its customers and of the flagged: through
// an index of the phase, in its order, rather than a scan of the table
// and a sort of its rows per page.
func TestEveryOrderReadsAPageThroughAnIndex(t *testing.T) {
	b := openTestBook(t)
	for _, o := range Orders() {
		for _, flagged := range []bool{false, true} {
			where, args := Filter{Phase: "retention", Order: o, Flagged: flagged}.where()
			query := `SELECT c.id FROM customers c WHERE ` + where + ` ORDER BY ` + o.orderBy() + ` LIMIT 30 OFFSET 60`
			plan := strings.Join(queryPlan(t, b, query, args...), "; ")
			if !strings.HasPrefix(plan, "SEARCH c USING INDEX") || strings.Contains(plan, "TEMP B-TREE") {
				t.Errorf("%s (flagged %v): a page's plan is %q, want a search of an index in order", o, flagged, plan)
			}
		}
	}
	plan := strings.Join(queryPlan(t, b, `SELECT c.id FROM customers c WHERE c.archived_at IS NULL ORDER BY `+OrderName.orderBy()), "; ")
	if strings.Contains(plan, "TEMP B-TREE") {
		t.Errorf("a list by name sorts its rows: %q", plan)
	}
}

func TestDemoNamesHaveTheirKeys(t *testing.T) {
	b := openTestBook(t)
	if err := b.FillDemo(context.Background(), DemoOptions{Customers: 60}); err != nil {
		t.Fatal(err)
	}
	if stale, err := staleNameKeys(context.Background(), b.reader); err != nil || len(stale) != 0 {
		t.Errorf("demo customers with a stale name key: %v, %v", stale, err)
	}
}

// TestCardIndexCountsThroughTheOrdersIndex checks the plan of the count of
// the cards before a card, in each order and under each filter: through
// the order's index. Taking another index of the phase read every row of
// the column, 100-200 ms on the large book.
func TestCardIndexCountsThroughTheOrdersIndex(t *testing.T) {
	b := openTestBook(t)
	for _, o := range Orders() {
		vals := make([]any, len(o.terms()))
		for i := range vals {
			vals[i] = 1
		}
		for _, f := range []Filter{{}, {Flagged: true}, {Search: "müller", Tag: "vip", Owner: "Anke"}} {
			f.Phase, f.Order = "retention", o
			query, args := b.filtered(f).countBefore(vals, 5)
			plan := strings.Join(queryPlan(t, b, query, args...), "; ")
			if !strings.HasPrefix(plan, "SEARCH c USING INDEX "+o.index()+" ") {
				t.Errorf("%s, filter %+v: the count's plan is %q", o, f, plan)
			}
			var n int
			if err := b.reader.QueryRow(query, args...).Scan(&n); err != nil {
				t.Errorf("%s, filter %+v: %v", o, f, err)
			}
		}
	}
}
