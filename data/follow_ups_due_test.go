package data

import (
	"context"
	"testing"
	"time"

	"tend/lifecycle"
)

func TestOpenFollowUpsAreTheLatestContactsOnTheBoard(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	day := lifecycle.StartOfDay(testNow.Local())
	anna := addCustomer(t, b, lifecycle.Customer{Name: "Anna Müller, GmbH", Phase: "retention"})
	ben := addCustomer(t, b, lifecycle.Customer{Name: "Ben", Phase: "awareness"})
	answered := addCustomer(t, b, lifecycle.Customer{Name: "Answered"})
	archived := addCustomer(t, b, lifecycle.Customer{Name: "Archived"})
	addCustomer(t, b, lifecycle.Customer{Name: "Never called"})

	annaCall := logFollowUp(t, b, anna, testNow.Add(-48*time.Hour), day.AddDate(0, 0, 3), "Send the offer;\nask about Q3")
	benCall := logFollowUp(t, b, ben, testNow.Add(-time.Hour), day.AddDate(0, 0, -2).Add(14*time.Hour+30*time.Minute), "Overdue call")
	logFollowUp(t, b, answered, testNow.Add(-72*time.Hour), day.AddDate(0, 0, 1), "set")
	logFollowUp(t, b, answered, testNow.Add(-time.Hour), time.Time{}, "answered it")
	logFollowUp(t, b, archived, testNow.Add(-time.Hour), day.AddDate(0, 0, 1), "gone")
	if err := b.Archive(ctx, archived, false); err != nil {
		t.Fatal(err)
	}

	got, err := b.OpenFollowUps(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []FollowUpDue{
		{CustomerID: ben, Name: "Ben", Phase: "awareness", ContactID: benCall, Summary: "Overdue call",
			Due: day.AddDate(0, 0, -2).Add(14*time.Hour + 30*time.Minute), TimeGiven: true, SetAt: testNow},
		{CustomerID: anna, Name: "Anna Müller, GmbH", Phase: "retention", ContactID: annaCall, Summary: "Send the offer;\nask about Q3",
			Due: day.AddDate(0, 0, 3), SetAt: testNow},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d follow-ups, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.CustomerID != w.CustomerID || g.Name != w.Name || g.Phase != w.Phase || g.ContactID != w.ContactID ||
			g.Summary != w.Summary || !g.Due.Equal(w.Due) || g.TimeGiven != w.TimeGiven || !g.SetAt.Equal(w.SetAt) {
			t.Errorf("follow-up %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestAnEmptyBookHasNoOpenFollowUpsAndAnIdentity(t *testing.T) {
	b := openTestBook(t)
	got, err := b.OpenFollowUps(context.Background())
	if err != nil || got == nil || len(got) != 0 {
		t.Errorf("OpenFollowUps = %v, %v; want an empty list", got, err)
	}
	id, err := b.Identity(context.Background())
	if err != nil || len(id) < 16 {
		t.Errorf("Identity = %q, %v", id, err)
	}
}
