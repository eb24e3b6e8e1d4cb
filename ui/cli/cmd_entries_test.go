package cli

import (
	"strings"
	"testing"
)

// entriesBook holds Ada with a call (contact 1) and two purchases
// (purchases 1 and 2).
func entriesBook(t *testing.T) string {
	t.Helper()
	db := tempBook(t)
	mustTend(t, db, "add", "Ada Lovelace", "--email", "ada@example.org", "--phase", "retention")
	mustTend(t, db, "log", "ada", "--kind", "call", "--summary", "Renewal talk", "--at", "2024-03-01 14:30", "--follow-up", "2099-01-01")
	mustTend(t, db, "buy", "ada", "1000", "--at", "2024-03-02")
	mustTend(t, db, "buy", "ada", "250", "--at", "2024-03-03", "--note", "INV-2")
	return db
}

func TestShowNamesEachContactAndPurchaseAsCorrectTakesThem(t *testing.T) {
	text := mustTend(t, entriesBook(t), "show", "ada")
	for _, want := range []string{"Renewal talk · follow up 2099-01-01  (contact 1)", "1,000 EUR  (purchase 1)", "250 EUR · INV-2  (purchase 2)"} {
		if !strings.Contains(text, want) {
			t.Errorf("show lacks %q:\n%s", want, text)
		}
	}
}

func TestCorrectChangesOnlyTheFlagsGiven(t *testing.T) {
	db := entriesBook(t)
	out := mustTend(t, db, "correct", "contact", "1", "--summary", "Renewal talk, price agreed", "--sentiment", "positive", "--follow-up", "")
	if strings.TrimSpace(out) != "Corrected contact 1 of Ada Lovelace" {
		t.Errorf("correct said %q", out)
	}
	s := showJSONOf(t, db, "ada")
	c := s.Contacts[0]
	if c.Summary != "Renewal talk, price agreed" || c.Sentiment != "positive" || c.FollowUp != nil || c.Kind != "call" ||
		!strings.HasPrefix(c.At, "2024-03-01T14:30") {
		t.Errorf("contact after correct = %+v", c)
	}
	mustTend(t, db, "correct", "purchase", "#1", "--amount", "1.500,00", "--note", "INV-1")
	s = showJSONOf(t, db, "ada")
	if s.TotalSpend != 1750 || s.Purchases[0].Note != "INV-1" {
		t.Errorf("after correcting the purchase: spent %v, %+v", s.TotalSpend, s.Purchases[0])
	}
	history := mustTend(t, db, "export", "history")
	for _, want := range []string{"contact,#1 2024-03-01 14:30 call out neutral follow-up 2099-01-01: Renewal talk,\"#1 2024-03-01 14:30 call out positive: Renewal talk, price agreed\"",
		"purchase,#1 2024-03-02 00:00 1000.00 EUR,#1 2024-03-02 00:00 1500.00 EUR: INV-1"} {
		if !strings.Contains(history, want) {
			t.Errorf("the audit trail lacks %q:\n%s", want, history)
		}
	}
}

func TestDeleteTakesAnEntryOutAndTheSpendWithIt(t *testing.T) {
	db := entriesBook(t)
	out := mustTend(t, db, "delete", "purchase", "2")
	if !strings.HasPrefix(out, "Deleted purchase 2 of Ada Lovelace") {
		t.Errorf("delete said %q", out)
	}
	s := showJSONOf(t, db, "ada")
	if len(s.Purchases) != 1 || s.TotalSpend != 1000 {
		t.Errorf("after delete: %d purchases, %v spent", len(s.Purchases), s.TotalSpend)
	}
	if history := mustTend(t, db, "export", "history"); !strings.Contains(history, "purchase,#2 2024-03-03 00:00 250.00 EUR: INV-2,") {
		t.Errorf("the audit trail lacks the deleted purchase:\n%s", history)
	}
}

func TestCorrectAndDeleteSayTheirMistakes(t *testing.T) {
	db := entriesBook(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"correct", "contact", "1", "--amount", "5"}, "--amount does not apply to a contact"},
		{[]string{"correct", "purchase", "1", "--summary", "x"}, "--summary does not apply to a purchase"},
		{[]string{"correct", "contact", "1"}, "nothing to correct: give the flags of what changes (tend correct --help)"},
		{[]string{"correct", "customer", "1", "--at", "now"}, `unknown kind of entry "customer" (use contact or purchase)`},
		{[]string{"delete", "contact", "one"}, `"one" is not the id of an entry`},
		{[]string{"delete", "contact", "9"}, "the book holds no contact 9 (deleted, or never there)"},
		{[]string{"correct", "purchase", "1", "--amount", "0"}, "correct purchase 1 of Ada Lovelace: the amount is zero"},
		{[]string{"correct", "contact", "1", "--kind", "fax"}, "--kind: "},
		{[]string{"correct", "purchase", "1", "--amount", "lots"}, "--amount: "},
		{[]string{"correct", "contact", "1", "--at", "2099-01-01"}, "the contact is dated 2099-01-01 00:00, after now"},
	}
	for _, tt := range tests {
		_, _, err := execTend(t, db, tt.args...)
		if err == nil || !strings.Contains(phrase(err), tt.want) {
			t.Errorf("tend %s = %v, want %q", strings.Join(tt.args, " "), err, tt.want)
		}
	}
}

func TestBinaryDeletesAnEntryAndMakesNoBook(t *testing.T) {
	db := entriesBook(t)
	if out, errOut, code := runBinary(t, nil, "--db", db, "delete", "contact", "1"); code != 0 || !strings.Contains(out, "Deleted contact 1") {
		t.Errorf("delete: %q %q exit %d", out, errOut, code)
	}
	missing := tempBook(t)
	if _, errOut, code := runBinary(t, nil, "--db", missing, "correct", "contact", "1", "--summary", "x"); code != 1 || !strings.Contains(errOut, "no book") {
		t.Errorf("correct on a missing book: %q exit %d", errOut, code)
	}
}
