package data

import (
	"context"
	"slices"
	"strconv"
	"testing"
	"time"

	"tend/lifecycle"
)

// daysAfter is a day n days after the tests' today, at midnight.
func daysAfter(n int) time.Time { return lifecycle.DaysAfter(testNow, n) }

// followUpState reads the stored state of a contact's follow-up.
func followUpState(t *testing.T, b *Book, contactID int64) (state, closedBy string) {
	t.Helper()
	var s, by *string
	err := b.reader.QueryRow(`SELECT follow_up_state, follow_up_closed_by FROM contacts WHERE id = ?`, contactID).Scan(&s, &by)
	if err != nil {
		t.Fatal(err)
	}
	if s != nil {
		state = *s
	}
	if by != nil {
		closedBy = *by
	}
	return state, closedBy
}

// logFollowUp logs a call at at that sets a follow-up (zero for none).
func logFollowUp(t *testing.T, b *Book, id int64, at, followUp time.Time, summary string) int64 {
	t.Helper()
	c := lifecycle.Contact{CustomerID: id, At: at, Kind: lifecycle.Call, Direction: lifecycle.Out,
		Sentiment: lifecycle.Neutral, FollowUp: followUp, Summary: summary}
	contactID, err := b.LogContact(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	return contactID
}

// agendaNames lists the agenda's overdue names, then each day's, the day
// as "+n" from today.
func agendaNames(t *testing.T, b *Book, days int) []string {
	t.Helper()
	a, err := b.Agenda(context.Background(), testNow, days)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range a.Overdue {
		out = append(out, f.Customer+" late "+strconv.Itoa(f.DaysLate))
	}
	for _, d := range a.Days {
		for _, f := range d.FollowUps {
			out = append(out, f.Customer+" +"+strconv.Itoa(int(d.Day.Sub(lifecycle.StartOfDay(testNow)).Hours()/24))+" "+f.About)
		}
	}
	return out
}

// followUpAudit lists the follow-up changes of a customer's audit trail.
func followUpAudit(t *testing.T, b *Book, id int64) []string {
	t.Helper()
	h, err := b.History(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range h.Audit {
		if e.Field == followUpField {
			out = append(out, e.Who+": "+e.Old+" → "+e.New)
		}
	}
	return out
}

func TestAFollowUpMovesAndComesBackWithItsHistory(t *testing.T) {
	b := openTestBook(t)
	b.Who = "ann"
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Acme", Phase: "retention", CreatedAt: daysBefore(30)})
	contact := logFollowUp(t, b, id, daysBefore(1), daysAfter(2), "quote sent")
	if got, want := agendaNames(t, b, 7), []string{"Acme +2 quote sent"}; !slices.Equal(got, want) {
		t.Fatalf("agenda = %q, want %q", got, want)
	}
	moved, err := b.MoveFollowUp(ctx, contact, daysAfter(9))
	if err != nil {
		t.Fatal(err)
	}
	if got := agendaNames(t, b, 7); len(got) != 0 {
		t.Errorf("moved beyond the week, the agenda still holds %q", got)
	}
	if got, want := agendaNames(t, b, 10), []string{"Acme +9 quote sent"}; !slices.Equal(got, want) {
		t.Errorf("agenda of 10 days = %q, want %q", got, want)
	}
	if err := b.UndoFollowUp(ctx, moved); err != nil {
		t.Fatal(err)
	}
	for day, want := range map[int][2]int{1: {0, 0}, 2: {1, 0}, 4: {0, 1}} {
		if due, overdue, err := b.FollowUpCounts(ctx, daysAfter(day).Add(time.Hour)); err != nil || [2]int{due, overdue} != want {
			t.Errorf("in %d days: %d due, %d overdue (%v), want %v", day, due, overdue, err, want)
		}
	}
	want := []string{"ann: open 2026-03-12 → moved 2026-03-19", "ann: moved 2026-03-19 → open 2026-03-12"}
	if got := followUpAudit(t, b, id); !slices.Equal(got, want) {
		t.Errorf("audit = %q, want %q", got, want)
	}
}

func TestAFollowUpDoneIsClosedAndItsUndoReopensIt(t *testing.T) {
	b := openTestBook(t)
	b.Who = "ann"
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Acme", Phase: "retention", CreatedAt: daysBefore(30)})
	contact := logFollowUp(t, b, id, daysBefore(1), daysAfter(2), "quote sent")
	done, err := b.FinishFollowUp(ctx, contact)
	if err != nil {
		t.Fatal(err)
	}
	if s, by := followUpState(t, b, contact); s != FollowUpDone || by != "ann" {
		t.Errorf("finished follow-up is %q by %q, want done by ann", s, by)
	}
	if _, err := b.FinishFollowUp(ctx, contact); !hasCode(err, CodeFollowUpClosed) {
		t.Errorf("finishing it twice: %v, want %s", err, CodeFollowUpClosed)
	}
	if got := agendaNames(t, b, 7); len(got) != 0 {
		t.Errorf("done, the agenda still holds %q", got)
	}
	if due, overdue, err := b.FollowUpCounts(ctx, daysAfter(2)); err != nil || due != 0 || overdue != 0 {
		t.Errorf("done, the counts are %d due, %d overdue (%v)", due, overdue, err)
	}
	if err := b.UndoFollowUp(ctx, done); err != nil {
		t.Fatal(err)
	}
	if s, _ := followUpState(t, b, contact); s != FollowUpOpen {
		t.Errorf("undone, the follow-up is %q, want open", s)
	}
	want := []string{"ann: open 2026-03-12 → done", "ann: done → open 2026-03-12"}
	if got := followUpAudit(t, b, id); !slices.Equal(got, want) {
		t.Errorf("audit = %q, want %q", got, want)
	}
}

func TestAnUndoRefusesAFollowUpChangedSince(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Acme", Phase: "retention", CreatedAt: daysBefore(30)})
	contact := logFollowUp(t, b, id, daysBefore(1), daysAfter(2), "quote sent")
	moved, err := b.MoveFollowUp(ctx, contact, daysAfter(3))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.MoveFollowUp(ctx, contact, daysAfter(4)); err != nil {
		t.Fatal(err)
	}
	if err := b.UndoFollowUp(ctx, moved); !hasCode(err, CodeFollowUpChanged) {
		t.Errorf("undo after another move: %v, want %s", err, CodeFollowUpChanged)
	}
	if _, err := b.MoveFollowUp(ctx, contact, daysBefore(1)); !hasCode(err, CodeFollowUpPast) {
		t.Errorf("move to yesterday: %v, want %s", err, CodeFollowUpPast)
	}
	plain := logFollowUp(t, b, id, testNow, time.Time{}, "no follow-up")
	if _, err := b.FinishFollowUp(ctx, plain); !hasCode(err, CodeNoFollowUp) {
		t.Errorf("finishing a contact without a follow-up: %v, want %s", err, CodeNoFollowUp)
	}
}

func TestALaterContactAnswersTheFollowUpAndItsUndoReopensIt(t *testing.T) {
	b := openTestBook(t)
	b.Who = "ann"
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Acme", Phase: "retention", CreatedAt: daysBefore(30)})
	first := logFollowUp(t, b, id, daysBefore(10), lifecycle.StartOfDay(daysBefore(3)), "quote sent")
	if got, want := agendaNames(t, b, 7), []string{"Acme late 3"}; !slices.Equal(got, want) {
		t.Fatalf("agenda = %q, want %q", got, want)
	}
	b.Who = "bob"
	answer := logFollowUp(t, b, id, testNow, daysAfter(14), "called back")
	if s, by := followUpState(t, b, first); s != FollowUpAnswered || by != "bob" {
		t.Errorf("answered follow-up is %q by %q, want answered by bob", s, by)
	}
	if got, want := agendaNames(t, b, 14), []string{"Acme +14 called back"}; !slices.Equal(got, want) {
		t.Errorf("agenda = %q, want %q", got, want)
	}
	if err := b.DeleteContact(ctx, lifecycle.Contact{ID: answer, CustomerID: id}); err != nil {
		t.Fatal(err)
	}
	if s, _ := followUpState(t, b, first); s != FollowUpOpen {
		t.Errorf("with its answer taken back, the follow-up is %q, want open", s)
	}
	want := []string{"bob: open 2026-03-07 → answered", "bob: answered → open 2026-03-07"}
	if got := followUpAudit(t, b, id); !slices.Equal(got, want) {
		t.Errorf("audit = %q, want %q", got, want)
	}
}

// The at-risk flag's overdue follow-up and the agenda's overdue list name
// the same customers: a moved follow-up is due on its new day, a done one
// is not due.
func TestTheAgendaAndTheFlagAgreeOnOverdueFollowUps(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	add := func(name string, followUp time.Time) int64 {
		id := addCustomer(t, b, lifecycle.Customer{Name: name, Phase: "retention", CreatedAt: daysBefore(60)})
		return logFollowUp(t, b, id, daysBefore(20), followUp, "call")
	}
	add("Late", daysBefore(5))
	add("Yesterday", daysBefore(1))
	add("Today", lifecycle.StartOfDay(testNow))
	moved := add("Moved", daysBefore(6))
	if _, err := b.MoveFollowUp(ctx, moved, daysAfter(1)); err != nil {
		t.Fatal(err)
	}
	movedLate := add("Moved late", daysBefore(15))
	if _, err := b.MoveFollowUp(ctx, movedLate, lifecycle.StartOfDay(testNow)); err != nil {
		t.Fatal(err)
	}
	done := add("Done", daysBefore(7))
	if _, err := b.FinishFollowUp(ctx, done); err != nil {
		t.Fatal(err)
	}
	asOf := testNow
	a, err := b.Agenda(ctx, asOf, 7)
	if err != nil {
		t.Fatal(err)
	}
	var agenda []string
	for _, f := range a.Overdue {
		agenda = append(agenda, f.Customer)
	}
	var flagged []string
	for name, f := range riskAsOf(t, b, asOf, lifecycle.AtRisk) {
		for _, flag := range f.Flags {
			for _, r := range flag.Reasons {
				if r.Code == lifecycle.ReasonFollowUpOverdue {
					flagged = append(flagged, name)
				}
			}
		}
	}
	slices.Sort(agenda)
	slices.Sort(flagged)
	want := []string{"Late", "Yesterday"}
	if !slices.Equal(agenda, want) || !slices.Equal(flagged, want) {
		t.Errorf("overdue on the agenda %q, flagged %q; want both %q", agenda, flagged, want)
	}
}

func TestForgetErasesTheFollowUps(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Acme", Phase: "retention", CreatedAt: daysBefore(30)})
	contact := logFollowUp(t, b, id, daysBefore(1), daysAfter(2), "quote sent")
	if _, err := b.FinishFollowUp(ctx, contact); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Forget(ctx, id); err != nil {
		t.Fatal(err)
	}
	var left int
	if err := b.reader.QueryRow(`SELECT count(*) FROM contacts WHERE follow_up_state IS NOT NULL`).Scan(&left); err != nil || left != 0 {
		t.Errorf("%d follow-ups left after forgetting their customer (%v)", left, err)
	}
}

// TestFollowUpCountsAgreeWithTheAgenda counts follow-ups in every state
// the board's status line tells apart: overdue, due today, moved to today
// and away from it, answered by a later contact, done, and one of an
// archived customer.
func TestFollowUpCountsAgreeWithTheAgenda(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	customer := func(name string) int64 {
		return addCustomer(t, b, lifecycle.Customer{Name: name, Phase: "retention", CreatedAt: daysBefore(30)})
	}
	logFollowUp(t, b, customer("Late"), daysBefore(5), daysBefore(1), "late")
	logFollowUp(t, b, customer("Today"), daysBefore(5), daysAfter(0).Add(15*time.Hour), "today")
	away := logFollowUp(t, b, customer("Moved away"), daysBefore(5), daysAfter(0), "moved away")
	here := logFollowUp(t, b, customer("Moved here"), daysBefore(5), daysBefore(3), "moved here")
	answered := customer("Answered")
	logFollowUp(t, b, answered, daysBefore(5), daysBefore(2), "answered")
	logFollowUp(t, b, answered, daysBefore(1), time.Time{}, "the answer")
	done := logFollowUp(t, b, customer("Done"), daysBefore(5), daysBefore(2), "done")
	archived := customer("Archived")
	logFollowUp(t, b, archived, daysBefore(5), daysBefore(2), "archived")
	for _, err := range []error{
		ignoreStep(b.MoveFollowUp(ctx, away, daysAfter(1))),
		ignoreStep(b.MoveFollowUp(ctx, here, daysAfter(0))),
		ignoreStep(b.FinishFollowUp(ctx, done)),
		b.Archive(ctx, archived, false),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	a, err := b.Agenda(ctx, testNow, 7)
	if err != nil {
		t.Fatal(err)
	}
	due, overdue, err := b.FollowUpCounts(ctx, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if due != a.Due(testNow) || overdue != len(a.Overdue) || due != 2 || overdue != 1 {
		t.Errorf("counted %d due and %d overdue; the agenda holds %d and %d, want 2 and 1", due, overdue, a.Due(testNow), len(a.Overdue))
	}
}

// ignoreStep keeps the error of a write that returns its step of undo.
func ignoreStep(_ FollowUpStep, err error) error { return err }
