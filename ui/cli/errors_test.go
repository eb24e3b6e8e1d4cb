package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The store and the domain name no flag or command; the command line puts
// them back, so that what a user reads on stderr stays as it was.
func TestBinaryErrorsSayTheFlagOrCommandThatHelps(t *testing.T) {
	db := filepath.Join(t.TempDir(), "book.db")
	runBinary(t, nil, "--db", db, "add", "Ada", "--email", "ada@example.org")
	runBinary(t, nil, "--db", db, "add", "Bob")
	runBinary(t, nil, "--db", db, "phases", "hide", "lost")
	runBinary(t, nil, "--db", db, "archive", "Bob")
	dir := t.TempDir()
	twins := filepath.Join(dir, "twins.csv")
	os.WriteFile(twins, []byte("Name,E-Mail\nAda,ada@example.org\nAda L.,ada@example.org\n"), 0o600)
	json := filepath.Join(dir, "book.json")
	os.WriteFile(json, []byte(`[{"name":"Ada"}]`), 0o600)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"move", "ada", "lost"}, "tend: move Ada: phase Lost is hidden; show it again first (tend phases hide lost --undo)\n"},
		{[]string{"archive", "Bob"}, "tend: Bob is already archived (use --undo to restore)\n"},
		{[]string{"import", "customers", twins}, "/twins.csv:2: column \"E-Mail\": customer 1 (\"Ada\") in the book has the same e-mail; choose --on-duplicate skip or update\n" +
			twins + ":3: column \"E-Mail\": customer 1 (\"Ada\") in the book has the same e-mail; choose --on-duplicate skip or update\n"},
		{[]string{"import", "customers", twins, "--map", "Name"}, "tend: " + twins + ": --map \"Name\": write it as 'Column=field'\n"},
		{[]string{"import", "purchases", twins}, "; name one with --map 'Column=at'\n"},
		{[]string{"import", "customers", json}, "this is JSON; tend imports CSV (tend export --format csv writes it)\n"},
	}
	for _, c := range cases {
		_, errOut, code := runBinary(t, nil, append([]string{"--db", db}, c.args...)...)
		if code == 0 || !strings.HasSuffix(errOut, c.want) {
			t.Errorf("tend %v: exit %d, stderr %q, want it to end %q", c.args, code, errOut, c.want)
		}
	}
}
