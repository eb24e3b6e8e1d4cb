package data

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"tend/lifecycle"
)

// TestInsightsAgreeWithTheBoardAndRisk checks that the insights of a demo
// book with refunds tell what the board and tend risk tell for the same
// date: the
// funnel as of now is the board's totals, as of a past day it is the
// replayed phases, and the flagged customers of the last week are those
// Risk flags on its last day.
func TestInsightsAgreeWithTheBoardAndRisk(t *testing.T) {
	ctx := context.Background()
	b, _ := makeDemo(t, DemoOptions{Customers: 400, Seed: 3})
	// Refunds over the last 200 days: no purchase to the models, but
	// spend all the same.
	for id := int64(1); id <= 400; id += 2 {
		refund := lifecycle.Purchase{CustomerID: id, At: testNow.AddDate(0, 0, -int(id%200)), Amount: -500, Currency: "EUR"}
		if _, err := b.AddPurchase(ctx, refund); err != nil {
			t.Fatal(err)
		}
	}
	for _, asOf := range []time.Time{testNow, testNow.AddDate(0, -5, 0)} {
		q := InsightsQuery{AsOf: asOf, Period: lifecycle.Period{From: asOf.AddDate(0, 0, -90), To: asOf}, Weeks: 10}
		ins, err := b.Insights(ctx, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		funnel, err := b.Funnel(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(funnel, ins.Funnel) {
			t.Errorf("as of %s: the funnel read fast is\n%v\nthe one replayed\n%v", asOf, funnel, ins.Funnel)
		}
		flagged, _, err := b.Risk(ctx, asOf, "")
		if err != nil {
			t.Fatal(err)
		}
		want := map[lifecycle.FlagKind]int{}
		for _, f := range flagged {
			for _, flag := range f.Flags {
				want[flag.Kind]++
			}
		}
		if len(want) == 0 {
			t.Fatalf("as of %s: tend risk flags nobody, so there is nothing to compare", asOf)
		}
		if got := ins.Weekly[len(ins.Weekly)-1].Flagged; !reflect.DeepEqual(got, want) {
			t.Errorf("as of %s: the last week's flags are %v, tend risk's %v", asOf, got, want)
		}
	}
}

// TestInsightsFollowTheBookLifecycle checks that the figures name phases as
// the book's lifecycle now does: a renamed phase by its new label, an added
// phase in its place, with the customers moved into it, and the moves into
// it in the flow.
func TestInsightsFollowTheBookLifecycle(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	if _, err := b.ChangeLifecycle(ctx, func(lc lifecycle.Lifecycle) (lifecycle.Lifecycle, error) {
		lc, err := lc.Rename("awareness", "Erstkontakt")
		if err != nil {
			return lc, err
		}
		return lc.Add("Pilot", lifecycle.Buying, "acquisition")
	}); err != nil {
		t.Fatal(err)
	}
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "awareness"})
	addCustomer(t, b, lifecycle.Customer{Name: "Bea", Phase: "awareness"})
	moveAt(t, b, id, testNow, "pilot")
	q := InsightsQuery{AsOf: testNow, Period: lifecycle.Period{From: testNow.AddDate(0, 0, -30), To: testNow}, Weeks: 1}
	ins, err := b.Insights(ctx, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for i, s := range ins.Funnel {
		got[s.Phase.Label] = fmt.Sprintf("%d@%d", s.Customers, i)
	}
	if got["Erstkontakt"] != "1@0" || got["Pilot"] != "1@2" {
		t.Errorf("funnel by label %v, want Erstkontakt first with Bea and Pilot third with Ada", got)
	}
	moved := false
	for _, m := range ins.Flow.Moves {
		moved = moved || m.From == "awareness" && m.To == "pilot" && m.Direction == lifecycle.Skipped
	}
	if !moved {
		t.Errorf("the flow lacks Ada's move past Acquisition into Pilot: %v", ins.Flow.Moves)
	}
}

// TestPhaseInsightsAreThoseOfTheWholeReading checks that the reading of
// the phase history alone counts the funnel, flow and time in phase as the
// whole reading does, for another period and an owner.
func TestPhaseInsightsAreThoseOfTheWholeReading(t *testing.T) {
	ctx := context.Background()
	b, _ := makeDemo(t, DemoOptions{Customers: 300, Seed: 5})
	owners, err := b.Owners(ctx)
	if err != nil || len(owners) == 0 {
		t.Fatalf("owners %v, %v", owners, err)
	}
	for _, q := range []InsightsQuery{
		{Period: lifecycle.Period{From: testNow.AddDate(0, 0, -365), To: testNow}, Weeks: 2},
		{Period: lifecycle.Period{From: testNow.AddDate(0, 0, -30), To: testNow}, Owner: owners[0], Weeks: 2},
	} {
		whole, err := b.Insights(ctx, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		phases, err := b.PhaseInsights(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(phases.Funnel, whole.Funnel) || !reflect.DeepEqual(phases.Flow, whole.Flow) ||
			!reflect.DeepEqual(phases.TimeInPhase, whole.TimeInPhase) || len(whole.Flow.Moves) == 0 {
			t.Errorf("%+v: the phase history alone counts\n%+v\nthe whole reading\n%+v", q, phases, whole)
		}
		if phases.Weekly != nil || phases.Cohorts != nil {
			t.Errorf("the phase history alone gives weeks or cohorts: %+v", phases)
		}
	}
}
