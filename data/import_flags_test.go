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

// scoredAgain scores every customer of the book as its full scoring does,
// with the stored models, and returns the customers whose stored flag code
// differs, the rows of flags the scoring gives, as flagRows reads them, and
// the flags with their reasons it keeps, as keptRows reads them.
func scoredAgain(t *testing.T, b *Book) (changed []int64, rows, kept []string) {
	t.Helper()
	ctx := context.Background()
	sc, err := readScorer(ctx, b.reader, b.Now())
	if err != nil {
		t.Fatal(err)
	}
	err = sc.each(ctx, b.reader, everyone, func(c CustomerFacts, stored flagCode) {
		flags := sc.flags(c)
		if codeOf(flags) != stored {
			changed = append(changed, c.ID)
		}
		for _, f := range flags {
			rows = append(rows, fmt.Sprintf("%v %v %v %v", flagValues(c.ID, f)...))
		}
		if text, ok := encodeFlags(flags); ok && len(flags) > 0 {
			kept = append(kept, fmt.Sprintf("%d %s", c.ID, text))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(rows)
	slices.Sort(kept)
	return changed, rows, kept
}

// keptRows are the flags the book keeps with their reasons, a customer
// each.
func keptRows(t *testing.T, b *Book) []string {
	t.Helper()
	rows := queryStrings(t, b, `SELECT customer_id || ' ' || flags FROM flag_reasons`)
	slices.Sort(rows)
	return rows
}

// flagRows are the book's flags, a line each.
func flagRows(t *testing.T, b *Book) []string {
	t.Helper()
	rows := queryStrings(t, b, `SELECT customer_id || ' ' || kind || ' ' || severity || ' ' || worth_cents FROM flags`)
	slices.Sort(rows)
	return rows
}

// checkFlagsOfAFullScoring fails the test unless the stored flags are
// those a full scoring gives, row for row, and tend check finds nothing.
func checkFlagsOfAFullScoring(t *testing.T, b *Book, when string) {
	t.Helper()
	changed, want, kept := scoredAgain(t, b)
	if len(changed) > 0 {
		t.Errorf("%s: a full scoring changes the flags of customers %v", when, changed)
	}
	checkSame(t, when+": flags", flagRows(t, b), want)
	checkSame(t, when+": the flags' reasons", keptRows(t, b), kept)
	problems, err := b.Check(context.Background())
	if err != nil || len(problems) > 0 {
		t.Errorf("%s: check: %q, %v", when, problems, err)
	}
	checkStoredFlags(t, b, when)
}

// flaggedFile is a customers file of new customers in every phase, some
// silent for longer than a buying phase allows and some not, some marked
// do not contact or archived, then updates of the stored customers (a move
// to a buying phase, to lost, a new value) and of the file's own first
// customer.
func flaggedFile(n int, stored []lifecycle.Customer) string {
	var f strings.Builder
	f.WriteString("id,name,email,phase,phase_since,value,do_not_contact,archived_at\n")
	phases := []string{"awareness", "acquisition", "conversion", "retention", "win-back", "lost"}
	days := []int{1, 10, 20, 23, 40, 400}
	for i := range n {
		since := testNow.AddDate(0, 0, -days[i%len(days)]).Format(time.DateOnly)
		archived := ""
		if i%11 == 10 {
			archived = testNow.AddDate(0, 0, -2).Format(time.DateOnly)
		}
		fmt.Fprintf(&f, ",New %d,new%d@example.org,%s,%s,%d,%t,%s\n", i, i, phases[(i/len(days))%len(phases)], since,
			1000*(i%7), i%9 == 8, archived)
	}
	moves := []string{"awareness,,", "lost,,", ",,123456"}
	for i, c := range stored {
		fmt.Fprintf(&f, "%d,,,%s,,\n", c.ID, moves[i%len(moves)])
	}
	f.WriteString(",,new0@example.org,lost,,,,\n")
	return f.String()
}

func TestImportStoresTheFlagsOfAFullScoring(t *testing.T) {
	for _, tc := range []struct {
		name string
		book int // customers in the book before: a file larger than the book goes in bulk
	}{{"in bulk", 30}, {"row by row", 120}} {
		t.Run(tc.name, func(t *testing.T) {
			b, _ := makeDemo(t, DemoOptions{Customers: tc.book, Seed: 7})
			var talkedTo []lifecycle.Customer
			for _, c := range allCustomers(t, b) {
				if c.Contacts > 0 && c.ArchivedAt.IsZero() && len(talkedTo) < 9 {
					talkedTo = append(talkedTo, c)
				}
			}
			if len(talkedTo) < 3 {
				t.Fatalf("the demo book has %d customers with contacts to update, want 3 or more", len(talkedTo))
			}
			r := mustImportText(t, b, Customers, flaggedFile(72, talkedTo), ImportOptions{OnDuplicate: DuplicateUpdate})
			if r.New != 72 || r.Updated != len(talkedTo)+1 {
				t.Fatalf("report %+v, want 72 new and %d updated", r, len(talkedTo)+1)
			}
			checkFlagsOfAFullScoring(t, b, "after the customers")
			var stalled, calm int
			b.reader.QueryRow(`SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM flags f WHERE f.customer_id = c.id AND kind = 'stalled')),
				count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM flags f WHERE f.customer_id = c.id))
				FROM customers c WHERE email LIKE 'new%'`).Scan(&stalled, &calm)
			if stalled == 0 || calm == 0 {
				t.Errorf("%d new customers stalled and %d without flags; the file wants both", stalled, calm)
			}

			// A contact ends the silence of a stalled new customer; another,
			// a month old, creates a customer who is stalled already.
			contacts := fmt.Sprintf("Customer,Date,Summary\nnew3@example.org,%s,call\nfresh@example.org,%s,call\n",
				testNow.AddDate(0, 0, -1).Format(time.DateOnly), testNow.AddDate(0, 0, -30).Format(time.DateOnly))
			mustImportText(t, b, Contacts, contacts, ImportOptions{CreateMissing: true})
			checkFlagsOfAFullScoring(t, b, "after the contacts")
		})
	}
}
