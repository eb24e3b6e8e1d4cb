package data

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

func noName(lifecycle.MoveReason) string { return "" }

// lostForPrice moves a new customer into Lost for the price, with a note,
// and returns its id and the move.
func lostForPrice(t *testing.T, b *Book) (int64, lifecycle.PhaseChange) {
	t.Helper()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "retention", CreatedAt: daysBefore(30)})
	ch, err := b.MoveFor(context.Background(), id, "lost", "", lifecycle.Why{Key: "price", Note: "went with the cheaper offer"})
	if err != nil || ch.ReasonKey != "price" {
		t.Fatalf("MoveFor = %+v, %v", ch, err)
	}
	return id, ch
}

func TestALostMoveKeepsItsReasonInTheHistoryAndTheAuditTrail(t *testing.T) {
	b := openTestBook(t)
	id, _ := lostForPrice(t, b)
	h, _ := b.History(context.Background(), id)
	last := h.PhaseChanges[len(h.PhaseChanges)-1]
	if last.ReasonKey != "price" || last.ReasonNote != "went with the cheaper offer" || last.ReasonLabel != "" {
		t.Errorf("stored move = %+v", last)
	}
	if a := h.Audit[len(h.Audit)-1]; a.Field != reasonField || a.New != "price: went with the cheaper offer" {
		t.Errorf("audit trail ends with %+v", a)
	}
	for _, e := range h.Events() {
		if e.Edit != nil && e.Edit.Field == reasonField {
			t.Error("the reason shows twice in the customer's history")
		}
	}
}

func TestUndoTakesTheReasonBackWithTheMove(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id, ch := lostForPrice(t, b)
	if err := b.UndoMove(ctx, ch); err != nil {
		t.Fatal(err)
	}
	var left int
	b.reader.QueryRow(`SELECT count(*) FROM phase_changes WHERE reason_key IS NOT NULL OR reason_note IS NOT NULL`).Scan(&left)
	h, _ := b.History(ctx, id)
	if a := h.Audit[len(h.Audit)-1]; left != 0 || a.Field != reasonField || a.Old != "price: went with the cheaper offer" || a.New != "" {
		t.Errorf("after the undo: %d moves with a reason, audit ends %+v", left, a)
	}
}

func TestAMoveTakesOnlyAnOfferedReasonOfItsKind(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "retention"})
	var unknown *lifecycle.ReasonUnknownError
	if _, err := b.MoveFor(ctx, id, "lost", "", lifecycle.Why{Key: "offer"}); !errors.As(err, &unknown) {
		t.Errorf("a won-back reason for a loss: %v", err)
	}
	if _, err := b.MoveFor(ctx, id, "loyalty", "", lifecycle.Why{Key: "price"}); err == nil {
		t.Error("a move forward took a reason")
	}
	if c, _ := b.Customer(ctx, id); c.Phase != "retention" {
		t.Errorf("a refused move moved the customer to %s", c.Phase)
	}
	if _, err := b.MoveFor(ctx, id, "win-back", "", lifecycle.Why{Note: "no answer since March"}); err != nil {
		t.Errorf("a loss into win-back with a note alone: %v", err)
	}
	if _, err := b.MoveFor(ctx, id, "conversion", "", lifecycle.Why{Key: "personal-contact"}); err != nil {
		t.Errorf("a win-back: %v", err)
	}
}

func TestTheListOfReasonsGrowsAndHidesWithoutLosingPastMoves(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	got, err := b.MoveReasons(ctx)
	if err != nil || len(lifecycle.Offered(got, lifecycle.LostReason)) != 6 || len(lifecycle.Offered(got, lifecycle.WonBackReason)) != 4 {
		t.Fatalf("the defaults: %+v, %v", got, err)
	}
	if r, err := b.AddMoveReason(ctx, lifecycle.LostReason, "Lieferzeit"); err != nil || r.Key != "lieferzeit" {
		t.Fatalf("add = %+v, %v", r, err)
	}
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "retention"})
	if _, err := b.MoveFor(ctx, id, "lost", "", lifecycle.Why{Key: "lieferzeit"}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.HideMoveReason(ctx, lifecycle.LostReason, "LIEFERZEIT", noName); err != nil {
		t.Fatal(err)
	}
	got, _ = b.MoveReasons(ctx)
	lost := lifecycle.Offered(got, lifecycle.LostReason)
	if len(lost) != 6 || lost[5].Key != "other" {
		t.Errorf("offered after hiding: %+v", lost)
	}
	h, _ := b.History(ctx, id)
	if last := h.PhaseChanges[len(h.PhaseChanges)-1]; last.ReasonKey != "lieferzeit" || last.ReasonLabel != "Lieferzeit" {
		t.Errorf("the move after hiding its reason: %+v", last)
	}
	if problems, err := b.Check(ctx); err != nil || len(problems) != 0 {
		t.Errorf("a hidden reason still named by a move: Check = %v, %v", problems, err)
	}
}

