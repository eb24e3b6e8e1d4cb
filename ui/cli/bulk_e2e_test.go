package cli

import (
	"encoding/json"
	"testing"
)

// Three cards marked with space in a real terminal move with one L and
// come back with one u.
func TestMarkedCardsMoveAndComeBackInARealTerminal(t *testing.T) {
	db := tempBook(t)
	for _, name := range []string{"Ada Lovelace", "Bertha Benz", "Clara Schumann"} {
		if _, errOut, code := runBinary(t, nil, "--db", db, "add", name, "--phase", "awareness"); code != 0 {
			t.Fatalf("tend add %s: %s", name, errOut)
		}
	}
	term := startTerminal(t, 80, 24, "--db", db)
	term.waitFor(shortNameOf(t, db) + " · 3 customers")
	term.keys("Space", "j", "Space", "j", "Space")
	term.waitFor("3 marked")
	term.text("L")
	term.waitFor("Move 3 customers to Acquisition?")
	term.text("y")
	term.waitFor("Moved 3 customers to Acquisition · u to undo")
	if got := phasesIn(t, db); got["awareness"] != 0 || got["acquisition"] != 3 {
		t.Errorf("after the move the book holds %v", got)
	}
	term.text("u")
	term.waitFor("Undid the move of 3 customers to Acquisition")
	term.text("q")
	term.waitGone()
	if got := phasesIn(t, db); got["awareness"] != 3 {
		t.Errorf("after the undo the book holds %v", got)
	}
}

// phasesIn counts the customers of the book at db by phase, through tend
// list.
func phasesIn(t *testing.T, db string) map[string]int {
	t.Helper()
	out, errOut, code := runBinary(t, nil, "--db", db, "list", "--json")
	if code != 0 {
		t.Fatalf("tend list: %s", errOut)
	}
	var list []struct{ Phase string }
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, c := range list {
		got[c.Phase]++
	}
	return got
}
