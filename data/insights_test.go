package data

import (
	"context"
	"reflect"
	"testing"
	"time"

	"tend/lifecycle"
)

// TestInsightsAgreeWithTheBoardAndRisk checks that the insights of a demo
// book tell what the board and tend risk tell for the same date: the
// funnel as of now is the board's totals, as of a past day it is the
// replayed phases, and the flagged customers of the last week are those
// Risk flags on its last day.
func TestInsightsAgreeWithTheBoardAndRisk(t *testing.T) {
	ctx := context.Background()
	b, _ := makeDemo(t, DemoOptions{Customers: 400, Seed: 3})
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
