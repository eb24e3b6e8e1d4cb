package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// reach is a customer's e-mails and phones as show --json writes them.
type reach struct {
	Email       string   `json:"email"`
	Phone       string   `json:"phone"`
	OtherEmails []string `json:"other_emails"`
	OtherPhones []string `json:"other_phones"`
}

func reachOf(t *testing.T, db, ref string) reach {
	t.Helper()
	var r reach
	if err := json.Unmarshal([]byte(mustTend(t, db, "show", ref, "--json")), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestOtherEmailsAndPhonesAreAddedRemovedShownAndSearched(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Anna Weber", "--email", "anna@weber.de", "--add-email", "anna@gmx.de", "--phone", "030 1")
	mustTend(t, db, "edit", "anna", "--add-email", "a.weber@verein.org", "--add-phone", "0171 555",
		"--add-phone", "0172 666", "--remove-phone", "0171555")
	got := reachOf(t, db, "anna")
	if got.Email != "anna@weber.de" || !slices.Equal(got.OtherEmails, []string{"anna@gmx.de", "a.weber@verein.org"}) ||
		got.Phone != "030 1" || !slices.Equal(got.OtherPhones, []string{"0172 666"}) {
		t.Fatalf("show --json: %+v", got)
	}
	shown := mustTend(t, db, "show", "anna")
	under := strings.Repeat(" ", 16) // the label's column left empty
	for _, line := range []string{"E-mail        anna@weber.de\n" + under + "anna@gmx.de\n" + under + "a.weber@verein.org\n",
		"030 1\n" + under + "0172 666\n"} {
		if !strings.Contains(shown, line) {
			t.Errorf("show lacks %q:\n%s", line, shown)
		}
	}
	if out := mustTend(t, db, "search", "verein"); !strings.Contains(out, "a.weber@verein.org") {
		t.Errorf("search by another e-mail:\n%s", out)
	}
	mustTend(t, db, "edit", "anna", "--remove-email", "ANNA@weber.de")
	if got := reachOf(t, db, "anna"); got.Email != "anna@gmx.de" || !slices.Equal(got.OtherEmails, []string{"a.weber@verein.org"}) {
		t.Errorf("after removing the primary e-mail: %+v; want the next one primary", got)
	}
	if _, _, err := execTend(t, db, "edit", "anna", "--add-email", "kein-at"); err == nil || !strings.Contains(err.Error(), "kein-at") {
		t.Errorf("a bad other e-mail: %v", err)
	}
}
