package data

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// triageNames lists the names on the re-engagement list, in order, with
// the kind each is ranked by.
func triageNames(t *testing.T, b *Book, kind lifecycle.FlagKind) []string {
	t.Helper()
	list, err := b.TriageList(context.Background(), kind, "")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i, e := range list {
		out = append(out, e.Name+" "+string(e.Flag.Kind))
		if i > 0 && lifecycle.CompareFlags(list[i-1].Flag, e.Flag) > 0 {
			t.Errorf("%s is ranked above %s", list[i-1].Name, e.Name)
		}
	}
	return out
}

func TestTriageListRanksTheFlaggedWithTheirTopFlag(t *testing.T) {
	b := riskBook(t)
	ctx := context.Background()
	all := triageNames(t, b, "")
	if len(all) != 5 {
		t.Fatalf("triage list = %v, want the five flagged customers", all)
	}
	if got := triageNames(t, b, lifecycle.WinBack); len(got) != 1 || got[0] != "Lost Ltd win-back" {
		t.Errorf("win-back list = %v, want Lost Ltd", got)
	}
	list, _ := b.TriageList(ctx, "", "")
	ids := make([]int64, len(list))
	for i, e := range list {
		ids[i] = e.ID
	}
	outlooks, err := b.Outlooks(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range list {
		o := outlooks[e.ID]
		if len(o.Flags) == 0 || o.Flags[0].Kind != e.Flag.Kind || storedSeverity(o.Flags[0].Severity) != e.Flag.Severity || len(o.Flags[0].Reasons) == 0 {
			t.Errorf("%s: listed with %v, outlook flags %v", e.Name, e.Flag, o.Flags)
		}
	}
}

func TestTriageActionsAreStoredAndTakeEffect(t *testing.T) {
	b := riskBook(t)
	ctx := context.Background()
	takeTriageActions(t, b)
	// Snoozed, recently attempted and do-not-contact customers are off the
	// list; the lead won back is a customer now, fresh in its phase; the
	// customer won back where it was counts as attempted: the list is done.
	if got := triageNames(t, b, ""); len(got) != 0 {
		t.Errorf("after triage the list is %v, want it empty", got)
	}
	checkTriageTookEffect(t, b)
	// Each kind's count holds the customers dealt with while they had a
	// flag of it, as its list holds those that still have one.
	for kind, want := range map[lifecycle.FlagKind]int{"": 5, lifecycle.AtRisk: 3, lifecycle.WinBack: 1, lifecycle.Stalled: 1} {
		if n, err := b.TriageDone(ctx, testNow.Truncate(24*time.Hour), kind); err != nil || n != want {
			t.Errorf("%q done today = %d, %v; want %d", kind, n, err, want)
		}
	}
	checkStoredFlags(t, b, "after triage")
}

// takeTriageActions snoozes, attempts, gives up and wins back customers of
// the risk book, each the way the re-engagement list does.
func takeTriageActions(t *testing.T, b *Book) {
	t.Helper()
	ctx := context.Background()
	id := func(name string) int64 { return customerNamed(t, b, name).ID }
	if _, err := b.Snooze(ctx, id("Late Follow-up"), testNow.AddDate(0, 0, 30)); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Snooze(ctx, id("Regular Ltd"), testNow.AddDate(0, 0, -1)); err == nil {
		t.Error("a snooze that ends in the past was taken")
	}
	attempt := lifecycle.Contact{CustomerID: id("Lost Ltd"), At: testNow, Kind: lifecycle.Call, Direction: lifecycle.Out,
		Sentiment: lifecycle.Neutral, Summary: "asked how they are doing"}
	if _, err := b.LogAttempt(ctx, attempt); err != nil {
		t.Fatal(err)
	}
	if _, err := b.GiveUp(ctx, id("Unhappy Ltd"), lifecycle.Why{}); err != nil {
		t.Fatal(err)
	}
	if step, err := b.WonBack(ctx, id("Quiet Lead"), lifecycle.Why{}); err != nil || !step.Moved() {
		t.Fatalf("won back the lead: moved %v, %v", step.Moved(), err)
	}
	// A customer at risk won back stays where it is, as an attempt.
	if step, err := b.WonBack(ctx, id("Regular Ltd"), lifecycle.Why{}); err != nil || step.Moved() {
		t.Fatalf("won back a customer: moved %v, %v", step.Moved(), err)
	}
}

// checkTriageTookEffect checks what takeTriageActions left: the customer
// given up lost and not to be contacted, the lead won back a customer, the
// snooze and the attempt stored.
func checkTriageTookEffect(t *testing.T, b *Book) {
	t.Helper()
	unhappy := customerNamed(t, b, "Unhappy Ltd")
	if unhappy.Phase != "lost" || !unhappy.DoNotContact {
		t.Errorf("given up: phase %s, do not contact %v; want lost and true", unhappy.Phase, unhappy.DoNotContact)
	}
	lead := customerNamed(t, b, "Quiet Lead")
	h := history(t, b, lead.ID)
	if last := h.PhaseChanges[len(h.PhaseChanges)-1]; lead.Phase != "conversion" || last.Reason != "won back" {
		t.Errorf("won back: phase %s, last move %+v; want conversion, won back", lead.Phase, last)
	}
	var snoozed, attemptAt int64
	b.reader.QueryRow(`SELECT snoozed_until FROM triage WHERE customer_id = ?`, customerNamed(t, b, "Late Follow-up").ID).Scan(&snoozed)
	b.reader.QueryRow(`SELECT last_attempt_at FROM triage WHERE customer_id = ?`, customerNamed(t, b, "Lost Ltd").ID).Scan(&attemptAt)
	if snoozed != testNow.AddDate(0, 0, 30).Unix() || attemptAt != testNow.Unix() {
		t.Errorf("stored snooze %d and attempt %d", snoozed, attemptAt)
	}
}

// A customer attempted within the cool-down is off the re-engagement list
// for every flag it carried then, not only a win-back one; its flags stay,
// and it is back when the cool-down ends or with a flag of a new kind.
func TestAnAttemptKeepsTheCustomerOffTheListForEveryFlag(t *testing.T) {
	b := riskBook(t)
	ctx := context.Background()
	regular := customerNamed(t, b, "Regular Ltd").ID
	// Won back while owning, it stays where it is, silent: an attempt.
	if _, err := b.WonBack(ctx, regular, lifecycle.Why{}); err != nil {
		t.Fatal(err)
	}
	for _, name := range triageNames(t, b, "") {
		if strings.HasPrefix(name, "Regular Ltd") {
			t.Errorf("list = %v, want Regular Ltd off it for the cool-down", triageNames(t, b, ""))
		}
	}
	if o, err := b.Outlooks(ctx, []int64{regular}); err != nil || len(o[regular].Flags) == 0 {
		t.Errorf("Regular Ltd's flags after the attempt: %v, %v; want them kept", o[regular].Flags, err)
	}
	// Something new comes up within the cool-down: a flag of a kind the
	// customer did not have when dealt with brings them back, for it.
	fine := customerNamed(t, b, "Fine Ltd").ID
	if _, err := b.WonBack(ctx, fine, lifecycle.Why{}); err != nil {
		t.Fatal(err)
	}
	contactAt(t, b, fine, testNow, lifecycle.Negative, false, time.Time{})
	contactAt(t, b, fine, testNow, lifecycle.Negative, false, time.Time{})
	if got := triageNames(t, b, ""); !slices.Contains(got, "Fine Ltd at-risk") {
		t.Errorf("list = %v, want Fine Ltd back for its new at-risk flag", got)
	}
	b.Now = func() time.Time { return testNow.AddDate(0, 0, 29) }
	if got := triageNames(t, b, lifecycle.AtRisk); slices.Contains(got, "Regular Ltd at-risk") {
		t.Errorf("on day 29 of the cool-down the list is %v", got)
	}
	b.Now = func() time.Time { return testNow.AddDate(0, 0, 30) }
	if got := triageNames(t, b, lifecycle.AtRisk); !slices.Contains(got, "Regular Ltd at-risk") {
		t.Errorf("when the cool-down ends the list is %v, want Regular Ltd back", got)
	}
}

// A customer the model takes for gone and won back is judged by its new
// start for the grace period: no flag of the model's until it ends.
func TestAWonBackCustomerIsNotFlaggedByTheModelDuringTheGrace(t *testing.T) {
	ctx := context.Background()
	b, _ := makeDemo(t, DemoOptions{Customers: 2000, Seed: 1})
	b.Now = func() time.Time { return testNow }
	flagged, _, err := b.Risk(ctx, testNow, lifecycle.WinBack)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(flagged, func(f Flagged) bool { return byModel(f.Flags) })
	if i < 0 {
		t.Fatal("no owning customer is a win-back candidate by the model")
	}
	id := flagged[i].ID
	if _, err := b.WonBack(ctx, id, lifecycle.Why{}); err != nil {
		t.Fatal(err)
	}
	if o, err := b.Outlooks(ctx, []int64{id}); err != nil || byModel(o[id].Flags) {
		t.Errorf("stored flags after the win-back: %v, %v; want none by the model", o[id].Flags, err)
	}
	for _, c := range []struct {
		days    int
		flagged bool
	}{{89, false}, {90, true}} {
		later := testNow.AddDate(0, 0, c.days)
		all, _, err := b.Risk(ctx, later, "")
		if err != nil {
			t.Fatal(err)
		}
		j := slices.IndexFunc(all, func(f Flagged) bool { return f.ID == id })
		if got := j >= 0 && byModel(all[j].Flags); got != c.flagged {
			t.Errorf("%d days after the win-back, flagged by the model: %v, want %v", c.days, got, c.flagged)
		}
	}
}

// byModel tells whether any of the flags is raised by the purchase model.
func byModel(flags []lifecycle.Flag) bool {
	return slices.ContainsFunc(flags, func(f lifecycle.Flag) bool {
		return slices.ContainsFunc(f.Reasons, func(r lifecycle.Reason) bool { return r.Code == lifecycle.ReasonLowPAlive })
	})
}
