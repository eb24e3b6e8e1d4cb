package data

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tend/data/pgtest"
	"tend/lifecycle"
)

// TestBothEnginesFindTheSame makes the same demo book on a file and on the
// server and asks both a few hundred queries: pieces of one to four
// characters of names, companies and e-mails, accents, digits and
// punctuation, and beginnings of the words of contacts' summaries. Both
// engines give the same customers in the same order to a list and to
// tend search, the same entries after them, and the same counts to the
// board's filter.
func TestBothEnginesFindTheSame(t *testing.T) {
	onServerOnly(t)
	opt := DemoOptions{Customers: 300, Seed: 15}
	server, _ := makeDemo(t, opt)
	path := filepath.Join(t.TempDir(), "book.db")
	if _, err := makeDemoFile(path, opt); err != nil {
		t.Fatal(err)
	}
	file, err := Open(context.Background(), path) // the file itself, not the server's stand-in for it
	if err != nil {
		t.Fatal(err)
	}
	file.Now = server.Now
	t.Cleanup(func() { file.Close() })
	for _, b := range []*Book{file, server} {
		addAccentedEntries(t, b)
	}
	customers := allCustomers(t, file)
	if onServer := allCustomers(t, server); !reflect.DeepEqual(customers, onServer) {
		for i := range min(len(customers), len(onServer)) {
			if !reflect.DeepEqual(customers[i], onServer[i]) {
				t.Fatalf("the demo differs between the file and the server: %+v and %+v", customers[i], onServer[i])
			}
		}
		t.Fatalf("the demo differs between the file and the server: %d customers and %d", len(customers), len(onServer))
	}
	for _, q := range engineQueries(t, file, customers) {
		for _, ask := range []struct {
			what string
			ask  func(*Book) any
		}{
			{"list", func(b *Book) any { return searchIDs(t, b, q) }},
			{"search", func(b *Book) any { return searchAll(t, b, q) }},
			{"board", func(b *Book) any { return filteredTotals(t, b, q) }},
		} {
			if onFile, onServer := ask.ask(file), ask.ask(server); !reflect.DeepEqual(onFile, onServer) {
				t.Errorf("%s %q: the file gives %v, the server %v", ask.what, q, onFile, onServer)
			}
		}
	}
}

// addAccentedEntries adds a customer with accents and punctuation in every
// field, with a contact and a purchase in German.
func addAccentedEntries(t *testing.T, b *Book) {
	t.Helper()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Jörg Müller", Company: "Café & Söhne", Email: "j.mueller@cafe.example",
		Phone: "+49 30 1234", Tags: []string{`say "hi"`}})
	ctx := context.Background()
	if _, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: id, At: testNow, Kind: lifecycle.Call, Direction: lifecycle.Out,
		Summary: "Angebot für die Verlängerung; Rückruf nächste Woche, Preis zu hoch? Größe: XL", Sentiment: lifecycle.Neutral}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: id, At: testNow, Amount: 1250, Currency: "EUR", Note: "Öl-Filter für Straße 5 (Ersatz)"}); err != nil {
		t.Fatal(err)
	}
}

// engineQueries are the queries both engines are asked.
func engineQueries(t *testing.T, b *Book, customers []lifecycle.Customer) []string {
	t.Helper()
	queries := []string{"muller", "Müller", "MÜLLER", "cafe", "café", "söhne", "sohne", " & ", "&", "é & s", ".example",
		"@cafe", "e@c", `"hi"`, `y "h`, `"`, "49 30", "1234", "%", "_", `\`, "ö", "ü", "Ö", "angebot", "Verläng", "verlang",
		"rückruf", "ruckr", "größe", "grosse", "grö", "öl-f", "oel", "strasse", "straße", "5", "xl?", "nächste woche", "w", "'"}
	// Under the race detector, which makes each of the 2,400 reads of both
	// engines ten times slower, a third of the random queries; every one
	// in go test ./... without it. The queries written out above stay.
	parts, all := 250, 400
	if raceDetector {
		parts, all = 120, 170
	}
	rng := rand.New(rand.NewPCG(16, 16))
	for len(queries) < parts {
		c := customers[rng.IntN(len(customers))]
		runes := []rune([]string{c.Name, c.Company, c.Email}[rng.IntN(3)])
		if n := min(1+rng.IntN(4), len(runes)); n > 0 {
			at := rng.IntN(len(runes) - n + 1)
			queries = append(queries, string(runes[at:at+n]))
		}
	}
	words := strings.Fields(strings.Join(contactSummaries(t, b), " "))
	for len(queries) < all {
		w := []rune(strings.Trim(words[rng.IntN(len(words))], ".,;:!?()"))
		if len(w) == 0 {
			continue
		}
		q := string(w[:1+rng.IntN(len(w))])
		if rng.IntN(4) == 0 {
			q += " " + words[rng.IntN(len(words))]
		}
		queries = append(queries, q)
	}
	return queries
}

// contactSummaries are the summaries of the book's contacts.
func contactSummaries(t *testing.T, b *Book) []string {
	t.Helper()
	rows, err := b.reader.Query(`SELECT summary FROM contacts ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var summaries []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		summaries = append(summaries, s)
	}
	return summaries
}

