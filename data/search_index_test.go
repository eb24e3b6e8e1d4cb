package data

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// TestSearchIndexKeepsInStepWithEveryWrite makes random writes of every
// kind the book knows (add, edit, archive, log, buy, correct, delete,
// forget, import) and after each batch checks that every search index
// holds exactly what its rows hold (FTS5's integrity check against the
// rows), and that each live customer is found by its name through it.
func TestSearchIndexKeepsInStepWithEveryWrite(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(15, 11))
	w := &randomWriter{t: t, b: b, rng: rng}
	steps := 240
	if raceDetector {
		// A third of the writes under the race detector, which makes
		// SQLite ten times slower; all of them without it, in go test ./...
		steps = 80
	}
	for step := range steps {
		w.step(ctx)
		if step%40 == 39 {
			assertIndexInStep(t, b)
		}
	}
	for _, c := range allCustomers(t, b) {
		if c.Archived() {
			continue
		}
		hits, err := b.Search(ctx, c.Name, 500)
		if err != nil || !hasCustomerHit(hits, c.ID) {
			t.Errorf("search %q misses customer %d: %v", c.Name, c.ID, err)
		}
	}
}

func assertIndexInStep(t *testing.T, b *Book) {
	t.Helper()
	found, err := b.Check(context.Background())
	if err != nil || len(found) != 0 {
		t.Fatalf("check after random writes: %v, %v", found, err)
	}
}

func hasCustomerHit(hits []SearchHit, id int64) bool {
	for _, h := range hits {
		if h.Kind == HitCustomer && h.CustomerID == id {
			return true
		}
	}
	return false
}

// randomWriter writes at random to a book, through its API.
type randomWriter struct {
	t   *testing.T
	b   *Book
	rng *rand.Rand
	n   int
}

var randomWords = []string{"Müller", "Angebot", "Straße", "café", "Öl", "renewal", "Jörg", "Zoë", "acme", "Søren", "quote", "&", "O'Brien"}

func (w *randomWriter) words(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = randomWords[w.rng.IntN(len(randomWords))]
	}
	return strings.Join(parts, " ")
}

func (w *randomWriter) step(ctx context.Context) {
	w.t.Helper()
	ids := customerIDs(w.t, w.b)
	op := w.rng.IntN(10)
	if len(ids) == 0 || op == 0 {
		w.n++
		addCustomer(w.t, w.b, lifecycle.Customer{Name: w.words(2) + " " + strconv.Itoa(w.n), Company: w.words(1), Tags: []string{w.words(1)}})
		return
	}
	id := ids[w.rng.IntN(len(ids))]
	var err error
	switch op {
	case 1:
		_, err = w.b.EditCustomer(ctx, id, func(c *lifecycle.Customer) error {
			c.Name, c.Company, c.Tags = w.words(2)+" "+strconv.Itoa(int(id)), w.words(1), []string{w.words(1)}
			return nil
		})
	case 2:
		err = w.b.Archive(ctx, id, w.rng.IntN(2) == 0)
	case 3, 4:
		_, err = w.b.LogContact(ctx, lifecycle.Contact{CustomerID: id, At: testNow.Add(-time.Duration(w.rng.IntN(1000)) * time.Hour),
			Kind: lifecycle.Call, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: w.words(3)})
	case 5:
		_, err = w.b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: id, At: testNow.Add(-time.Duration(w.rng.IntN(1000)) * time.Hour),
			Amount: 100, Currency: "EUR", Note: w.words(2)})
	case 6, 7:
		err = w.changeEntry(ctx, id, op == 6)
	case 8:
		_, err = w.b.Forget(ctx, id)
	case 9:
		err = w.importSome(ctx, 5+w.rng.IntN(40))
	}
	if err != nil && !strings.Contains(err.Error(), "archived") {
		w.t.Fatalf("random write %d to customer %d: %v", op, id, err)
	}
}

// changeEntry corrects or removes the customer's latest contact or
// purchase, if it has one.
func (w *randomWriter) changeEntry(ctx context.Context, id int64, correct bool) error {
	h, err := w.b.History(ctx, id)
	if err != nil {
		return err
	}
	var e Entry
	switch {
	case len(h.Contacts) > 0:
		e = ContactEntry(h.Contacts[0])
	case len(h.Purchases) > 0:
		e = PurchaseEntry(h.Purchases[0])
	default:
		return nil
	}
	if !correct {
		_, err = w.b.RemoveEntry(ctx, e)
		return err
	}
	now := e
	if e.Contact != nil {
		c := *e.Contact
		c.Summary = w.words(3)
		now = ContactEntry(c)
	} else {
		p := *e.Purchase
		p.Note = w.words(2)
		now = PurchaseEntry(p)
	}
	return w.b.EditEntry(ctx, e, now)
}

// importSome imports n new customers, enough against a small book for
// the import to set the indexes and triggers aside and rebuild them.
func (w *randomWriter) importSome(ctx context.Context, n int) error {
	var csv strings.Builder
	csv.WriteString("Name,Company,Tags\n")
	for range n {
		w.n++
		fmt.Fprintf(&csv, "%q,%q,%q\n", w.words(2)+" "+strconv.Itoa(w.n), w.words(1), w.words(1))
	}
	_, err := w.b.Import(ctx, Customers, strings.NewReader(csv.String()), ImportOptions{File: "more.csv"})
	return err
}

// customerIDs lists the ids of every customer, archived ones too.
func customerIDs(t *testing.T, b *Book) []int64 {
	var ids []int64
	for _, c := range allCustomers(t, b) {
		ids = append(ids, c.ID)
	}
	return ids
}
