package cli

import (
	"encoding/json"
	"testing"
	"time"
)

// TestAgendaInARealTerminal opens the agenda with a on the board of the
// built binary, moves one follow-up to tomorrow with s, marks another done
// with d and takes that back with u.
func TestAgendaInARealTerminal(t *testing.T) {
	db := tempBook(t)
	for _, args := range [][]string{
		{"add", "Acme Ltd", "--phase", "retention"},
		{"log", "Acme Ltd", "--kind", "call", "--summary", "quote sent", "--at", "-20d", "--follow-up", "-3d"},
		{"add", "Beta GmbH", "--phase", "retention"},
		{"log", "Beta GmbH", "--kind", "call", "--summary", "demo booked", "--at", "-2d", "--follow-up", "+2d"},
	} {
		if _, errOut, code := runBinary(t, nil, append([]string{"--db", db}, args...)...); code != 0 {
			t.Fatalf("tend %v: %s", args, errOut)
		}
	}
	term := startTerminal(t, 100, 24, "--db", db)
	term.waitFor("1 overdue")
	term.text("a")
	term.waitFor("3 days late: quote sent")
	term.text("s")
	term.waitFor("in a month")
	term.text("1")
	term.waitFor("Moved the follow-up of Acme Ltd to")
	term.text("j")
	term.text("d")
	term.waitFor("Follow-up of Beta GmbH done")
	term.text("u")
	term.waitFor("Undid the follow-up of Beta GmbH marked done")
	term.waitFor("demo booked")
	term.keys("Escape")
	term.waitFor("a agenda")
	term.text("q")
	term.waitGone()

	out, errOut, code := runBinary(t, nil, "--db", db, "agenda", "--json")
	if code != 0 {
		t.Fatalf("agenda: %s", errOut)
	}
	var got struct {
		Overdue []any `json:"overdue"`
		Due     []struct {
			Day       string `json:"day"`
			FollowUps []struct {
				Customer string `json:"customer"`
				Moved    bool   `json:"moved"`
			} `json:"follow_ups"`
		} `json:"due"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	tomorrow := time.Now().AddDate(0, 0, 1).Format(time.DateOnly)
	if len(got.Overdue) != 0 || len(got.Due) != 2 || got.Due[0].Day != tomorrow || got.Due[0].FollowUps[0].Customer != "Acme Ltd" ||
		!got.Due[0].FollowUps[0].Moved || got.Due[1].FollowUps[0].Customer != "Beta GmbH" || got.Due[1].FollowUps[0].Moved {
		t.Errorf("after the terminal, the agenda is %s", out)
	}
}
