package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// tendWithInput runs the command line with an answer on standard input,
// returning standard output and standard error apart.
func tendWithInput(t *testing.T, db, input string, args ...string) (string, string, error) {
	t.Helper()
	root := newRootCmd(Process{})
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetIn(strings.NewReader(input))
	root.SetArgs(append([]string{"--db", db}, args...))
	err := root.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

func TestContactEditChangesTheFlagsGivenAndTheAuditTrailKeepsIt(t *testing.T) {
	db := entriesBook(t)
	out := mustTend(t, db, "contact", "edit", "1", "--summary", "Renewal agreed", "--sentiment", "positive", "--follow-up", "")
	if strings.TrimSpace(out) != "Corrected contact 1 of Ada Lovelace" {
		t.Errorf("contact edit said %q", out)
	}
	c := showJSONOf(t, db, "ada").Contacts[0]
	if c.Summary != "Renewal agreed" || c.Sentiment != "positive" || c.FollowUp != nil || c.Kind != "call" {
		t.Errorf("contact after edit = %+v", c)
	}
	if history := mustTend(t, db, "export", "history"); !strings.Contains(history, "#1 2024-03-01 14:30 call out positive: Renewal agreed") {
		t.Errorf("the audit trail lacks the edit:\n%s", history)
	}
}

func TestPurchaseEditSaysTheEntryAsJSON(t *testing.T) {
	db := entriesBook(t)
	out := mustTend(t, db, "purchase", "edit", "2", "--amount", "300", "--note", "INV-2b", "--json")
	var got struct {
		Action   string `json:"action"`
		Purchase struct {
			ID     int64   `json:"id"`
			Amount float64 `json:"amount"`
			Note   string  `json:"note"`
		} `json:"purchase"`
		Contact any `json:"contact"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("purchase edit --json wrote %q: %v", out, err)
	}
	if got.Action != "edited" || got.Purchase.ID != 2 || got.Purchase.Amount != 300 || got.Purchase.Note != "INV-2b" || got.Contact != nil {
		t.Errorf("purchase edit --json = %+v", got)
	}
	if s := showJSONOf(t, db, "ada"); s.TotalSpend != 1300 {
		t.Errorf("spent after the edit = %v, want 1300", s.TotalSpend)
	}
}

func TestContactDeleteAsksFirstUnlessYes(t *testing.T) {
	db := entriesBook(t)
	out, errOut, err := tendWithInput(t, db, "n\n", "contact", "delete", "1")
	if err == nil || !strings.Contains(err.Error(), "Contact 1 was not deleted") || out != "" {
		t.Fatalf("a no: %v, out %q", err, out)
	}
	if !strings.Contains(errOut, "Renewal talk") || !strings.Contains(errOut, "Delete contact 1 of Ada Lovelace? [y/N]") {
		t.Errorf("the question on standard error is %q", errOut)
	}
	if _, _, err := tendWithInput(t, db, "", "contact", "delete", "1"); err == nil || !strings.Contains(err.Error(), "--yes") {
		t.Errorf("no answer at all: %v, want a hint at --yes", err)
	}
	if n := len(showJSONOf(t, db, "ada").Contacts); n != 1 {
		t.Fatalf("%d contacts after a no, want 1", n)
	}
	if _, _, err := tendWithInput(t, db, "y\n", "contact", "delete", "1"); err != nil {
		t.Fatalf("a yes: %v", err)
	}
	if n := len(showJSONOf(t, db, "ada").Contacts); n != 0 {
		t.Errorf("%d contacts after a yes, want 0", n)
	}
	if history := mustTend(t, db, "export", "history"); !strings.Contains(history, "contact,#1 2024-03-01 14:30 call out neutral follow-up 2099-01-01: Renewal talk,") {
		t.Errorf("the audit trail lacks the deleted contact:\n%s", history)
	}
}

func TestPurchaseDeleteWithYesSaysWhatWentAsJSON(t *testing.T) {
	db := entriesBook(t)
	out, errOut, err := tendWithInput(t, db, "", "purchase", "delete", "1", "--yes", "--json")
	if err != nil || errOut != "" {
		t.Fatalf("purchase delete --yes: %v, stderr %q", err, errOut)
	}
	var got struct {
		Action   string `json:"action"`
		Purchase struct {
			ID     int64   `json:"id"`
			Amount float64 `json:"amount"`
		} `json:"purchase"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Action != "deleted" || got.Purchase.ID != 1 || got.Purchase.Amount != 1000 {
		t.Errorf("purchase delete --json wrote %q (%v)", out, err)
	}
	if s := showJSONOf(t, db, "ada"); len(s.Purchases) != 1 || s.TotalSpend != 250 {
		t.Errorf("after the delete: %d purchases, %v spent", len(s.Purchases), s.TotalSpend)
	}
}

func TestContactAndPurchaseCommandsSayTheirMistakes(t *testing.T) {
	db := entriesBook(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"contact", "edit", "99", "--summary", "x"}, "contact 99"},
		{[]string{"purchase", "delete", "99", "--yes"}, "purchase 99"},
		{[]string{"contact", "edit", "one", "--summary", "x"}, `"one" is not the id of an entry`},
		{[]string{"contact", "edit", "1"}, "nothing to correct"},
		{[]string{"contact", "edit", "1", "--amount", "5"}, "unknown flag: --amount"},
		{[]string{"purchase", "edit", "1", "--summary", "x"}, "unknown flag: --summary"},
		{[]string{"purchase", "edit", "1", "--amount", "lots"}, "--amount"},
		{[]string{"contact", "delete"}, "1 arg"},
	} {
		_, _, err := execTend(t, db, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("tend %s: %v, want an error with %q", strings.Join(tc.args, " "), err, tc.want)
		}
	}
	s := showJSONOf(t, db, "ada")
	if len(s.Contacts) != 1 || len(s.Purchases) != 2 || s.Contacts[0].Summary != "Renewal talk" {
		t.Errorf("a mistake changed the book: %+v", s)
	}
}
