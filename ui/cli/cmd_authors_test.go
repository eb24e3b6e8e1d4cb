package cli

import (
	"strings"
	"testing"
)

// TestEachChangeNamesWhoMadeIt has anna and ben, named by TEND_USER, share
// a book file: show names every entry's author once someone else wrote
// in the history, and the export carries them.
func TestEachChangeNamesWhoMadeIt(t *testing.T) {
	db := tempBook(t)
	as := func(who string, args ...string) string {
		t.Helper()
		out, stderr, code := runBinary(t, []string{"TEND_USER=" + who}, append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("tend %s as %s: %s", strings.Join(args, " "), who, stderr)
		}
		return out
	}
	as("anna", "add", "Ada Lovelace", "--email", "ada@example.com")
	as("anna", "log", "ada@example.com", "--kind", "call", "--summary", "asked about renewal")
	if shown := as("anna", "show", "ada@example.com"); strings.Contains(shown, "by anna") {
		t.Errorf("anna's own history names her:\n%s", shown)
	}
	as("ben", "buy", "ada@example.com", "99.50")
	as("ben", "move", "ada@example.com", "retention")
	shown := as("anna", "show", "ada@example.com")
	for _, want := range []string{"asked about renewal · by anna", "99.50 EUR · by ben", "Retention · by ben"} {
		if !strings.Contains(shown, want) {
			t.Errorf("show lacks %q:\n%s", want, shown)
		}
	}
	if got := as("ben", "export", "contacts"); !strings.HasSuffix(got, ",anna\n") {
		t.Errorf("export contacts = %q, want anna as the author", got)
	}
	if got := as("ben", "export", "purchases"); !strings.HasSuffix(got, ",ben\n") {
		t.Errorf("export purchases = %q, want ben as the author", got)
	}
}

// TestOnAServerTheRoleMadeTheChange: on a server book the author is the
// role the server knows, whatever TEND_USER says.
func TestOnAServerTheRoleMadeTheChange(t *testing.T) {
	db := serverBook(t)
	t.Setenv("TEND_USER", "anna")
	mustTend(t, db, "add", "Ada Lovelace", "--email", "ada@example.com")
	mustTend(t, db, "log", "ada@example.com", "--kind", "call", "--summary", "asked about renewal")
	b := openTestBook(t, db)
	role := b.ServerRole()
	b.Close()
	if role == "" || role == "anna" {
		t.Fatalf("the server's role %q", role)
	}
	s := showJSONOf(t, db, "ada@example.com")
	if len(s.Contacts) != 1 || s.Contacts[0].Who != role {
		t.Errorf("contacts = %+v, want one by the role %s", s.Contacts, role)
	}
}

// TestListMineIsTheUsersOwnerName: anna's --mine lists the customers
// whose owner is anna, until she sets her owner name in the book; ben's
// stays his.
func TestListMineIsTheUsersOwnerName(t *testing.T) {
	db := tempBook(t)
	as := func(who string, args ...string) string {
		t.Helper()
		out, stderr, code := runBinary(t, []string{"TEND_USER=" + who}, append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("tend %s as %s: %s", strings.Join(args, " "), who, stderr)
		}
		return out
	}
	as("anna", "add", "Ada Lovelace", "--owner", "Anna")
	as("anna", "add", "Grace Hopper", "--owner", "Anna Fischer")
	as("anna", "add", "Alan Turing", "--owner", "ben")
	if got := as("anna", "list", "--mine"); !strings.Contains(got, "Ada Lovelace") || strings.Contains(got, "Grace") || strings.Contains(got, "Turing") {
		t.Errorf("anna's list --mine:\n%s", got)
	}
	if got := as("anna", "settings", "me"); !strings.HasPrefix(got, "me = anna (default)\n") {
		t.Errorf("settings me = %q", got)
	}
	if got := as("anna", "settings", "me", "Anna Fischer"); !strings.HasPrefix(got, "me = Anna Fischer\n") {
		t.Errorf("settings me 'Anna Fischer' = %q", got)
	}
	if got := as("anna", "list", "--mine"); !strings.Contains(got, "Grace Hopper") || strings.Contains(got, "Ada") {
		t.Errorf("anna's list --mine as Anna Fischer:\n%s", got)
	}
	if got := as("ben", "list", "--mine"); !strings.Contains(got, "Alan Turing") || strings.Contains(got, "Grace") {
		t.Errorf("ben's list --mine:\n%s", got)
	}
	if got := as("anna", "settings"); !strings.Contains(got, "me = Anna Fischer\n") {
		t.Errorf("settings lacks anna's owner name:\n%s", got)
	}
	as("anna", "settings", "me", "--reset")
	if got := as("anna", "settings", "me"); !strings.HasPrefix(got, "me = anna (default)\n") {
		t.Errorf("settings me after --reset = %q", got)
	}
}
