package cli

import (
	"context"
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/data"
	"tend/lifecycle"
)

// riskNow is the day the risk tests replay.
var riskNow = time.Date(2026, 3, 10, 9, 30, 0, 0, time.Local)

// riskBook writes a book with a lead quiet for 30 days, a customer whose
// follow-up is 10 days overdue, and a lost customer who bought once.
func riskBook(t *testing.T) string {
	t.Helper()
	db := tempBook(t)
	ctx := context.Background()
	b := openTestBook(t, db)
	defer b.Close()
	b.Now = func() time.Time { return riskNow }
	ago := func(days int) time.Time { return riskNow.AddDate(0, 0, -days) }
	add := func(name, phase string) int64 {
		id, err := b.AddCustomer(ctx, lifecycle.Customer{Name: name, Phase: phase, CreatedAt: ago(40)})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	contact := func(id int64, at, followUp time.Time) {
		c := lifecycle.Contact{CustomerID: id, At: at, FollowUp: followUp, Kind: lifecycle.Call,
			Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "call"}
		if _, err := b.LogContact(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	contact(add("Quiet Lead", "acquisition"), ago(30), time.Time{})
	contact(add("Late Follow-up", "retention"), ago(20), ago(10))
	if _, err := b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: add("Lost Ltd", "lost"), At: ago(35), Amount: 50000}); err != nil {
		t.Fatal(err)
	}
	return db
}

// riskJSON runs risk --json and reads each customer as a map, to see the
// exact fields.
func riskJSON(t *testing.T, db string, args ...string) []map[string]any {
	t.Helper()
	var got []map[string]any
	out := mustTend(t, db, append([]string{"risk", "--json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("risk --json: %v\n%s", err, out)
	}
	return got
}

func TestRiskJSONHasNullsWithoutAModel(t *testing.T) {
	got := riskJSON(t, riskBook(t), "--as-of", "2026-03-10")
	var names []string
	for _, c := range got {
		names = append(names, c["name"].(string))
		keys := slices.Sorted(maps.Keys(c))
		want := []string{"expected_purchases", "expected_value", "flags", "id", "name", "p_alive", "phase", "rfm"}
		if !slices.Equal(keys, want) {
			t.Errorf("%s has fields %v, want %v", c["name"], keys, want)
		}
		if c["p_alive"] != nil || c["expected_purchases"] != nil || c["expected_value"] != nil {
			t.Errorf("%s has model figures without a model: %v", c["name"], c)
		}
		flag := c["flags"].([]any)[0].(map[string]any)
		if flag["kind"] == "" || flag["severity"].(float64) <= 0 || len(flag["reasons"].([]any)) == 0 {
			t.Errorf("%s: flag %v lacks a kind, severity or reason", c["name"], flag)
		}
		if c["rfm"] != nil {
			t.Errorf("%s: rfm %v, want none among fewer than ten buyers", c["name"], c["rfm"])
		}
	}
	if slices.Sort(names); !slices.Equal(names, []string{"Late Follow-up", "Lost Ltd", "Quiet Lead"}) {
		t.Errorf("flagged %v", names)
	}
}

func TestRiskTextSaysWhyAndSumsUp(t *testing.T) {
	out := mustTend(t, riskBook(t), "risk", "--as-of", "2026-03-10")
	for _, want := range []string{
		"stalled   Quiet Lead (Acquisition): no activity for 30 days",
		"at risk   Late Follow-up (Retention): follow-up overdue by 10 days",
		"win-back  Lost Ltd (Lost): in Lost",
		"3 flagged: 1 stalled, 1 at risk, 1 win-back; no purchase model: too little history",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("risk lacks %q:\n%s", want, out)
		}
	}
}

func TestRiskFlagAndAsOf(t *testing.T) {
	db := riskBook(t)
	got := riskJSON(t, db, "--as-of", "2026-03-10", "--flag", "win-back")
	if len(got) != 1 || got[0]["name"] != "Lost Ltd" {
		t.Errorf("--flag win-back gives %v", got)
	}
	if got := riskJSON(t, db, "--as-of", "2025-03-10"); len(got) != 0 {
		t.Errorf("a year earlier, before any customer, %d are flagged", len(got))
	}
	// 15 days earlier the lead had been quiet for 15 days and the
	// follow-up was not due yet.
	got = riskJSON(t, db, "--as-of", "2026-02-23")
	if len(got) != 1 || got[0]["name"] != "Lost Ltd" {
		t.Errorf("15 days earlier %v are flagged, want only Lost Ltd", got)
	}
	if _, _, err := execTend(t, db, "risk", "--flag", "angry"); err == nil {
		t.Error("an unknown --flag is accepted")
	}
}

func TestRiskOnCDNOWHasModelFigures(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "import", "purchases", fixture("CDNOW_sample.txt"), "--create-missing")
	mustTend(t, db, "settings", "flags.win-back-p-alive", "0.3")
	got := riskJSON(t, db, "--flag", "at-risk")
	if len(got) == 0 {
		t.Fatal("nobody on the CDNOW sample is at risk")
	}
	c := got[0]
	p, ok := c["p_alive"].(float64)
	if !ok || p < 0 || p >= 0.5 {
		t.Errorf("the most urgent at-risk customer has P(alive) %v, want a number below 0.5", c["p_alive"])
	}
	if _, ok := c["expected_purchases"].(float64); !ok {
		t.Errorf("expected_purchases = %v, want a number", c["expected_purchases"])
	}
	if _, ok := c["expected_value"].(float64); !ok {
		t.Errorf("expected_value = %v, want a number", c["expected_value"])
	}
	if rfm, ok := c["rfm"].(map[string]any); !ok || rfm["segment"] == "" {
		t.Errorf("rfm = %v, want scores and a segment", c["rfm"])
	}
	if out := mustTend(t, db, "risk"); !strings.Contains(out, "purchase model fitted on 2,357 customers") {
		t.Errorf("the summary does not name the model:\n%s", out[max(0, len(out)-300):])
	}
}

// TestRiskReadsTheDaysFlagsAsTheReplayGivesThem checks that risk without
// --as-of, which reads the flags stored by the day's scoring with the
// reasons and figures kept beside them, says what the replay of the
// history as of now says, reasons included, in JSON and in text.
func TestRiskReadsTheDaysFlagsAsTheReplayGivesThem(t *testing.T) {
	db := tempBook(t)
	b := openTestBook(t, db)
	if _, err := b.MakeDemo(context.Background(), data.DemoOptions{Customers: 300, Seed: 9}); err != nil {
		t.Fatal(err)
	}
	b.Close()
	for _, args := range [][]string{{"--json"}, {}, {"--json", "--flag", "win-back"}, {"--flag", "at-risk"}} {
		stored := mustTend(t, db, append([]string{"risk"}, args...)...)
		replay := mustTend(t, db, append([]string{"risk", "--as-of", "now"}, args...)...)
		if stored != replay {
			t.Errorf("risk %v reads\n%.2000s\nthe replay gives\n%.2000s", args, stored, replay)
		}
		if !strings.Contains(stored, "Loyal") && !strings.Contains(stored, "win-back") {
			t.Errorf("risk %v lists no flagged customer:\n%.500s", args, stored)
		}
	}
}
