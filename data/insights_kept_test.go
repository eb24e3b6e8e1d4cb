package data

import (
	"context"
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"tend/lifecycle"
)

// TestKeptWeeksAreThoseOfTheReplay checks that the weeks' flagged counts
// as of now, kept from one reading to the next, are those the replay of
// every week finds with the stored models, after random writes at random
// dates: back-dated contacts and purchases, edits and deletions of
// entries, moves, snoozes, archiving, a changed value, a changed rule,
// customers forgotten, for the whole book and an owner's customers.
func TestKeptWeeksAreThoseOfTheReplay(t *testing.T) {
	b, owners := scoredDemo(t, 200, 5)
	queries := []InsightsQuery{{Weeks: 40}, {Owner: owners[0], Weeks: 30}}
	rng := rand.New(rand.NewPCG(5, 15))
	rounds := 12
	if raceDetector {
		rounds = 4
	}
	for round := range rounds {
		for _, q := range queries {
			assertKeptWeeksOfReplay(t, b, q)
		}
		if kept := keptWeekCount(t, b); kept == 0 {
			t.Fatalf("round %d: no week was kept", round)
		}
		for range 3 {
			randomHistoryWrite(t, b, rng)
		}
	}
}

// scoredDemo is a demo book scored in full today, with its owners.
func scoredDemo(t *testing.T, customers int, seed int64) (*Book, []string) {
	t.Helper()
	ctx := context.Background()
	b, _ := makeDemo(t, DemoOptions{Customers: customers, Seed: seed})
	if _, err := b.Rescore(ctx); err != nil {
		t.Fatal(err)
	}
	owners, err := b.Owners(ctx)
	if err != nil || len(owners) == 0 {
		t.Fatalf("owners %v, %v", owners, err)
	}
	return b, owners
}

