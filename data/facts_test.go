package data

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"tend/lifecycle"
)

// daysBefore is the test clock's time n days earlier.
func daysBefore(n int) time.Time { return testNow.AddDate(0, 0, -n) }

// contactAt logs a contact with a sentiment, a moment of truth and a
// follow-up (zero for none).
func contactAt(t *testing.T, b *Book, id int64, at time.Time, s lifecycle.Sentiment, moment bool, followUp time.Time) {
	t.Helper()
	c := lifecycle.Contact{CustomerID: id, At: at, Kind: lifecycle.Call, Direction: lifecycle.Out,
		Sentiment: s, Moment: moment, FollowUp: followUp, Summary: "call"}
	if _, err := b.LogContact(context.Background(), c); err != nil {
		t.Fatal(err)
	}
}

func buyAt(t *testing.T, b *Book, id int64, at time.Time, amount lifecycle.Money) {
	t.Helper()
	if _, err := b.AddPurchase(context.Background(), lifecycle.Purchase{CustomerID: id, At: at, Amount: amount}); err != nil {
		t.Fatal(err)
	}
}

// moveAt moves a customer with the clock set to at.
func moveAt(t *testing.T, b *Book, id int64, at time.Time, to string) {
	t.Helper()
	b.Now = func() time.Time { return at }
	defer func() { b.Now = func() time.Time { return testNow } }()
	if _, err := b.Move(context.Background(), id, to, ""); err != nil {
		t.Fatal(err)
	}
}

// factsAsOf reads the facts of every customer as of a date, by id.
func factsAsOf(t *testing.T, b *Book, asOf time.Time) map[int64]CustomerFacts {
	t.Helper()
	out := map[int64]CustomerFacts{}
	err := b.EachFacts(context.Background(), asOf, nil, lifecycle.DefaultRules(), func(c CustomerFacts) error {
		out[c.ID] = c
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// factsBook holds one customer with a history of contacts, purchases and
// a move, and one created five days before the test clock.
func factsBook(t *testing.T) (b *Book, old, young int64) {
	b = openTestBook(t)
	b.Now = func() time.Time { return testNow }
	old = addCustomer(t, b, lifecycle.Customer{Name: "Old Ltd", Phase: "retention", CreatedAt: daysBefore(200)})
	young = addCustomer(t, b, lifecycle.Customer{Name: "Young Ltd", CreatedAt: daysBefore(5)})
	contactAt(t, b, old, daysBefore(100), lifecycle.Positive, false, time.Time{})
	contactAt(t, b, old, daysBefore(60), lifecycle.Negative, false, daysBefore(50))
	contactAt(t, b, old, daysBefore(40), lifecycle.Negative, true, time.Time{})
	contactAt(t, b, old, daysBefore(10), lifecycle.Neutral, false, time.Time{})
	buyAt(t, b, old, daysBefore(80), 20000)
	buyAt(t, b, old, daysBefore(20), 5000)
	buyAt(t, b, old, daysBefore(5), -1000)
	moveAt(t, b, old, daysBefore(15), "loyalty")
	return b, old, young
}

func TestFactsAreThoseKnownAsOfTheDate(t *testing.T) {
	b, old, young := factsBook(t)
	then := factsAsOf(t, b, daysBefore(30))
	if _, ok := then[young]; ok {
		t.Error("a customer created after the date has facts")
	}
	checkFactsThen(t, then[old].Facts)
	if got := factsAsOf(t, b, daysBefore(55))[old].Facts.FollowUpDue; !got.Equal(daysBefore(50)) {
		t.Errorf("open follow-up 55 days before = %v, want the one set 60 days before", got)
	}
}

// checkFactsThen checks the older customer's facts 30 days before: its
// phase, contacts, negative run, follow-up and spend as they were then.
func checkFactsThen(t *testing.T, f lifecycle.Facts) {
	t.Helper()
	if f.Phase != "retention" || f.Group != lifecycle.Owning || !f.PhaseSince.Equal(daysBefore(200)) {
		t.Errorf("phase then = %s (%s) since %v, want retention since 200 days before", f.Phase, f.Group, f.PhaseSince)
	}
	if f.Contacts != 3 || !f.FirstContact.Equal(daysBefore(100)) || !f.LastContact.Equal(daysBefore(40)) || !f.LastActivity.Equal(daysBefore(40)) {
		t.Errorf("contacts then = %d from %v to %v, activity %v", f.Contacts, f.FirstContact, f.LastContact, f.LastActivity)
	}
	if f.NegativeRun != 2 || !f.LastNegativeMoment.Equal(daysBefore(40)) {
		t.Errorf("negative run %d, negative moment %v; want 2 and 40 days before", f.NegativeRun, f.LastNegativeMoment)
	}
	if !f.FollowUpDue.IsZero() {
		t.Errorf("the follow-up answered by a later contact is still open: %v", f.FollowUpDue)
	}
	if f.TotalSpend != 20000 || f.Purchases != 1 || f.RecentSpend != 20000 || f.EarlierSpend != 0 {
		t.Errorf("spend then = %v in %d purchases, recent %v, earlier %v", f.TotalSpend, f.Purchases, f.RecentSpend, f.EarlierSpend)
	}
}

func TestFactsOfTodayTakeInEverything(t *testing.T) {
	b, old, _ := factsBook(t)
	r := lifecycle.DefaultRules()
	r.SpendDays = 30
	var f lifecycle.Facts
	seen := 0
	err := b.EachFacts(context.Background(), testNow, nil, r, func(c CustomerFacts) error {
		seen++
		if c.ID == old {
			f = c.Facts
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != 2 || f.Phase != "loyalty" || !f.PhaseSince.Equal(daysBefore(15)) || !f.LastActivity.Equal(daysBefore(10)) {
		t.Errorf("%d customers; phase %s since %v, activity %v", seen, f.Phase, f.PhaseSince, f.LastActivity)
	}
	if f.TotalSpend != 24000 || f.Purchases != 2 || f.RecentSpend != 4000 || f.EarlierSpend != 0 {
		t.Errorf("spend = %v in %d purchases, last 30 days %v, 30 before %v", f.TotalSpend, f.Purchases, f.RecentSpend, f.EarlierSpend)
	}
	if f.Forecast.Fitted {
		t.Error("a forecast without a model")
	}
}

func TestFactsReadTheTriageState(t *testing.T) {
	b, old, _ := factsBook(t)
	err := b.write(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO triage (customer_id, snoozed_until, last_attempt_at) VALUES (?, ?, ?)`,
			old, testNow.AddDate(0, 0, 7).Unix(), daysBefore(3).Unix())
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	f := factsAsOf(t, b, testNow)[old].Facts
	if !f.SnoozedUntil.Equal(testNow.AddDate(0, 0, 7)) || !f.LastWinBackAttempt.Equal(daysBefore(3)) {
		t.Errorf("snoozed until %v, last attempt %v", f.SnoozedUntil, f.LastWinBackAttempt)
	}
}
