package data

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"tend/data/demo"
	"tend/lifecycle"
)

// riskSignals name each sign of risk by the codes of its reasons.
var riskSignals = map[string][]lifecycle.ReasonCode{
	"silence":          {lifecycle.ReasonSilentRhythm, lifecycle.ReasonSilentShortHistory, lifecycle.ReasonSilentSinceEntering},
	"follow-up":        {lifecycle.ReasonFollowUpOverdue},
	"negative contact": {lifecycle.ReasonNegativeContacts},
	"negative moment":  {lifecycle.ReasonNegativeMoment},
	"low P(alive)":     {lifecycle.ReasonLowPAlive},
	"spend drop":       {lifecycle.ReasonSpendDrop},
}

// signalsOf counts the flags of a kind whose reasons show each signal.
func signalsOf(flagged []Flagged, kind lifecycle.FlagKind) map[string]int {
	counts := map[string]int{}
	for _, f := range flagged {
		for _, flag := range f.Flags {
			if flag.Kind != kind {
				continue
			}
			for signal, codes := range riskSignals {
				if slices.ContainsFunc(flag.Reasons, func(r lifecycle.Reason) bool { return slices.Contains(codes, r.Code) }) {
					counts[signal]++
				}
			}
		}
	}
	return counts
}

// TestDemoFlagsAMinority checks that the demo book reads like a book kept
// well with some neglected corners: a minority of the active customers is
// flagged, with every kind of flag and every sign of risk among them.
func TestDemoFlagsAMinority(t *testing.T) {
	ctx := context.Background()
	b, _ := makeDemo(t, DemoOptions{Customers: 2000, Seed: 1})
	flagged, _, err := b.Risk(ctx, testNow, "")
	if err != nil {
		t.Fatal(err)
	}
	active, err := b.CountCustomers(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if share := float64(len(flagged)) / float64(active); share < 0.15 || share > 0.30 {
		t.Errorf("%d of %d active customers flagged (%.0f%%), want 15 to 30%%", len(flagged), active, share*100)
	}
	kinds := map[lifecycle.FlagKind]int{}
	wonBackOwning := 0
	for _, f := range flagged {
		for _, flag := range f.Flags {
			kinds[flag.Kind]++
			if flag.Kind == lifecycle.WinBack && flag.Reasons[0].Code == lifecycle.ReasonLowPAlive {
				wonBackOwning++
			}
		}
	}
	if kinds[lifecycle.Stalled] < 20 || kinds[lifecycle.AtRisk] < 100 || kinds[lifecycle.WinBack] < 40 || wonBackOwning == 0 {
		t.Errorf("flags by kind %v, %d of the win-backs owning; want each kind, some win-backs owning", kinds, wonBackOwning)
	}
	signals := signalsOf(flagged, lifecycle.AtRisk)
	for signal := range riskSignals {
		if signals[signal] < 5 {
			t.Errorf("%d customers at risk by %s; want every sign among the reasons (%v)", signals[signal], signal, signals)
		}
	}
}

// TestDemoRecordsTheTriage checks that win-back attempts and snoozes are in
// the triage table: attempts on customers who were given up, each the
// time of an offer, and snoozes on owning customers too, after a check-in.
func TestDemoRecordsTheTriage(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 1000, Seed: 4})
	var attempts, offers, snoozed, snoozedOwning int
	err := b.reader.QueryRow(`SELECT
		count(t.last_attempt_at),
		count(CASE WHEN EXISTS (SELECT 1 FROM contacts x WHERE x.customer_id = t.customer_id
			AND x.at = t.last_attempt_at AND x.summary IN (`+quoted(demo.WinBackTopics)+`)) THEN 1 END),
		count(t.snoozed_until),
		count(CASE WHEN t.snoozed_until IS NOT NULL AND p.grp = 'owning' THEN 1 END)
		FROM triage t JOIN customers c ON c.id = t.customer_id JOIN phases p ON p.key = c.phase`).Scan(
		&attempts, &offers, &snoozed, &snoozedOwning)
	if err != nil {
		t.Fatal(err)
	}
	if attempts < 20 || offers != attempts || snoozed < 20 || snoozedOwning < 10 {
		t.Errorf("%d win-back attempts, %d of them an offer; %d snoozed, %d of them owning", attempts, offers, snoozed, snoozedOwning)
	}
	var notGivenUp int
	err = b.reader.QueryRow(`SELECT count(*) FROM triage t WHERE t.last_attempt_at IS NOT NULL AND NOT EXISTS
		(SELECT 1 FROM phase_changes m WHERE m.customer_id = t.customer_id AND m.reason LIKE 'no orders for %')`).Scan(&notGivenUp)
	if err != nil || notGivenUp > 0 {
		t.Errorf("%d customers have a win-back attempt without having been given up (%v)", notGivenUp, err)
	}
}

// quoted lists texts as SQL string literals.
func quoted(texts []string) string {
	out := make([]string, len(texts))
	for i, s := range texts {
		out[i] = "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	return strings.Join(out, ", ")
}

// TestDemoPurchasesFitTheModelTheyAreDrawnFrom checks that the purchase
// model fitted on the demo book finds about the buying rate and the
// dropout that were put in, whatever else the book's story adds.
func TestDemoPurchasesFitTheModelTheyAreDrawnFrom(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 2000, Seed: 1})
	m, err := b.PurchaseModels(context.Background(), testNow)
	if err != nil || m.BGNBDErr != nil {
		t.Fatalf("the demo book did not fit: %v, %v", err, m.BGNBDErr)
	}
	fit := m.BGNBD
	wantRate, wantDropout := demo.DrawnRates()
	rate, dropout := fit.R/fit.Alpha, fit.A/(fit.A+fit.B)
	if math.Abs(rate/wantRate-1) > 0.2 || math.Abs(dropout-wantDropout) > 0.05 {
		t.Errorf("fitted %.3f purchases a week and a dropout of %.2f; drawn with %.3f and %.2f",
			rate, dropout, wantRate, wantDropout)
	}
}