// assertKeptWeeksOfReplay reads the insights as of now twice, the second
// time from the weeks kept by the first, and compares both with the
// replay.
func assertKeptWeeksOfReplay(t *testing.T, b *Book, q InsightsQuery) {
	t.Helper()
	want := replayedWeekFlags(t, b, q)
	for _, reading := range []string{"first", "second"} {
		ins, err := b.Insights(context.Background(), q, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range ins.Weekly {
			if !reflect.DeepEqual(w.Flagged, want[i]) {
				t.Errorf("%+v, %s reading: the week ending %s has %v flagged, the replay %v", q, reading, w.End, w.Flagged, want[i])
			}
		}
	}
}

// replayedWeekFlags are the flagged counts of the query's weeks as of now,
// each replayed with the stored models.
func replayedWeekFlags(t *testing.T, b *Book, q InsightsQuery) []map[lifecycle.FlagKind]int {
	t.Helper()
	ctx := context.Background()
	fit, asOf, ok, err := readFit(ctx, b.reader)
	if err != nil || !ok {
		t.Fatalf("the stored fit: %v, %v", ok, err)
	}
	m := fit.models(asOf)
	q, lc, err := b.startInsights(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	r, err := b.Rules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, weekly, err := b.replayInsights(ctx, q, lc, r, &m, lifecycle.Weeks(q.AsOf, q.Weeks), nil)
	if err != nil {
		t.Fatal(err)
	}
	return weekly.counts
}

func keptWeekCount(t *testing.T, b *Book) int {
	t.Helper()
	var n int
	if err := b.reader.QueryRow(`SELECT count(*) FROM flagged_weeks`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// randomHistoryWrite makes one write of the kinds that change what a week
// was judged from, to a random customer at a random date of the last
// year.
func randomHistoryWrite(t *testing.T, b *Book, rng *rand.Rand) {
	t.Helper()
	ctx := context.Background()
	id := 1 + rng.Int64N(200)
	at := testNow.Add(-time.Duration(rng.Int64N(int64(365 * 24 * time.Hour))))
	var err error
	switch rng.IntN(9) {
	case 0, 1:
		_, err = b.LogContact(ctx, lifecycle.Contact{CustomerID: id, At: at, Kind: lifecycle.Call, Direction: lifecycle.Out,
			Summary: "called back", Sentiment: lifecycle.Negative, FollowUp: at.AddDate(0, 0, 3)})
	case 2, 3:
		_, err = b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: id, At: at, Amount: lifecycle.Money(1000 + rng.IntN(90000)), Currency: "EUR"})
	case 4:
		err = editOrDeleteAnEntry(ctx, b, id, at, rng.IntN(2) == 0)
	case 5:
		_, err = b.Snooze(ctx, id, testNow.AddDate(0, 0, 1+rng.IntN(30)))
	case 6:
		err = b.Archive(ctx, id, rng.IntN(2) == 0)
	case 7:
		_, err = b.EditCustomer(ctx, id, func(c *lifecycle.Customer) error { c.Value = lifecycle.Money(rng.IntN(5000000)); return nil })
	case 8:
		_, err = b.Forget(ctx, id)
	}
	// A write the book refuses (to a customer forgotten or archived, say)
	// changes nothing.
	var refused lifecycle.Coded
	if err != nil && !errors.As(err, &refused) {
		t.Fatalf("write to customer %d: %v", id, err)
	}
}

// editOrDeleteAnEntry moves a customer's latest contact to at, or deletes
// it.
func editOrDeleteAnEntry(ctx context.Context, b *Book, id int64, at time.Time, remove bool) error {
	var c lifecycle.Contact
	var when int64
	err := b.reader.QueryRowContext(ctx, `SELECT id, at, kind, direction, summary, sentiment FROM contacts
		WHERE customer_id = ? ORDER BY at DESC LIMIT 1`, id).Scan(&c.ID, &when, &c.Kind, &c.Direction, &c.Summary, &c.Sentiment)
	if err != nil {
		return nil // no contact to change
	}
	c.CustomerID, c.At = id, time.Unix(when, 0)
	if remove {
		return b.DeleteContact(ctx, c)
	}
	moved := c
	moved.At = at
	return b.EditEntry(ctx, ContactEntry(c), ContactEntry(moved))
}

// TestKeptWeeksDropFromAWritesDate checks which kept weeks a write drops:
// a back-dated contact those from its date on, forgetting a customer those
// from its creation on, a changed flag rule all of them.
func TestKeptWeeksDropFromAWritesDate(t *testing.T) {
	ctx := context.Background()
	b, _ := scoredDemo(t, 100, 3)
	q := InsightsQuery{Weeks: 20}
	fill := func() {
		t.Helper()
		if _, err := b.Insights(ctx, q, nil); err != nil {
			t.Fatal(err)
		}
		if n := keptWeekCount(t, b); n != 19 {
			t.Fatalf("%d weeks kept, want the 19 finished", n)
		}
	}
	fill()
	at := testNow.AddDate(0, 0, -30)
	if _, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: 7, At: at, Kind: lifecycle.Email, Direction: lifecycle.In,
		Summary: "wrote late", Sentiment: lifecycle.Neutral}); err != nil {
		t.Fatal(err)
	}
	assertKeptUpTo(t, b, at)
	fill()
	var id, created int64
	if err := b.reader.QueryRow(`SELECT id, created_at FROM customers WHERE created_at > ? ORDER BY created_at LIMIT 1`,
		testNow.AddDate(0, 0, -100).Unix()).Scan(&id, &created); err != nil {
		t.Fatalf("a customer of the last 100 days: %v", err)
	}
	if _, err := b.Forget(ctx, id); err != nil {
		t.Fatal(err)
	}
	assertKeptUpTo(t, b, time.Unix(created, 0))
	assertKeptWeeksOfReplay(t, b, q)
	if err := b.SetSetting(ctx, lifecycle.RulePrefix+"silence-days", "45"); err != nil {
		t.Fatal(err)
	}
	if n := keptWeekCount(t, b); n != 0 {
		t.Errorf("%d weeks kept after a flag rule changed, want none", n)
	}
}

// assertKeptUpTo checks that the kept weeks are those that end before at,
// and that some are.
func assertKeptUpTo(t *testing.T, b *Book, at time.Time) {
	t.Helper()
	var before, after int
	err := b.reader.QueryRow(`SELECT count(*) FILTER (WHERE week_end < ?1), count(*) FILTER (WHERE week_end >= ?1)
		FROM flagged_weeks`, at.Unix()).Scan(&before, &after)
	if err != nil {
		t.Fatal(err)
	}
	if after != 0 || before == 0 {
		t.Errorf("%d weeks kept from %s on, %d before it; want none and some", after, at, before)
	}
}

