package data

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// storedFlags reads the flags the book keeps, as flagsText writes them, by
// customer id, with each customer's urgency checked against them.
func storedFlags(t *testing.T, b *Book) map[int64]string {
	t.Helper()
	rows, err := b.reader.Query(`SELECT c.id, c.urgency, f.kind, f.severity, f.worth_cents
		FROM flags f JOIN customers c ON c.id = f.customer_id ORDER BY c.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	parts := map[int64][]string{}
	top := map[int64]int{}
	for rows.Next() {
		var id, worth int64
		var urgency, severity int
		var kind string
		if err := rows.Scan(&id, &urgency, &kind, &severity, &worth); err != nil {
			t.Fatal(err)
		}
		parts[id] = append(parts[id], kind+" "+strconv.Itoa(severity))
		if worth < 0 {
			t.Errorf("customer %d has a negative worth %d", id, worth)
		}
		top[id] = max(top[id], severity)
		top[-id] = urgency
	}
	out := map[int64]string{}
	for id, p := range parts {
		slices.Sort(p)
		out[id] = strings.Join(p, ",")
		if top[id] != top[-id] {
			t.Errorf("customer %d has urgency %d, its most urgent flag %d", id, top[-id], top[id])
		}
	}
	var unflaggedUrgent int
	b.reader.QueryRow(`SELECT count(*) FROM customers c WHERE urgency <> 0
		AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.customer_id = c.id)`).Scan(&unflaggedUrgent)
	if unflaggedUrgent > 0 {
		t.Errorf("%d customers without a flag have an urgency", unflaggedUrgent)
	}
	return out
}

// riskNow flags the book afresh from the whole history, as tend risk does
// but with the stored models, in the form of storedFlags.
func riskNow(t *testing.T, b *Book) map[int64]string {
	t.Helper()
	ctx := context.Background()
	fit, asOf, _, err := readFit(ctx, b.reader) // models not fitted without a stored fit
	if err != nil {
		t.Fatal(err)
	}
	flagged, err := b.flagWith(ctx, b.Now(), "", lifecycle.DefaultRules(), fit.models(asOf))
	if err != nil {
		t.Fatal(err)
	}
	out := map[int64]string{}
	for _, f := range flagged {
		out[f.ID] = flagsText(f.Flags)
	}
	return out
}

// checkStoredFlags fails where the stored flags are not those a scoring of
// the whole history gives.
func checkStoredFlags(t *testing.T, b *Book, when string) {
	t.Helper()
	stored, fresh := storedFlags(t, b), riskNow(t, b)
	for _, id := range slices.Sorted(maps.Keys(fresh)) {
		if stored[id] != fresh[id] {
			t.Errorf("%s: customer %d has stored flags %q, the history gives %q", when, id, stored[id], fresh[id])
		}
	}
	for id, s := range stored {
		if _, ok := fresh[id]; !ok {
			t.Errorf("%s: customer %d has stored flags %q, the history gives none", when, id, s)
		}
	}
	totals, err := b.PhaseTotals(context.Background(), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for phase, want := range countedTotals(t, b) {
		if totals[phase] != want {
			t.Errorf("%s: %s totals %+v, counted %+v", when, phase, totals[phase], want)
		}
	}
}

func TestStoredFlagsAreThoseOfTheHistory(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 400, Seed: 3})
	ctx := context.Background()
	checkStoredFlags(t, b, "after the demo fill")
	if len(storedFlags(t, b)) == 0 {
		t.Fatal("the demo book has no flags")
	}
	// Every write scores its customer in its own transaction.
	cs := allCustomers(t, b)
	for i, c := range cs[:60] {
		switch i % 6 {
		case 0:
			contactAt(t, b, c.ID, testNow.Add(-time.Hour), lifecycle.Negative, i%12 == 0, testNow.AddDate(0, 0, -3))
		case 1:
			buyAt(t, b, c.ID, testNow.AddDate(0, 0, -1), 120000)
		case 2, 5:
			to := map[bool]string{true: "lost", false: "retention"}[i%6 == 2]
			if c.Phase == to || !c.ArchivedAt.IsZero() {
				continue
			}
			if _, err := b.Move(ctx, c.ID, to, "test"); err != nil {
				t.Fatal(err)
			}
		case 3:
			if _, err := b.EditCustomer(ctx, c.ID, func(c *lifecycle.Customer) error { c.DoNotContact = true; return nil }); err != nil {
				t.Fatal(err)
			}
		case 4:
			if err := b.Archive(ctx, c.ID, !c.ArchivedAt.IsZero()); err != nil {
				t.Fatal(err)
			}
		}
	}
	checkStoredFlags(t, b, "after single writes")
	// A day later, the flags have aged until the book is scored again.
	b.Now = func() time.Time { return testNow.AddDate(0, 0, 30) }
	rep, err := b.Rescore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Refitted || rep.Changed == 0 {
		t.Errorf("a month later the rescore refitted %v and changed %d customers", rep.Refitted, rep.Changed)
	}
	checkStoredFlags(t, b, "a month later")
	if rep, err = b.Rescore(ctx); err != nil || rep.Refitted || rep.Changed != 0 {
		t.Errorf("a second rescore on the same day: %+v, %v; want no refit and no change", rep, err)
	}
}

func TestContactSummariesMatchTheHistory(t *testing.T) {
	b, old, _ := factsBook(t)
	ctx := context.Background()
	// Two contacts at one time: the later written counts as the later.
	at := daysBefore(2)
	contactAt(t, b, old, at, lifecycle.Negative, true, daysBefore(-4))
	contactAt(t, b, old, at, lifecycle.Negative, false, time.Time{})
	fromHistory := factsAsOf(t, b, testNow)[old].Facts
	s, err := openCurrentStreams(ctx, b.reader, testNow, customerSet{ids: []int64{old}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.close(nil)
	var fromSummary lifecycle.Facts
	s.customers.row.digest.into(&fromSummary)
	if fromSummary.NegativeRun != 2 || !fromSummary.FollowUpDue.IsZero() || !fromSummary.LastNegativeMoment.Equal(at) {
		t.Errorf("summary: run %d, follow-up %v, moment %v; want 2, none, %v",
			fromSummary.NegativeRun, fromSummary.FollowUpDue, fromSummary.LastNegativeMoment, at)
	}
	fromHistory.Forecast, fromSummary.Forecast = lifecycle.Forecast{}, lifecycle.Forecast{}
	if a, b := fromHistory, fromSummary; a.FirstContact != b.FirstContact || a.LastContact != b.LastContact || a.Contacts != b.Contacts ||
		a.FollowUpDue != b.FollowUpDue || a.NegativeRun != b.NegativeRun || a.LastNegativeMoment != b.LastNegativeMoment {
		t.Errorf("the summary's contact facts differ from the history's:\n%+v\n%+v", b, a)
	}
}
