package cli

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

func TestTriageInARealTerminal(t *testing.T) {
	db := filepath.Join(t.TempDir(), "book.db")
	for _, add := range [][]string{
		{"add", "Gone Ltd", "--phase", "lost", "--value", "90000"},
		{"add", "Faded GmbH", "--phase", "lost", "--value", "5000"},
		{"add", "Happy AG", "--phase", "retention"},
	} {
		if _, errOut, code := runBinary(t, nil, append([]string{"--db", db}, add...)...); code != 0 {
			t.Fatalf("tend %v: %s", add, errOut)
		}
	}
	term := startTerminal(t, 100, 24, "--db", db, "triage")
	term.waitFor("0 of 2 done today")
	term.waitFor("Gone Ltd") // worth more, so first

	term.text("s")
	term.waitFor("for 30 days")
	term.text("2")
	term.waitFor("Gone Ltd: snoozed until")
	term.text("x")
	term.waitFor("Give up on Faded GmbH?")
	term.text("y")
	term.waitFor("Faded GmbH: lost, do not contact")
	term.waitFor("2 of 2 done today")
	term.keys("Escape")
	term.waitFor("t triage")
	term.text("q")
	term.waitGone()

	out, errOut, code := runBinary(t, nil, "--db", db, "risk", "--json")
	if code != 0 {
		t.Fatalf("risk: %s", errOut)
	}
	var flagged []struct{ Name string }
	if err := json.Unmarshal([]byte(out), &flagged); err != nil {
		t.Fatal(err)
	}
	if len(flagged) != 0 {
		t.Errorf("after the snooze and giving up, tend risk still flags %+v", flagged)
	}
}
