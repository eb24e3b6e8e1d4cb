package data

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// searchBook is a book with a customer to find by its own fields, and
// contacts and purchases to find by their words.
func searchBook(t testing.TB) (*Book, int64) {
	t.Helper()
	b := openTestBook(t)
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Jörg Müller", Company: "Angebotswerk GmbH", Email: "joerg@example.com"})
	other := addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace", Company: "Engines Ltd"})
	log := func(cid int64, at time.Time, summary string) {
		t.Helper()
		c := lifecycle.Contact{CustomerID: cid, At: at, Kind: lifecycle.Call, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: summary}
		if _, err := b.LogContact(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	log(other, testNow.Add(-48*time.Hour), "Sent the Angebot for the new engines")
	log(other, testNow.Add(-time.Hour), "Angebote compared; "+strings.Repeat("a long digression ", 10)+"she liked the Angebot best")
	log(id, testNow.Add(-72*time.Hour), "Talked about the weather")
	if _, err := b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: other, At: testNow.Add(-24 * time.Hour), Amount: 1200, Currency: "EUR", Note: "angebotspreis paid"}); err != nil {
		t.Fatal(err)
	}
	return b, id
}

func TestSearchFindsCustomersFirstThenTheLatestEntries(t *testing.T) {
	b, id := searchBook(t)
	hits, err := b.Search(context.Background(), "angeb", 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.Kind+" "+h.Field+" "+marked(h))
	}
	want := []string{
		"customer company [Angeb]otswerk GmbH",
		"contact summary [Angebote] compared; a long digression a long digression a long digression a lon…",
		"purchase note [angebotspreis] paid",
		"contact summary Sent the [Angebot] for the new engines",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("search angeb:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if hits[0].CustomerID != id || hits[0].EntryID != 0 || !hits[0].At.IsZero() || hits[0].Customer != "Jörg Müller" {
		t.Errorf("customer hit = %+v", hits[0])
	}
	if hits[1].Customer != "Ada Lovelace" || hits[1].EntryID == 0 || !hits[1].At.Equal(testNow.Add(-time.Hour)) {
		t.Errorf("contact hit = %+v", hits[1])
	}
}

func TestSearchFoldsAccentsAndMarksTheOriginalLetters(t *testing.T) {
	b, _ := searchBook(t)
	hits, err := b.Search(context.Background(), "MULLER", 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("search MULLER = %+v, %v; want Jörg Müller", hits, err)
	}
	if got := marked(hits[0]); got != "Jörg [Müller]" {
		t.Errorf("marked = %q", got)
	}
}

func TestSearchStopsAtTheLimit(t *testing.T) {
	b, _ := searchBook(t)
	hits, err := b.Search(context.Background(), "angeb", 2)
	if err != nil || len(hits) != 2 || hits[1].Kind != HitContact {
		t.Errorf("search angeb, 2 = %+v, %v; want the customer and the latest contact", hits, err)
	}
}

func TestSearchRefusesAQueryWithoutALetterOrDigit(t *testing.T) {
	b, _ := searchBook(t)
	for _, q := range []string{"", "   ", `"`, "&*", "…"} {
		_, err := b.Search(context.Background(), q, 10)
		var coded lifecycle.Coded
		if !errors.As(err, &coded) || coded.Code() != CodeSearchNothing {
			t.Errorf("search %q: %v, want %s", q, err, CodeSearchNothing)
		}
	}
}

func TestSearchTakesOperatorsAsText(t *testing.T) {
	b, _ := searchBook(t)
	for _, q := range []string{`angeb OR x`, `"angeb`, `angeb*`, `NEAR(angeb`, `-angeb`, `^angeb`, `angeb:`} {
		if _, err := b.Search(context.Background(), q, 10); err != nil {
			t.Errorf("search %q: %v", q, err)
		}
	}
}

// marked writes a hit's snippet with its marks in brackets.
func marked(h SearchHit) string {
	var b strings.Builder
	at := 0
	for _, m := range h.Marks {
		b.WriteString(h.Snippet[at:m[0]] + "[" + h.Snippet[m[0]:m[1]] + "]")
		at = m[1]
	}
	return b.String() + h.Snippet[at:]
}