func TestAReasonHiddenComesBackInItsPlaceUnderItsName(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	if _, err := b.AddMoveReason(ctx, lifecycle.LostReason, "Lieferzeit"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.HideMoveReason(ctx, lifecycle.LostReason, "lieferzeit", noName); err != nil {
		t.Fatal(err)
	}
	if r, err := b.AddMoveReason(ctx, lifecycle.LostReason, "lieferzeit"); err != nil || r.Label != "Lieferzeit" {
		t.Errorf("adding a hidden reason again: %+v, %v", r, err)
	}
	got, _ := b.MoveReasons(ctx)
	if lost := lifecycle.Offered(got, lifecycle.LostReason); len(lost) != 7 || lost[6].Label != "Lieferzeit" {
		t.Errorf("a reason back keeps its name and place: %+v", lost)
	}
}

func TestCheckFindsAReasonThatNamesNoReason(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "retention"})
	if _, err := b.MoveFor(ctx, id, "lost", "", lifecycle.Why{Key: "price"}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.writer.Exec(`UPDATE phase_changes SET reason_key = 'bribe' WHERE reason_key = 'price'`); err != nil {
		t.Fatal(err)
	}
	problems, err := b.Check(ctx)
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0].Error(), `Ada: a move gives the reason "bribe"`) {
		t.Errorf("Check = %v, %v", problems, err)
	}
}

func TestForgetErasesTheNoteOfALoss(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	const marker = "Plappermaul-Vertraulich"
	gone := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "retention"})
	if _, err := b.MoveFor(ctx, gone, "lost", "", lifecycle.Why{Key: "other", Note: "told " + marker}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Forget(ctx, gone); err != nil {
		t.Fatal(err)
	}
	assertBookErased(t, b, marker)
}

func TestANewBookOffersTheDefaultReasons(t *testing.T) {
	got, err := openTestBook(t).MoveReasons(context.Background())
	if err != nil || !slices.Equal(got, lifecycle.DefaultReasons) {
		t.Errorf("a new book's reasons = %+v, %v; want %+v", got, err, lifecycle.DefaultReasons)
	}
}

func TestInsightsCountTheReasonsOfThePeriodByTheirNames(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	if _, err := b.AddMoveReason(ctx, lifecycle.LostReason, "Lieferzeit"); err != nil {
		t.Fatal(err)
	}
	for i, key := range []string{"price", "lieferzeit", "price", ""} {
		id := addCustomer(t, b, lifecycle.Customer{Name: fmt.Sprint("Kunde ", i), Phase: "retention", CreatedAt: daysBefore(40)})
		if _, err := b.MoveFor(ctx, id, "lost", "", lifecycle.Why{Key: key}); err != nil {
			t.Fatal(err)
		}
	}
	count := func(from, to time.Time) string {
		ins, err := b.PhaseInsights(ctx, InsightsQuery{Period: lifecycle.Period{From: from, To: to}, Weeks: 1})
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(ins.Flow.Reasons)
	}
	if got, want := count(daysBefore(7), testNow), "[{{lost price  false} 2} {{lost lieferzeit Lieferzeit false} 1} {{lost   false} 1}]"; got != want {
		t.Errorf("the week's reasons = %s, want %s", got, want)
	}
	if got := count(daysBefore(30), daysBefore(1)); got != "[]" {
		t.Errorf("a period before the moves = %s", got)
	}
}
