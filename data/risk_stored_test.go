package data

import (
	"context"
	"database/sql"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// sameRisk fails where the stored read of the book's flags is not the
// replay of its history as of now, kind by kind.
func sameRisk(t *testing.T, b *Book, when string) {
	t.Helper()
	ctx := context.Background()
	for _, kind := range []lifecycle.FlagKind{"", lifecycle.Stalled, lifecycle.AtRisk, lifecycle.WinBack} {
		stored, sm, ok, err := b.storedRisk(ctx, b.Now(), kind)
		if err != nil || !ok {
			t.Fatalf("%s: the stored flags were not read (%v, %v)", when, ok, err)
		}
		replay, rm, err := b.Risk(ctx, b.Now(), kind)
		if err != nil {
			t.Fatal(err)
		}
		for i := range replay {
			replay[i].place = 0
		}
		if len(stored) == 0 && kind == "" {
			t.Fatalf("%s: no customer flagged", when)
		}
		if !reflect.DeepEqual(stored, replay) {
			t.Errorf("%s, kind %q: the stored read lists %d customers, the replay %d, or they differ", when, kind, len(stored), len(replay))
			for i := range min(len(stored), len(replay)) {
				if !reflect.DeepEqual(stored[i], replay[i]) {
					t.Fatalf("first difference at %d:\nstored %+v\nreplay %+v", i, stored[i], replay[i])
				}
			}
		}
		if sm.BGNBD.Customers != rm.BGNBD.Customers || (sm.BGNBDErr == nil) != (rm.BGNBDErr == nil) {
			t.Errorf("%s: the stored model was fitted to %d customers, the replay's to %d", when, sm.BGNBD.Customers, rm.BGNBD.Customers)
		}
	}
}

func TestStoredRiskIsTheReplay(t *testing.T) {
	for _, opt := range []DemoOptions{{Customers: 400, Seed: 1}, {Customers: 300, Seed: 7}, {Customers: 250, Seed: 42}} {
		b, _ := makeDemo(t, opt)
		sameRisk(t, b, "after the demo fill")
		// Single writes score their customers with the models of the
		// day's scoring; once the models are fitted again to what the
		// writes bought, the replay's fit is the stored one.
		for i, c := range allCustomers(t, b)[:40] {
			writeOneOfSix(t, b, i, c)
		}
		// The stored fit as a different book's: none of its purchases.
		setFit := `UPDATE fitted_models SET fit = json_set(fit, '$.purchases', 0)`
		if !b.engine.onFile() {
			setFit = `UPDATE fitted_models SET fit = jsonb_set(fit::jsonb, '{purchases}', '0')::text`
		}
		err := b.write(context.Background(), func(tx *sql.Tx) error {
			_, err := tx.Exec(setFit)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if rep, err := b.Rescore(context.Background()); err != nil || !rep.Refitted {
			t.Fatalf("the models were not fitted again: %+v, %v", rep, err)
		}
		sameRisk(t, b, "after single writes")
	}
}

func TestRiskIsReplayedBeforeTheDaysScoring(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 200, Seed: 5})
	b.Now = func() time.Time { return testNow.AddDate(0, 0, 1) }
	if _, _, ok, err := b.storedRisk(context.Background(), b.Now(), ""); ok || err != nil {
		t.Fatalf("the stored flags of yesterday were read as today's (%v)", err)
	}
	now, _, err := b.RiskNow(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	replay, _, err := b.Risk(context.Background(), b.Now(), "")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(now, replay) {
		t.Errorf("before the day's scoring, RiskNow is not the replay")
	}
}

// TestTheFlaggedAreReadFromTheirOwnIndex checks the plan of tend risk's
// reading: the flagged customers' names and phases come from their index,
// in order, not from the customers' pages, which lie all over a large
// book's file and made the query most of tend risk's time.
func TestTheFlaggedAreReadFromTheirOwnIndex(t *testing.T) {
	b := openTestBook(t)
	plan := queryPlan(t, b, flaggedKeptQuery)
	if len(plan) == 0 || plan[0] != "SCAN c USING COVERING INDEX customers_flagged" {
		t.Errorf("the plan of the flagged customers' reading is %q, want their index read through first", plan)
	}
	if slices.ContainsFunc(plan, func(step string) bool { return strings.Contains(step, "TEMP B-TREE") }) {
		t.Errorf("the flagged customers are sorted aside: %q", plan)
	}
}
