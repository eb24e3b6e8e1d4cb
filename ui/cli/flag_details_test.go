package cli

import (
	"encoding/json"
	"fmt"
	"testing"

	"tend/lifecycle"
)

func TestAReasonsDetailIsItsCodeAndItsFiguresByScriptNames(t *testing.T) {
	for _, tt := range []struct {
		reason lifecycle.Reason
		want   string
	}{
		{lifecycle.Reason{Code: lifecycle.ReasonSilentRhythm, Values: map[string]any{"Days": 53, "Every": 26}},
			`{"code":"silent-rhythm","days":53,"usual_days":26}`},
		{lifecycle.Reason{Code: lifecycle.ReasonIdle, Values: map[string]any{"Days": 22, "Phase": "Acquisition", "Limit": 21}},
			`{"code":"idle","days":22,"limit_days":21,"phase":"Acquisition"}`},
		{lifecycle.Reason{Code: lifecycle.ReasonLowPAlive, Values: map[string]any{"PAlive": 0.125, "Purchases": 6}},
			`{"code":"low-p-alive","p_alive":0.125,"purchases":6}`},
		{lifecycle.Reason{Code: lifecycle.ReasonSpendDrop, Values: map[string]any{"Recent": lifecycle.Money(12050), "Earlier": lifecycle.Money(900000), "Days": 90}},
			`{"code":"spend-drop","days":90,"earlier_spend":9000,"recent_spend":120.5}`},
		{lifecycle.Reason{Code: lifecycle.ReasonWorthSpentForecast, Values: map[string]any{"Worth": lifecycle.Money(150000), "Spent": lifecycle.Money(100000), "Expected": lifecycle.Money(50000), "More": 1.5}},
			`{"code":"worth-spent-forecast","expected":500,"more_purchases":1.5,"spent":1000,"worth":1500}`},
		{lifecycle.Reason{Code: lifecycle.ReasonDoNotContact}, `{"code":"do-not-contact"}`},
	} {
		got, err := json.Marshal(newReasonDetail(tt.reason))
		if err != nil || string(got) != tt.want {
			t.Errorf("%v: %s, %v; want %s", tt.reason, got, err, tt.want)
		}
	}
}

// riskScript is what a script reads of tend risk --json.
type riskScript []struct {
	Name  string `json:"name"`
	Flags []struct {
		Reasons []string         `json:"reasons"`
		Details []map[string]any `json:"details"`
	} `json:"flags"`
}

// TestEachFlagsDetailsSayItsReasons reads the flags of a demo book: each
// reason has its detail, in the same order, whose figures make its
// sentence.
func TestEachFlagsDetailsSayItsReasons(t *testing.T) {
	book := englishDemoBook(t)
	var flagged riskScript
	if err := json.Unmarshal([]byte(tendIn(t, "de", "--db", book, "risk", "--json")), &flagged); err != nil {
		t.Fatal(err)
	}
	silent := 0
	for _, c := range flagged {
		for _, f := range c.Flags {
			if len(f.Details) != len(f.Reasons) {
				t.Fatalf("%s: %d reasons, %d details", c.Name, len(f.Reasons), len(f.Details))
			}
			for i, d := range f.Details {
				if d["code"] != "silent-rhythm" || d["usual_days"] == 1.0 {
					continue
				}
				silent++
				want := fmt.Sprintf("no contact for %v days, usually every %v", d["days"], d["usual_days"])
				if f.Reasons[i] != want {
					t.Errorf("%s: reason %q, its detail %v", c.Name, f.Reasons[i], d)
				}
			}
		}
	}
	if silent == 0 {
		t.Fatalf("the demo book has no customer silent for longer than usual among %d flagged", len(flagged))
	}
}