// TestCheckFindsAKeptWeekThatDiffers checks that tend check finds nothing
// in the weeks the insights kept, and the week whose kept count was
// changed behind the book's back.
func TestCheckFindsAKeptWeekThatDiffers(t *testing.T) {
	ctx := context.Background()
	b, owners := scoredDemo(t, 100, 4)
	for _, q := range []InsightsQuery{{Weeks: 12}, {Owner: owners[0], Weeks: 12}} {
		if _, err := b.Insights(ctx, q, nil); err != nil {
			t.Fatal(err)
		}
	}
	if found := checkFindings(t, b, CodeCheckKeptWeek); len(found) != 0 {
		t.Fatalf("the kept weeks as the insights kept them: %v", found)
	}
	if _, err := b.writer.Exec(`UPDATE flagged_weeks SET counts = '{"stalled": 99}'
		WHERE owner = ? AND week_end = (SELECT max(week_end) FROM flagged_weeks)`, owners[0]); err != nil {
		t.Fatal(err)
	}
	found := checkFindings(t, b, CodeCheckKeptWeek)
	if len(found) != 1 || !Repairable(found[0]) {
		t.Fatalf("after changing one kept week: %v, want it found, and repairable", found)
	}
	if _, err := b.Repair(ctx, found); err != nil {
		t.Fatal(err)
	}
	if n := keptWeekCount(t, b); n != 0 {
		t.Errorf("%d weeks kept after the repair, want none", n)
	}
}

// checkFindings are the findings of tend check with the code.
func checkFindings(t *testing.T, b *Book, code string) []error {
	t.Helper()
	problems, err := b.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var found []error
	for _, p := range problems {
		if c, ok := p.(lifecycle.Coded); ok && c.Code() == code {
			found = append(found, p)
		}
	}
	return found
}

// TestKeptWeeksServeTheWeekAndGoOffTheGrid checks that the weeks kept on
// one day serve every day of that calendar week, that a new week keeps
// the week just finished beside them, and that weeks kept in another zone,
// which end where no week here ends, are dropped when these are kept.
func TestKeptWeeksServeTheWeekAndGoOffTheGrid(t *testing.T) {
	ctx := context.Background()
	b, _ := scoredDemo(t, 60, 6)
	q := InsightsQuery{Weeks: 10}
	kiritimati, err := time.LoadLocation("Pacific/Kiritimati")
	if err != nil {
		t.Skip("no zone data: ", err)
	}
	var first []int64
	for _, c := range []struct {
		day  string
		now  time.Time
		kept int
	}{
		{"Tuesday", testNow, 9},
		{"Wednesday", testNow.AddDate(0, 0, 1), 9},
		{"next Monday", testNow.AddDate(0, 0, 6), 10},
		{"next Monday 14 hours ahead", testNow.AddDate(0, 0, 6).In(kiritimati), 9},
	} {
		b.Now = func() time.Time { return c.now }
		if _, err := b.Rescore(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := b.Insights(ctx, q, nil); err != nil {
			t.Fatal(err)
		}
		if n := keptWeekCount(t, b); n != c.kept {
			t.Errorf("%s: %d weeks kept, want %d", c.day, n, c.kept)
		}
		ends := keptWeekEnds(t, b)
		if first == nil {
			first = ends
		} else if c.day == "Wednesday" && !slices.Equal(ends, first) {
			t.Errorf("Wednesday kept the weeks %v, want Tuesday's %v", ends, first)
		}
	}
	assertKeptWeeksOfReplay(t, b, q)
}

// keptWeekEnds are the ends of the kept weeks, oldest first.
func keptWeekEnds(t *testing.T, b *Book) []int64 {
	t.Helper()
	rows, err := b.reader.Query(`SELECT week_end FROM flagged_weeks ORDER BY week_end`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ends []int64
	for rows.Next() {
		var end int64
		if err := rows.Scan(&end); err != nil {
			t.Fatal(err)
		}
		ends = append(ends, end)
	}
	return ends
}
