package cli

import (
	"net/url"
	"strings"
	"testing"

	"tend/data/pgtest"
)

// A book on a server works from the command line as a file does, and the
// password in its URL is never printed.
func TestCommandsWorkOnAServerBookAndNeverShowItsPassword(t *testing.T) {
	server := pgtest.Standalone(t)
	u, err := url.Parse(server.Database(t))
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(u.User.Username(), "s3cret-pw") // the test server trusts, whatever the password
	db := u.String()
	_, stderr, err := execTend(t, db, "add", "Ada Lovelace", "--email", "ada@example.com", "--value", "1200")
	if err != nil || !strings.Contains(stderr, "xxxxx@") {
		t.Fatalf("add: %v, stderr %q: want the new book named with its password masked", err, stderr)
	}
	var said strings.Builder
	said.WriteString(stderr)
	for _, args := range [][]string{
		{"log", "ada@example.com", "--kind", "call", "--summary", "asked about renewal"},
		{"buy", "ada@example.com", "99.50"},
		{"move", "ada@example.com", "retention"},
	} {
		out, stderr, err := execTend(t, db, args...)
		if err != nil {
			t.Fatalf("tend %s: %v", strings.Join(args, " "), err)
		}
		said.WriteString(out + stderr)
	}
	s := showJSONOf(t, db, "ada@example.com")
	if s.Phase != "retention" || len(s.Contacts) != 1 || len(s.Purchases) != 1 || s.Purchases[0].Amount != 99.5 {
		t.Errorf("show = %+v, want Ada in retention with one contact and one purchase of 99.50", s)
	}
	list := mustTend(t, db, "list", "--phase", "retention")
	if !strings.Contains(list, "Ada Lovelace") {
		t.Errorf("list --phase retention = %q, want Ada", list)
	}
	if strings.Contains(said.String()+list, "s3cret-pw") {
		t.Errorf("the password was printed:\n%s", said.String()+list)
	}
}

// tend forget erases a customer from a server book and says what remains
// beyond its reach there, naming no copy beside a file.
func TestForgetOnAServerBookSaysWhatTheServerKeeps(t *testing.T) {
	db := pgtest.Standalone(t).Database(t)
	mustTend(t, db, "add", "Ada Lovelace", "--email", "ada@example.com")
	mustTend(t, db, "add", "Grace Hopper")
	mustTend(t, db, "log", "Ada Lovelace", "--kind", "note", "--summary", "told us in confidence")
	out := mustTend(t, db, "forget", "Ada Lovelace", "--yes")
	for _, want := range []string{"Erased Ada Lovelace.", "write-ahead log archives, its base backups and its replicas"} {
		if !strings.Contains(out, want) {
			t.Errorf("forget said %q, want %q in it", out, want)
		}
	}
	if strings.Contains(out, "copy") || strings.Contains(out, "VACUUM") {
		t.Errorf("forget on the book's owner said %q: no copies, every table vacuumed", out)
	}
	if list := mustTend(t, db, "list"); strings.Contains(list, "Ada") || !strings.Contains(list, "Grace Hopper") {
		t.Errorf("list after forget = %q", list)
	}
}
