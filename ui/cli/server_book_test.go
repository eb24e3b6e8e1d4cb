package cli

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
)

// A book on a server works from the command line as a file does, and the
// password in its URL is never printed.
func TestCommandsWorkOnAServerBookAndNeverShowItsPassword(t *testing.T) {
	u, err := url.Parse(serverBook(t))
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

// onServer runs the built tend on the server book at db; a command that
// fails fails the test.
func onServer(t *testing.T, db string, args ...string) string {
	t.Helper()
	out, stderr, code := runBinary(t, nil, append([]string{"--db", db}, args...)...)
	if code != 0 {
		t.Fatalf("tend %s: exit %d, %s", strings.Join(args, " "), code, stderr)
	}
	return out
}

// Export, check and forget work from the binary on a server book: forget
// says what the server keeps beyond tend's reach, check what it checked,
// and neither shows the password.
func TestExportCheckAndForgetWorkFromTheBinaryOnAServerBook(t *testing.T) {
	u, err := url.Parse(serverBook(t))
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(u.User.Username(), "s3cret-pw")
	db := u.String()
	onServer(t, db, "add", "Ada Lovelace", "--email", "ada@example.com")
	onServer(t, db, "add", "Grace Hopper")
	onServer(t, db, "log", "Ada Lovelace", "--kind", "note", "--summary", "told us in confidence")
	onServer(t, db, "buy", "Ada Lovelace", "99.50")
	said := onServer(t, db, "export", "customers")
	said += onServer(t, db, "export", "contacts", "--format", "json")
	if !strings.Contains(said, "Grace Hopper") || !strings.Contains(said, `"told us in confidence"`) {
		t.Errorf("export = %q, want the customers and the contact", said)
	}
	check := onServer(t, db, "check")
	if !strings.Contains(check, "xxxxx@") || !strings.Contains(check, "tables, indexes, triggers and functions tend needs are there") {
		t.Errorf("check = %q, want the book named without its password, and what was checked", check)
	}
	forget := onServer(t, db, "forget", "Ada Lovelace", "--yes")
	for _, want := range []string{"Erased Ada Lovelace.", "write-ahead log archives, its base backups and its replicas"} {
		if !strings.Contains(forget, want) {
			t.Errorf("forget said %q, want %q in it", forget, want)
		}
	}
	if strings.Contains(forget, "cop") || strings.Contains(forget, "VACUUM") {
		t.Errorf("forget as the book's owner said %q: want no copies named, every table vacuumed", forget)
	}
	after := onServer(t, db, "export", "customers") + onServer(t, db, "export", "contacts")
	if strings.Contains(after, "Ada") || strings.Contains(after, "confidence") || !strings.Contains(after, "Grace Hopper") {
		t.Errorf("export after forget = %q", after)
	}
	said += check + forget + after + onServer(t, db, "check")
	if strings.Contains(said, "s3cret-pw") {
		t.Errorf("the password was printed:\n%s", said)
	}
}

// A server's refusal is one line on stderr, without the password; a role
// that may only read is refused each change as a read-only file is.
func TestTheServersRefusalsAreOneLineFromTheBinary(t *testing.T) {
	book := serverBook(t)
	onServer(t, book, "add", "Ada Lovelace")
	reader := readingRole(t, book)
	if list := onServer(t, reader, "list"); !strings.Contains(list, "Ada Lovelace") {
		t.Errorf("list as a reader = %q", list)
	}
	for _, c := range []struct {
		db   string
		args []string
		want string
	}{
		{"postgres://rep:s3cret-pw@127.0.0.1:1/book?connect_timeout=5", []string{"list"}, "cannot be reached"},
		{reader, []string{"add", "Grace Hopper"}, "read-only"},
	} {
		_, stderr, code := runBinary(t, nil, append([]string{"--db", c.db}, c.args...)...)
		if code == 0 || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 ||
			strings.Contains(stderr, "s3cret-pw") || strings.Contains(stderr, "SQLSTATE") {
			t.Errorf("tend %s: exit %d, stderr %q; want one line saying %q, without the password", strings.Join(c.args, " "), code, stderr, c.want)
		}
	}
}

// readingRole makes a role that may only read the book at book, and
// returns the book's URL as it.
func readingRole(t *testing.T, book string) string {
	t.Helper()
	db, err := sql.Open("pgx", book)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("tend_reader_%d", os.Getpid())
	t.Cleanup(func() {
		db.Exec(`DROP OWNED BY ` + name)
		db.Exec(`DROP ROLE ` + name)
		db.Close()
	})
	for _, q := range []string{`CREATE ROLE ` + name + ` LOGIN`, `GRANT SELECT ON ALL TABLES IN SCHEMA public TO ` + name} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	u, err := url.Parse(book)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User(name)
	return u.String()
}
