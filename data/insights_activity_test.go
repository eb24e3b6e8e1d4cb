package data

import (
	"context"
	"os"
	"reflect"
	"testing"
	"time"

	"tend/lifecycle"
)

// TestActivityIsThatOfTheReplay checks that the weeks' contacts, purchases
// and revenue and the cohorts added up by the book are those the reading
// of every customer's history counts, on random books with refunds, for
// now and a past day, the whole book and an owner's customers, in UTC and
// in a zone whose clocks change.
func TestActivityIsThatOfTheReplay(t *testing.T) {
	ctx := context.Background()
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	seeds := []int64{2, 7}
	if raceDetector {
		// One book under the race detector, which makes SQLite ten times
		// slower; both without it, in go test ./...
		seeds = seeds[:1]
	}
	for _, seed := range seeds {
		b, _ := makeDemo(t, DemoOptions{Customers: 250, Seed: seed})
		for id := int64(1); id <= 250; id += 3 {
			refund := lifecycle.Purchase{CustomerID: id, At: testNow.AddDate(0, 0, -int(id%300)), Amount: -700, Currency: "EUR"}
			if _, err := b.AddPurchase(ctx, refund); err != nil {
				t.Fatal(err)
			}
		}
		owners, err := b.Owners(ctx)
		if err != nil || len(owners) == 0 {
			t.Fatalf("owners %v, %v", owners, err)
		}
		for _, q := range []InsightsQuery{
			{AsOf: testNow, Weeks: 60},
			{AsOf: testNow.In(berlin).AddDate(0, -4, 0).Add(1234 * time.Millisecond), Weeks: 40},
			{AsOf: testNow.In(berlin), Owner: owners[0], Weeks: 30},
		} {
			q.Period = lifecycle.Period{From: q.AsOf.AddDate(0, 0, -90), To: q.AsOf}
			assertActivityOfReplay(t, b, q)
		}
		// Forgetting customers takes their contacts and purchases out of
		// the hours' sums.
		for id := int64(10); id <= 250; id += 40 {
			if _, err := b.Forget(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
		assertActivityOfReplay(t, b, InsightsQuery{AsOf: testNow, Period: lifecycle.Period{From: testNow.AddDate(0, 0, -9), To: testNow}, Weeks: 60})
	}
}

// TestActivityOfTheBenchBook checks the hours' sums a migration fills in
// on the book TEND_BENCH_BOOK names, when one is named.
func TestActivityOfTheBenchBook(t *testing.T) {
	path := os.Getenv("TEND_BENCH_BOOK")
	if path == "" {
		t.Skip("TEND_BENCH_BOOK names no book")
	}
	b, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	now := b.Now()
	assertActivityOfReplay(t, b, InsightsQuery{AsOf: now, Period: lifecycle.Period{From: now.AddDate(0, 0, -90), To: now}, Weeks: DefaultInsightWeeks})
}

func assertActivityOfReplay(t *testing.T, b *Book, q InsightsQuery) {
	t.Helper()
	ctx := context.Background()
	whole, err := b.Insights(ctx, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	quick, err := b.InsightsWithoutFlags(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	weeks, cohorts := quick.Weekly, quick.Cohorts
	if !reflect.DeepEqual(quick.Funnel, whole.Funnel) || !reflect.DeepEqual(quick.Flow, whole.Flow) || !reflect.DeepEqual(quick.TimeInPhase, whole.TimeInPhase) {
		t.Errorf("%+v: the figures without the flags are\n%+v\nthose of the replay\n%+v", q, quick, whole)
	}
	bought := 0
	for i := range whole.Weekly {
		whole.Weekly[i].Flagged = map[lifecycle.FlagKind]int{}
		bought += whole.Weekly[i].Purchases
	}
	if bought == 0 || whole.Cohorts[len(whole.Cohorts)-2].Customers == 0 {
		t.Fatalf("%+v: nobody bought, so there is nothing to compare", q)
	}
	if !reflect.DeepEqual(weeks, whole.Weekly) {
		t.Errorf("%+v: the weeks added up by the book are\n%+v\nthose of the replay\n%+v", q, weeks, whole.Weekly)
	}
	if !reflect.DeepEqual(cohorts, whole.Cohorts) {
		t.Errorf("%+v: the cohorts added up by the book are\n%+v\nthose of the replay\n%+v", q, cohorts, whole.Cohorts)
	}
}