// searchAll is what tend search gives for q, or the code of its refusal.
func searchAll(t *testing.T, b *Book, q string) any {
	t.Helper()
	hits, err := b.Search(context.Background(), q, 60)
	var coded lifecycle.Coded
	if errors.As(err, &coded) && coded.Code() == CodeSearchNothing {
		return coded.Code()
	}
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	return hits
}

// filteredTotals are the board's counts under a filter of q.
func filteredTotals(t *testing.T, b *Book, q string) string {
	t.Helper()
	var totals map[string]PhaseTotal
	err := b.ReadBoard(context.Background(), Filter{Search: q}, func(r *BoardRead) (err error) {
		totals, err = r.PhaseTotals(context.Background())
		return err
	})
	if err != nil {
		t.Fatalf("filter the board by %q: %v", q, err)
	}
	return fmt.Sprint(totals)
}

// TestRepairRebuildsAServerSearchIndexMarkedInvalid: the server's search
// indexes index generated columns, always the rows'; what check finds is
// an index the server no longer uses, and what repair does is rebuild it.
func TestRepairRebuildsAServerSearchIndexMarkedInvalid(t *testing.T) {
	onServerOnly(t)
	b := openTestBook(t)
	ctx := context.Background()
	if found, err := b.engine.checkSearchIndex(ctx, b); err != nil || len(found) != 0 {
		t.Fatalf("a new book: %v, %v", found, err)
	}
	if _, err := b.writer.Exec(`UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'contacts_words'::regclass`); err != nil {
		t.Fatal(err)
	}
	found, err := b.engine.checkSearchIndex(ctx, b)
	if err != nil || len(found) != 1 || !hasCode(found[0], CodeCheckSearchIndex) {
		t.Fatalf("an invalid index: %v, %v", found, err)
	}
	rebuilt, err := b.Repair(ctx, found)
	if err != nil || !reflect.DeepEqual(rebuilt, []Rebuilt{{What: RebuiltSearchIndex, Index: "contacts_words"}}) {
		t.Fatalf("repair: %v, %v", rebuilt, err)
	}
	if found, err := b.engine.checkSearchIndex(ctx, b); err != nil || len(found) != 0 {
		t.Fatalf("after the repair: %v, %v", found, err)
	}
}

// TestARoleThatMayNotCreateTheSearchExtensionIsToldWhoCan: a new server
// book needs pg_trgm, which a role without the right to create in the
// database cannot add; it is told so in words, and nothing is made.
func TestARoleThatMayNotCreateTheSearchExtensionIsToldWhoCan(t *testing.T) {
	onServerOnly(t)
	owner := pgtest.Database(t)
	admin, err := openServerDB(owner)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	role := fmt.Sprintf("rep_%d", rand.Int64())
	for _, q := range []string{`CREATE ROLE ` + role + ` LOGIN`, `GRANT CREATE ON SCHEMA public TO ` + role} {
		if _, err := admin.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		admin.Exec(`DROP OWNED BY ` + role)
		admin.Exec(`DROP ROLE ` + role)
	})
	u, _ := url.Parse(owner)
	u.User = url.User(role)
	_, err = Open(context.Background(), u.String())
	if !hasCode(err, CodeServerSearch) {
		t.Fatalf("open as a role that may not create the extension: %v, want code %s", err, CodeServerSearch)
	}
	var tables int
	admin.QueryRow(`SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`).Scan(&tables)
	if tables != 0 {
		t.Errorf("%d tables were made", tables)
	}
}
