package data

import (
	"context"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
	"time"

	"tend/lifecycle"
)

// unhappyBook holds a customer at risk for two negative calls in a row,
// who bought twice; it returns the customer's id.
func unhappyBook(t *testing.T) (*Book, int64) {
	t.Helper()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Unhappy Ltd", Phase: "retention", CreatedAt: daysBefore(30)})
	contactAt(t, b, id, daysBefore(4), lifecycle.Negative, false, time.Time{})
	contactAt(t, b, id, daysBefore(2), lifecycle.Negative, false, time.Time{})
	buyAt(t, b, id, daysBefore(20), 120000)
	buyAt(t, b, id, daysBefore(10), 30000)
	return b, id
}

func flagKinds(t *testing.T, b *Book, id int64) []lifecycle.FlagKind {
	t.Helper()
	o, err := b.Outlooks(context.Background(), []int64{id})
	if err != nil {
		t.Fatal(err)
	}
	var kinds []lifecycle.FlagKind
	for _, f := range o[id].Flags {
		kinds = append(kinds, f.Kind)
	}
	return kinds
}

// entryRows are the contacts and purchases of a customer as stored, with
// the time each was first stored.
func entryRows(t *testing.T, b *Book, id int64) [][]any {
	t.Helper()
	var out [][]any
	for _, q := range []string{
		`SELECT id, at, kind, direction, summary, sentiment, moment, coalesce(follow_up_at, 0), created_at FROM contacts WHERE customer_id = ? ORDER BY id`,
		`SELECT id, at, amount_cents, currency, note, 0, 0, 0, created_at FROM purchases WHERE customer_id = ? ORDER BY id`,
	} {
		rows, err := b.reader.Query(q, id)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			row := make([]any, 9)
			ptrs := make([]any, 9)
			for i := range row {
				ptrs[i] = &row[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out = append(out, row)
		}
		rows.Close()
	}
	return out
}

func TestEditingAContactRescoresAuditsAndUndoes(t *testing.T) {
	ctx := context.Background()
	b, id := unhappyBook(t)
	if got := flagKinds(t, b, id); len(got) != 1 || got[0] != lifecycle.AtRisk {
		t.Fatalf("flags before = %v, want at-risk for two negative calls", got)
	}
	before := entryRows(t, b, id)
	h, _ := b.History(ctx, id)
	was := h.Contacts[1]
	now := was
	now.Sentiment, now.Summary, now.Kind = lifecycle.Positive, "  Sorted it out after all ", lifecycle.Meeting
	if err := b.EditEntry(ctx, ContactEntry(was), ContactEntry(now)); err != nil {
		t.Fatal(err)
	}
	if got := flagKinds(t, b, id); len(got) != 0 {
		t.Errorf("flags after the call turned positive = %v, want none", got)
	}
	h, _ = b.History(ctx, id)
	if got := h.Contacts[1]; got.Summary != "Sorted it out after all" || got.Sentiment != lifecycle.Positive || got.ID != was.ID {
		t.Errorf("stored contact = %+v", got)
	}
	ref := "#" + strconv.FormatInt(was.ID, 10) + " " + was.At.Format("2006-01-02 15:04")
	checkLastAudit(t, b, h, "contact", ref+" call out negative: call", ref+" meeting out positive: Sorted it out after all")
	// The undo is the edit the other way round, and leaves the rows as
	// they were.
	if err := b.EditEntry(ctx, ContactEntry(h.Contacts[1]), ContactEntry(was)); err != nil {
		t.Fatal(err)
	}
	if got := entryRows(t, b, id); !reflect.DeepEqual(got, before) {
		t.Errorf("rows after the undo\n%v\nwant\n%v", got, before)
	}
	if got := flagKinds(t, b, id); len(got) != 1 || got[0] != lifecycle.AtRisk {
		t.Errorf("flags after the undo = %v, want at-risk again", got)
	}
}

// checkLastAudit checks the latest entry of the audit trail.
func checkLastAudit(t *testing.T, b *Book, h History, field, old, new string) {
	t.Helper()
	last := h.Audit[len(h.Audit)-1]
	if last.Field != field || last.Old != old || last.New != new || last.Who != b.Who {
		t.Errorf("audit entry = %+v, want %s %q → %q by %s", last, field, old, new, b.Who)
	}
}

func TestRemovingAPurchaseChangesTheSpendAndRestoresExactly(t *testing.T) {
	ctx := context.Background()
	b, id := unhappyBook(t)
	before := entryRows(t, b, id)
	h, _ := b.History(ctx, id)
	removed, err := b.RemoveEntry(ctx, PurchaseEntry(h.Purchases[0]))
	if err != nil {
		t.Fatal(err)
	}
	c, _ := b.Customer(ctx, id)
	if c.Purchases != 1 || c.TotalSpend != 30000 {
		t.Errorf("summary after the removal: %d purchases, %v spent; want 1 and 300", c.Purchases, c.TotalSpend)
	}
	h, _ = b.History(ctx, id)
	last := h.Audit[len(h.Audit)-1]
	if last.Field != "purchase" || last.New != "" || last.Old == "" {
		t.Errorf("audit entry = %+v, want the purchase with nothing after", last)
	}
	if err := b.RestoreEntry(ctx, removed); err != nil {
		t.Fatal(err)
	}
	if got := entryRows(t, b, id); !reflect.DeepEqual(got, before) {
		t.Errorf("rows after the undo\n%v\nwant\n%v", got, before)
	}
	if c, _ := b.Customer(ctx, id); c.Purchases != 2 || c.TotalSpend != 150000 {
		t.Errorf("summary after the undo: %d purchases, %v spent", c.Purchases, c.TotalSpend)
	}
}

func TestRemovingAContactClearsItsFlag(t *testing.T) {
	ctx := context.Background()
	b, id := unhappyBook(t)
	h, _ := b.History(ctx, id)
	removed, err := b.RemoveEntry(ctx, ContactEntry(h.Contacts[0]))
	if err != nil {
		t.Fatal(err)
	}
	if got := flagKinds(t, b, id); len(got) != 0 {
		t.Errorf("flags with one negative call left = %v, want none", got)
	}
	if err := b.RestoreEntry(ctx, removed); err != nil {
		t.Fatal(err)
	}
	if got := flagKinds(t, b, id); len(got) != 1 {
		t.Errorf("flags after the undo = %v, want at-risk", got)
	}
}

func TestAnEditThatChangesNothingWritesNothing(t *testing.T) {
	ctx := context.Background()
	b, id := unhappyBook(t)
	h, _ := b.History(ctx, id)
	if err := b.EditEntry(ctx, PurchaseEntry(h.Purchases[0]), PurchaseEntry(h.Purchases[0])); err != nil {
		t.Fatal(err)
	}
	if after, _ := b.History(ctx, id); len(after.Audit) != len(h.Audit) {
		t.Errorf("audit entries %d, want %d: an edit that changed nothing was recorded", len(after.Audit), len(h.Audit))
	}
}

func TestEntryWritesRefuseWhatChangedSince(t *testing.T) {
	ctx := context.Background()
	b, id := unhappyBook(t)
	h, _ := b.History(ctx, id)
	p := h.Purchases[1]
	stale := p
	stale.Note = "as another process saw it"
	changed := p
	changed.Amount = 45000
	if err := b.EditEntry(ctx, PurchaseEntry(stale), PurchaseEntry(changed)); !hasCode(err, CodeRecordChanged) {
		t.Errorf("edit of a changed purchase = %v, want %s", err, CodeRecordChanged)
	}
	if _, err := b.RemoveEntry(ctx, PurchaseEntry(stale)); !hasCode(err, CodeRecordChanged) {
		t.Errorf("removal of a changed purchase = %v, want %s", err, CodeRecordChanged)
	}
	zero := p
	zero.Amount = 0
	if err := b.EditEntry(ctx, PurchaseEntry(p), PurchaseEntry(zero)); !hasCode(err, lifecycle.CodePurchaseZero) {
		t.Errorf("edit to a zero amount = %v", err)
	}
	removed, err := b.RemoveEntry(ctx, PurchaseEntry(p))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.RemoveEntry(ctx, PurchaseEntry(p)); !hasCode(err, CodeRecordGone) {
		t.Errorf("second removal = %v, want %s", err, CodeRecordGone)
	}
	// A purchase added since takes the free id; the removed one cannot
	// come back in its place.
	buyAt(t, b, id, daysBefore(1), 100)
	if err := b.RestoreEntry(ctx, removed); !hasCode(err, CodeRecordTaken) {
		t.Errorf("restore into a taken id = %v, want %s", err, CodeRecordTaken)
	}
}

// FuzzFindEntry reads any kind and id: an entry found is the one named,
// anything else is a coded error.
func FuzzFindEntry(f *testing.F) {
	for _, seed := range [][2]string{{"contact", "1"}, {"purchases", "#1"}, {" Contact ", " 2 "}, {"customer", "1"},
		{"contact", "-1"}, {"contact", "1e3"}, {"purchase", "99999999999999999999"}, {"", ""}} {
		f.Add(seed[0], seed[1])
	}
	ctx := context.Background()
	b, err := Open(ctx, filepath.Join(f.TempDir(), "book.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer b.Close()
	id, err := b.AddCustomer(ctx, lifecycle.Customer{Name: "Ada"})
	if err != nil {
		f.Fatal(err)
	}
	if _, err := b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: id, At: b.Now().Add(-time.Hour), Amount: 100}); err != nil {
		f.Fatal(err)
	}
	if _, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: id, At: b.Now().Add(-time.Hour), Kind: lifecycle.Call,
		Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "hello"}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, kind, ref string) {
		e, err := b.FindEntry(context.Background(), kind, ref)
		if err != nil {
			if _, ok := err.(lifecycle.Coded); !ok {
				t.Fatalf("FindEntry(%q, %q) = %v, not coded", kind, ref, err)
			}
			return
		}
		if e.Kind() == "" || e.ID() <= 0 || e.CustomerID() != id {
			t.Fatalf("FindEntry(%q, %q) = %+v", kind, ref, e)
		}
	})
}
