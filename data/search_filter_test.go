package data

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"tend/lifecycle"
)

// TestSearchIndexFindsWhatTheScanFound compares the search through the
// index with the scan of the search text it replaces, over the demo book
// and a few hundred queries: pieces of one to four characters of names,
// companies and emails, and queries of accents, digits and punctuation.
// Every customer the scan found is found; a customer more only where the
// query matches once accents are folded ("muller" finds Müller).
func TestSearchIndexFindsWhatTheScanFound(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 300, Seed: 15})
	umlaut := lifecycle.Customer{Name: "Jörg Müller", Company: "Café & Söhne", Email: "j.mueller@cafe.example", Phone: "+49 30 1234", Tags: []string{`say "hi"`}}
	addCustomer(t, b, umlaut)
	customers := allCustomers(t, b)
	queries := []string{"muller", "Müller", "MÜLLER", "cafe", "café", "söhne", "sohne", " & ", "&", "é & s", ".example", "@cafe", "e@c", `"hi"`, `y "h`, `"`, `""`, "49 30", "1234", "%", "_", `\`, "ö", "ü"}
	rng := rand.New(rand.NewPCG(15, 15))
	for len(queries) < 400 {
		c := customers[rng.IntN(len(customers))]
		field := []string{c.Name, c.Company, c.Email}[rng.IntN(3)]
		runes := []rune(field)
		if len(runes) == 0 {
			continue
		}
		n := min(1+rng.IntN(4), len(runes))
		at := rng.IntN(len(runes) - n + 1)
		queries = append(queries, string(runes[at:at+n]))
	}
	folded := 0
	for _, q := range queries {
		found := searchIDs(t, b, q)
		for _, c := range customers {
			if c.Archived() {
				continue
			}
			text, want := c.SearchText(), strings.TrimSpace(strings.ToLower(q))
			scanned := strings.Contains(text, want)
			got := slices.Contains(found, c.ID)
			switch {
			case scanned && !got:
				t.Errorf("%q no longer finds %q, which the scan found", q, c.Name)
			case got && !scanned && !strings.Contains(foldAccents(text), foldAccents(want)):
				t.Errorf("%q finds %q, which holds it not even with accents folded", q, c.Name)
			case got && !scanned:
				folded++
			}
		}
	}
	if folded == 0 {
		t.Error("no query found a customer by its folded accents; want muller to find Müller")
	}
}

// searchIDs lists the ids of the active customers that a search finds.
func searchIDs(t *testing.T, b *Book, q string) []int64 {
	t.Helper()
	var ids []int64
	err := b.EachCustomer(context.Background(), Filter{Search: q}, func(c lifecycle.Customer) error {
		ids = append(ids, c.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	return ids
}

// foldAccents takes the accents off letters, as the index does.
func foldAccents(s string) string {
	var out []rune
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			out = append(out, r)
		}
	}
	return string(out)
}
