package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestInsightsInARealTerminal opens the insights from the board of a demo
// book at 80×24, goes through the sections and the table view, changes the
// period, and checks that the screen's funnel is tend insights' funnel.
func TestInsightsInARealTerminal(t *testing.T) {
	db := tempBook(t)
	if _, errOut, code := runBinary(t, nil, "--db", db, "demo", "--customers", "300", "--seed", "1"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	term := startTerminal(t, 80, 24, "--db", db)
	term.waitFor("Awareness")
	term.text("i")
	funnel := term.waitFor("total")
	for _, want := range []string{"Buying", "Owning", "Ended", "last 90 days"} {
		if !strings.Contains(funnel, want) {
			t.Errorf("the funnel lacks %q:\n%s", want, funnel)
		}
	}
	at := lineOf(funnel, "total")
	if at < 0 {
		t.Fatalf("no total under the funnel:\n%s", funnel)
	}
	total := strings.TrimSpace(strings.Split(funnel, "\n")[at])

	term.text("4")
	term.waitFor("now · low–top")
	term.text("v")
	term.waitFor("table · v chart")
	term.text("p")
	term.waitFor("last 365 days")
	term.keys("Escape")
	term.waitFor("t triage")
	term.text("q")
	term.waitGone()

	out, errOut, code := runBinary(t, nil, "--db", db, "insights", "--json")
	if code != 0 {
		t.Fatalf("insights: %s", errOut)
	}
	var figures struct {
		Funnel []struct{ Customers int }
	}
	if err := json.Unmarshal([]byte(out), &figures); err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, step := range figures.Funnel {
		sum += step.Customers
	}
	if fields := strings.Fields(total); len(fields) < 2 || fields[1] != fmt.Sprint(sum) {
		t.Errorf("the screen's funnel totals %q, tend insights --json %d", total, sum)
	}
}
