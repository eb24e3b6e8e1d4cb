package data

import (
	"context"
	"database/sql"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// storedFlags reads the code of the flags each flagged customer keeps, by
// id, and checks that the flags table and the urgency say the same.
func storedFlags(t *testing.T, b *Book) map[int64]flagCode {
	t.Helper()
	rows, err := b.reader.Query(`SELECT id, flag_code, urgency,
		(SELECT count(*) FROM flags f WHERE f.customer_id = c.id) FROM customers c WHERE flag_code <> 0 OR urgency <> 0`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int64]flagCode{}
	for rows.Next() {
		var id int64
		var code flagCode
		var urgency, n int
		if err := rows.Scan(&id, &code, &urgency, &n); err != nil {
			t.Fatal(err)
		}
		out[id] = code
		if top := code.top(); urgency != top || n != len(code.kinds()) {
			t.Errorf("customer %d: code %b, urgency %d (want %d), %d flags stored", id, code, urgency, top, n)
		}
	}
	var extra int
	b.reader.QueryRow(`SELECT count(*) FROM flags f JOIN customers c ON c.id = f.customer_id WHERE c.flag_code = 0`).Scan(&extra)
	if extra > 0 {
		t.Errorf("%d flags stored for customers without a code", extra)
	}
	return out
}

// riskNow flags the book afresh from the whole history, as tend risk does
// but with the stored models, as codes.
func riskNow(t *testing.T, b *Book) map[int64]flagCode {
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
	out := map[int64]flagCode{}
	for _, f := range flagged {
		out[f.ID] = codeOf(f.Flags)
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
			t.Errorf("%s: customer %d has stored flags %v, the history gives %v", when, id, stored[id].kinds(), fresh[id].kinds())
		}
	}
	for id, s := range stored {
		if _, ok := fresh[id]; !ok {
			t.Errorf("%s: customer %d has stored flags %v, the history gives none", when, id, s.kinds())
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
	for i, c := range allCustomers(t, b)[:60] {
		writeOneOfSix(t, b, i, c)
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

// writeOneOfSix makes the i-th of six kinds of single write to c: a
// negative contact, a purchase, a move to lost, a do-not-contact mark, an
// archive or its undoing, a move to retention.
func writeOneOfSix(t *testing.T, b *Book, i int, c lifecycle.Customer) {
	t.Helper()
	ctx := context.Background()
	switch i % 6 {
	case 0:
		contactAt(t, b, c.ID, testNow.Add(-time.Hour), lifecycle.Negative, i%12 == 0, testNow.AddDate(0, 0, -3))
	case 1:
		buyAt(t, b, c.ID, testNow.AddDate(0, 0, -1), 120000)
	case 2, 5:
		to := map[bool]string{true: "lost", false: "retention"}[i%6 == 2]
		if c.Phase == to || !c.ArchivedAt.IsZero() {
			return
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

func TestContactSummariesMatchTheHistory(t *testing.T) {
	b, old, _ := factsBook(t)
	ctx := context.Background()
	// Two contacts at one time: the later written counts as the later.
	at := daysBefore(2)
	contactAt(t, b, old, at, lifecycle.Negative, true, daysBefore(-4))
	contactAt(t, b, old, at, lifecycle.Negative, false, time.Time{})
	fromHistory := factsAsOf(t, b, testNow)[old].Facts
	s, err := openCurrentStreams(ctx, b.reader, readsOfCurrent(testNow, customerSet{ids: []int64{old}}, daysBefore(180)))
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

func TestPurchaseDigestsAreKeptAndMadeAnewAfterAPurchase(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 200, Seed: 5})
	ctx := context.Background()
	var buyers, kept int
	b.reader.QueryRow(`SELECT count(*), count(purchase_digest) FROM customers WHERE purchase_count > 0`).Scan(&buyers, &kept)
	if buyers == 0 || kept != buyers {
		t.Fatalf("%d of %d buyers have a purchase digest after the first scoring", kept, buyers)
	}
	buyer := allCustomers(t, b)[0].ID
	buyAt(t, b, buyer, testNow.AddDate(0, 0, 3), 5000) // dated later than now
	var digest sql.NullString
	b.reader.QueryRow(`SELECT purchase_digest FROM customers WHERE id = ?`, buyer).Scan(&digest)
	if digest.Valid {
		t.Errorf("a digest %q was kept that leaves out a purchase to come", digest.String)
	}
	b.Now = func() time.Time { return testNow.AddDate(0, 0, 5) }
	if _, err := b.Rescore(ctx); err != nil {
		t.Fatal(err)
	}
	b.reader.QueryRow(`SELECT purchase_digest FROM customers WHERE id = ?`, buyer).Scan(&digest)
	if !digest.Valid {
		t.Error("once the purchase has come, the scoring kept no digest")
	}
	checkStoredFlags(t, b, "after a purchase dated later")
}

func TestModelsAreFittedAgainAfterAWeekOrNewPurchases(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 200, Seed: 8})
	ctx := context.Background()
	rescoreOn := func(days int) bool {
		t.Helper()
		b.Now = func() time.Time { return testNow.AddDate(0, 0, days) }
		rep, err := b.Rescore(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return rep.Refitted
	}
	if rescoreOn(3) {
		t.Error("the models were fitted again three days on, with no new purchase")
	}
	var n int
	b.reader.QueryRow(`SELECT count(*) FROM purchases`).Scan(&n)
	for i, c := range allCustomers(t, b)[:n/15] {
		buyAt(t, b, c.ID, testNow.AddDate(0, 0, 3).Add(-time.Duration(i)*time.Minute), 2500)
	}
	if !rescoreOn(3) {
		t.Error("the models were not fitted again after the purchases grew by a fifteenth")
	}
	if rescoreOn(9) {
		t.Error("the models were fitted again six days after the last fit")
	}
	if !rescoreOn(10) {
		t.Error("the models were not fitted again a week after the last fit")
	}
	checkStoredFlags(t, b, "after the fits")
}

func TestAContactDatedLaterIsRefused(t *testing.T) {
	b, old, _ := factsBook(t)
	c := lifecycle.Contact{CustomerID: old, At: testNow.Add(2 * time.Hour), Kind: lifecycle.Call,
		Direction: lifecycle.Out, Sentiment: lifecycle.Positive, Summary: "to come"}
	if _, err := b.LogContact(context.Background(), c); err == nil || !strings.Contains(err.Error(), "follow-up") {
		t.Errorf("a contact two hours ahead: %v, want a refusal that points to follow-ups", err)
	}
	_, err := importText(t, b, Contacts, "Customer,Date,Summary\nOld Ltd,"+testNow.AddDate(0, 0, 2).Format("2006-01-02")+",planned\n", ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "after now") {
		t.Errorf("an import of a contact two days ahead: %v", err)
	}
}

func TestAnEditsNewValueReachesTheStoredWorth(t *testing.T) {
	b := riskBook(t)
	ctx := context.Background()
	lost := customerNamed(t, b, "Lost Ltd")
	// Worth 500 becomes 600: too little to move the severity a step.
	if _, err := b.EditCustomer(ctx, lost.ID, func(c *lifecycle.Customer) error { c.Value = 10000; return nil }); err != nil {
		t.Fatal(err)
	}
	list, err := b.TriageList(ctx, lifecycle.WinBack, "")
	if err != nil || len(list) != 1 {
		t.Fatalf("win-back list %+v, %v", list, err)
	}
	o, _ := b.Outlooks(ctx, []int64{lost.ID})
	if got, want := list[0].Flag.Worth, o[lost.ID].Flags[0].Worth; got != want {
		t.Errorf("stored worth %v after the edit, the flag's worth is %v", got, want)
	}
}
