package cli

import (
	"strings"
	"testing"
)

// TestMoneyShowsTheBooksOneCurrency checks that list, show and insights
// write money with the currency's sign while every purchase is in one,
// with its code for a currency without a common sign, plainly once the
// purchases are in several, and never in JSON or CSV.
func TestMoneyShowsTheBooksOneCurrency(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Bob Marsh", "--value", "12345", "--phase", "retention")
	wantIn := func(what, out string, want ...string) {
		t.Helper()
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s lacks %q:\n%s", what, w, out)
			}
		}
	}
	wantIn("list without a purchase", mustTend(t, db, "list"), " 12,345 ")
	mustTend(t, db, "buy", "bob", "100", "--currency", "EUR")
	wantIn("list", mustTend(t, db, "list"), "€12,345")
	wantIn("show", mustTend(t, db, "show", "bob"), "€12,345 a year", "€100 in 1 purchase")
	wantIn("insights", mustTend(t, db, "insights"), "€12,345", "€100")
	for _, args := range [][]string{{"list", "--json"}, {"list", "--csv"}, {"show", "bob", "--json"}, {"insights", "--json"}} {
		if out := mustTend(t, db, args...); strings.Contains(out, "€") {
			t.Errorf("tend %s writes the sign:\n%s", strings.Join(args, " "), out)
		}
	}
	mustTend(t, db, "buy", "bob", "50", "--currency", "USD")
	if out := mustTend(t, db, "list"); strings.ContainsAny(out, "€$") || !strings.Contains(out, " 12,345 ") {
		t.Errorf("list in two currencies is not plain:\n%s", out)
	}

	sek := tempBook(t)
	mustTend(t, sek, "add", "Sara Berg", "--value", "9000", "--phase", "retention")
	mustTend(t, sek, "buy", "sara", "100", "--currency", "SEK")
	wantIn("show in kronor", mustTend(t, sek, "show", "sara"), "9,000 SEK a year")
}
