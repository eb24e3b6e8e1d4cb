package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestTriageInARealTerminal(t *testing.T) {
	db := tempBook(t)
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

// TestAHandledCustomerStaysOffTheList wins back a customer at risk by an
// overdue follow-up, which the win-back does not answer: reopened, the
// list is done and leaves them out, while the flag stays for the board.
func TestAHandledCustomerStaysOffTheList(t *testing.T) {
	db := tempBook(t)
	for _, args := range [][]string{
		{"add", "Happy AG", "--phase", "retention"},
		{"log", "Happy AG", "--kind", "call", "--summary", "offer sent", "--at", "-20d", "--follow-up", "-10d"},
	} {
		if _, errOut, code := runBinary(t, nil, append([]string{"--db", db}, args...)...); code != 0 {
			t.Fatalf("tend %v: %s", args, errOut)
		}
	}
	term := startTerminal(t, 100, 24, "--db", db, "triage")
	term.waitFor("follow-up overdue by 10 days")
	term.text("w")
	term.waitFor("1 of 1 done today")
	term.waitFor("all done: 1 dealt with today")
	term.keys("Escape")
	term.waitFor("t triage")
	term.text("t")
	term.waitFor("all done: 1 dealt with today")
	screen := term.screen()
	if lines := strings.Split(screen, "\n"); strings.Contains(strings.Join(lines[:len(lines)-3], "\n"), "Happy AG") {
		t.Errorf("reopened, the list shows the customer handled:\n%s", screen)
	}
	term.keys("Escape")
	term.waitFor("t triage")
	term.text("q")
	term.waitGone()

	out, errOut, code := runBinary(t, nil, "--db", db, "risk")
	if code != 0 || !strings.Contains(out, "Happy AG") {
		t.Errorf("the flag went with the win-back: %s%s", out, errOut)
	}
}
