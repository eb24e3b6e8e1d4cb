package data

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// riskAsOf flags the book as of a date and returns the flagged by name.
func riskAsOf(t *testing.T, b *Book, asOf time.Time, kind lifecycle.FlagKind) map[string]Flagged {
	t.Helper()
	flagged, _, err := b.Risk(context.Background(), asOf, kind)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]Flagged{}
	for _, f := range flagged {
		if len(f.Flags) == 0 {
			t.Errorf("%s is listed without a flag", f.Name)
		}
		for _, flag := range f.Flags {
			if len(flag.Reasons) == 0 || flag.Reasons[0].Code == "" {
				t.Errorf("%s: %s flag without a reason", f.Name, flag.Kind)
			}
		}
		out[f.Name] = f
	}
	return out
}

// riskBook holds a lead gone quiet, owning customers at risk for different
// reasons, one who is fine, and a lost one worth winning back.
func riskBook(t *testing.T) *Book {
	b := openTestBook(t)
	b.Now = func() time.Time { return testNow }
	add := func(name, phase string, created int) int64 {
		return addCustomer(t, b, lifecycle.Customer{Name: name, Phase: phase, CreatedAt: daysBefore(created)})
	}
	lead := add("Quiet Lead", "acquisition", 40)
	contactAt(t, b, lead, daysBefore(30), lifecycle.Neutral, false, time.Time{})
	regular := add("Regular Ltd", "retention", 400)
	for d := 200; d >= 40; d -= 10 {
		contactAt(t, b, regular, daysBefore(d), lifecycle.Positive, false, time.Time{})
	}
	late := add("Late Follow-up", "retention", 30)
	contactAt(t, b, late, daysBefore(20), lifecycle.Neutral, false, daysBefore(10))
	unhappy := add("Unhappy Ltd", "retention", 30)
	contactAt(t, b, unhappy, daysBefore(4), lifecycle.Negative, false, time.Time{})
	contactAt(t, b, unhappy, daysBefore(2), lifecycle.Negative, false, time.Time{})
	fine := add("Fine Ltd", "retention", 30)
	contactAt(t, b, fine, daysBefore(3), lifecycle.Positive, false, time.Time{})
	lost := add("Lost Ltd", "lost", 100)
	buyAt(t, b, lost, daysBefore(90), 50000)
	return b
}

func TestRiskFlagsEachKindWithReasons(t *testing.T) {
	b := riskBook(t)
	got := riskAsOf(t, b, testNow, "")
	want := map[string]string{
		"Quiet Lead":     "stalled: idle Days=30 Limit=21 Phase=Acquisition",
		"Regular Ltd":    "at-risk: silent-rhythm Days=40 Every=10",
		"Late Follow-up": "at-risk: follow-up-overdue Days=10",
		"Unhappy Ltd":    "at-risk: negative-contacts Contacts=2",
		"Lost Ltd":       "win-back: ended-for Days=",
	}
	for name, w := range want {
		f, ok := got[name]
		if !ok {
			t.Errorf("%s is not flagged, want %s", name, w)
			continue
		}
		kind, reason, _ := strings.Cut(w, ": ")
		if string(f.Flags[0].Kind) != kind || !strings.Contains(f.Flags[0].String(), reason) {
			t.Errorf("%s: %v, want %s", name, f.Flags[0], w)
		}
	}
	if f, ok := got["Fine Ltd"]; ok {
		t.Errorf("Fine Ltd is flagged: %v", f.Flags)
	}
	if got["Lost Ltd"].RFM != nil {
		t.Error("an RFM score places a customer among fewer than ten buyers")
	}
	if len(got) != len(want) {
		t.Errorf("%d flagged, want %d", len(got), len(want))
	}
}

func TestRiskScoresRFMAmongTenBuyersOrMore(t *testing.T) {
	b := riskBook(t)
	for i := range minRFMBuyers {
		id := addCustomer(t, b, lifecycle.Customer{Name: fmt.Sprintf("Buyer %d", i), Phase: "retention", CreatedAt: daysBefore(300)})
		buyAt(t, b, id, daysBefore(10+20*i), lifecycle.Money(1000*(i+1)))
	}
	got := riskAsOf(t, b, testNow, "")
	if f := got["Lost Ltd"]; f.RFM == nil || f.RFM.Segment == "" || got["Quiet Lead"].RFM != nil {
		t.Errorf("RFM of Lost Ltd %+v, of Quiet Lead %+v: want scores for buyers only", f.RFM, got["Quiet Lead"].RFM)
	}
}

func TestRiskReplaysThePast(t *testing.T) {
	b := riskBook(t)
	then := riskAsOf(t, b, daysBefore(365), "")
	if len(then) != 0 {
		t.Errorf("a year ago, before the customers existed, %d were flagged", len(then))
	}
	// 25 days ago the regular customer had been quiet for 15 days, less
	// than twice the usual 10, and the follow-up and the negative contacts
	// were still to come.
	then = riskAsOf(t, b, daysBefore(25), "")
	for _, name := range []string{"Regular Ltd", "Late Follow-up", "Unhappy Ltd"} {
		if f, ok := then[name]; ok {
			t.Errorf("%s was flagged 25 days ago: %v", name, f.Flags)
		}
	}
}

func TestRiskKeepsTheKindAskedFor(t *testing.T) {
	got := riskAsOf(t, riskBook(t), testNow, lifecycle.AtRisk)
	if len(got) != 3 {
		t.Errorf("%d at risk, want 3", len(got))
	}
	for name, f := range got {
		if f.Flags[0].Kind != lifecycle.AtRisk {
			t.Errorf("%s is listed as at risk with %v", name, f.Flags)
		}
	}
}

func TestRiskFollowsTheBookSettings(t *testing.T) {
	b := riskBook(t)
	ctx := context.Background()
	if err := b.SetSetting(ctx, lifecycle.RulePrefix+"stalled-days", "45"); err != nil {
		t.Fatal(err)
	}
	if _, ok := riskAsOf(t, b, testNow, lifecycle.Stalled)["Quiet Lead"]; ok {
		t.Error("the lead is stalled although the book allows 45 quiet days")
	}
	if err := b.DeleteSetting(ctx, lifecycle.RulePrefix+"stalled-days"); err != nil {
		t.Fatal(err)
	}
	if _, ok := riskAsOf(t, b, testNow, lifecycle.Stalled)["Quiet Lead"]; !ok {
		t.Error("the lead is not stalled once the setting is removed")
	}
	if err := b.SetSetting(ctx, lifecycle.RulePrefix+"stalled-days", "soon"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := b.Risk(ctx, testNow, ""); err == nil || !strings.Contains(err.Error(), "stalled-days") {
		t.Errorf("a bad setting gives %v, want an error naming it", err)
	}
}

// BenchmarkRisk measures `tend risk`: fitting the purchase models, reading
// every customer's facts and flagging them.
func BenchmarkRisk(b *testing.B) {
	book := benchBook(b)
	ctx := context.Background()
	for b.Loop() {
		flagged, _, err := book.Risk(ctx, book.Now(), "")
		if err != nil {
			b.Fatal(err)
		}
		if len(flagged) == 0 {
			b.Fatal("nobody flagged in the benchmark book")
		}
	}
}
