package cli

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestMoveIntoLostTakesAReasonOfTheBooksListAndANote(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada", "--phase", "retention")
	_, _, err := execTend(t, db, "move", "ada", "lost", "--reason", "bribe")
	if err == nil || !strings.Contains(err.Error(), "--reason: no lost reason bribe (use one of price, no-budget, competitor, no-need, no-answer, other)") {
		t.Errorf("an unknown reason: %v", err)
	}
	mustTend(t, db, "move", "ada", "lost", "--reason", "No Budget", "--note", "froze all spending")
	mustTend(t, db, "move", "ada", "conversion", "--reason", "offer")
	mustTend(t, db, "move", "ada", "retention", "--reason", "Signed the yearly contract")
	if _, _, err := execTend(t, db, "move", "ada", "loyalty", "--note", "x"); err == nil || !strings.Contains(err.Error(), "takes no reason") {
		t.Errorf("a note on a move forward: %v", err)
	}
	b := openTestBook(t, db)
	defer b.Close()
	h, err := b.History(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ch := range h.PhaseChanges[1:] {
		got = append(got, ch.To+"|"+ch.Reason+"|"+ch.ReasonKey+"|"+ch.ReasonNote)
	}
	want := "lost||no-budget|froze all spending conversion||offer| retention|Signed the yearly contract||"
	if strings.Join(got, " ") != want {
		t.Errorf("moves = %q, want %q", strings.Join(got, " "), want)
	}
}

func TestReasonsAddsAndRemovesAndAMoveTakesTheReasonAdded(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada", "--phase", "retention")
	out := mustTend(t, db, "reasons", "add", "lost", "Lieferzeit")
	if !strings.Contains(out, "lost      lieferzeit        Lieferzeit") {
		t.Errorf("the list after add:\n%s", out)
	}
	mustTend(t, db, "move", "ada", "lost", "--reason", "lieferzeit")
	out = mustTend(t, db, "reasons", "remove", "won-back", "personal contact")
	if strings.Contains(out, "personal-contact") || !strings.Contains(out, "won-back  new-need") {
		t.Errorf("the list after remove:\n%s", out)
	}
	for _, bad := range [][]string{{"reasons", "add", "gained", "x"}, {"reasons", "add", "lost", "Lieferzeit"}, {"reasons", "remove", "lost", "nothing"}} {
		if _, _, err := execTend(t, db, bad...); err == nil {
			t.Errorf("tend %s succeeded", strings.Join(bad, " "))
		}
	}
	if out := mustTend(t, db, "check"); strings.Contains(out, "reason") {
		t.Errorf("check after the changes: %s", out)
	}
}

func TestInsightsSayWhyCustomersWereLostAndWonBack(t *testing.T) {
	db := tempBook(t)
	for _, name := range []string{"Ada", "Bob", "Cleo", "Dan"} {
		mustTend(t, db, "add", name, "--phase", "retention")
	}
	mustTend(t, db, "reasons", "add", "lost", "Lieferzeit")
	mustTend(t, db, "move", "ada", "lost", "--reason", "price")
	mustTend(t, db, "move", "bob", "lost", "--reason", "price")
	mustTend(t, db, "move", "cleo", "lost", "--reason", "lieferzeit")
	mustTend(t, db, "move", "dan", "win-back")
	mustTend(t, db, "move", "ada", "conversion", "--reason", "new need")
	text := mustTend(t, db, "insights")
	for _, want := range []string{"\nLost because: price 2, Lieferzeit 1, no reason given 1\n", "\nWon back through: new need 1\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("insights lacks %q:\n%s", want, text)
		}
	}
	csv := mustTend(t, db, "insights", "--csv", "--section", "reasons")
	if want := "kind,key,name,customers\nlost,price,price,2\nlost,lieferzeit,Lieferzeit,1\nlost,,,1\nwon-back,new-need,new need,1\n"; csv != want {
		t.Errorf("--section reasons:\n%s\nwant\n%s", csv, want)
	}
	got := insightsOf(t, db).Flow.Reasons
	if len(got) != 4 || got[1] != (reasonOutput{"lost", "lieferzeit", "Lieferzeit", 1}) {
		t.Errorf("--json reasons = %+v", got)
	}
}

func TestShowAndTheAuditTrailTellWhyACustomerWasLost(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada", "--phase", "retention")
	mustTend(t, db, "move", "ada", "lost", "--reason", "competitor", "--note", "went to Babbage & Co")
	if out := mustTend(t, db, "show", "ada"); !strings.Contains(out, "Retention → Lost · went to a competitor · went to Babbage & Co") {
		t.Errorf("show does not tell the reason:\n%s", out)
	}
	var s struct {
		PhaseChanges []struct {
			ReasonKey  string `json:"reason_key"`
			ReasonNote string `json:"reason_note"`
		} `json:"phase_changes"`
	}
	if err := json.Unmarshal([]byte(mustTend(t, db, "show", "ada", "--json")), &s); err != nil || len(s.PhaseChanges) != 2 ||
		s.PhaseChanges[1].ReasonKey != "competitor" || s.PhaseChanges[1].ReasonNote != "went to Babbage & Co" {
		t.Errorf("show --json phase changes = %+v, %v", s.PhaseChanges, err)
	}
	if out := mustTend(t, db, "export", "history"); !strings.Contains(out, ",phase reason,,competitor: went to Babbage & Co\n") {
		t.Errorf("the audit trail lacks the reason:\n%s", out)
	}
}
