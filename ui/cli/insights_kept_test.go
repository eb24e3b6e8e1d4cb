package cli

import (
	"maps"
	"testing"
)

// TestInsightsAsOfNowKeepsTheWeeksFlags checks that tend insights as of
// now keeps the finished weeks' flagged counts for the next reading, which
// finds the same, and counts the week ending now as tend risk flags now.
func TestInsightsAsOfNowKeepsTheWeeksFlags(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "demo", "--customers", "300", "--seed", "2")
	want := map[string]int{"stalled": 0, "at-risk": 0, "win-back": 0}
	for _, c := range riskJSON(t, db) {
		for _, f := range c["flags"].([]any) {
			want[f.(map[string]any)["kind"].(string)]++
		}
	}
	first := insightsOf(t, db, "--weeks", "5")
	if kept := keptWeeksIn(t, db); kept != 4 {
		t.Fatalf("%d weeks kept, want the 4 finished", kept)
	}
	second := insightsOf(t, db, "--weeks", "5")
	for i := range first.Weekly {
		if !maps.Equal(first.Weekly[i].Flagged, second.Weekly[i].Flagged) {
			t.Errorf("week %d: %v flagged first, %v from the weeks kept", i, first.Weekly[i].Flagged, second.Weekly[i].Flagged)
		}
	}
	if got := second.Weekly[4].Flagged; !maps.Equal(got, want) {
		t.Errorf("the week ending now has %v flagged, tend risk %v", got, want)
	}
}

// keptWeeksIn counts the weeks' flagged counts a book keeps.
func keptWeeksIn(t *testing.T, db string) int {
	t.Helper()
	conn := rawBook(t, db)
	var n int
	if err := conn.QueryRow(`SELECT count(*) FROM flagged_weeks`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
