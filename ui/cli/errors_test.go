package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
	"tend/ui/words/wordstest"
)

// The store and the domain name no flag or command; the command line puts
// them back, so that what a user reads on stderr stays as it was.
func TestBinaryErrorsSayTheFlagOrCommandThatHelps(t *testing.T) {
	db := tempBook(t)
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

// Each error a flag or a command helps with reads on the command line as
// it always did, wherever in the chain of errors it sits.
func TestTheCommandLinePhrasesEachHintedError(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada", "--email", "ada@example.org")
	dir := t.TempDir()
	file := func(name, text string) string {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(text), 0o600)
		return path
	}
	twins := file("twins.csv", "Name,E-Mail\nBea,bea@example.org\nBea B.,bea@example.org\n")
	talks := file("talks.csv", "Kunde,Datum,Notiz\nAda,01.03.2024,call\n")
	strangers := file("strangers.csv", "Kunde,Datum,Notiz\nNiemand,01.03.2024,call\n")
	mustTend(t, db, "import", "contacts", talks)
	backup := filepath.Join(dir, "backup.db")
	mustTend(t, db, "backup", backup)
	os.WriteFile(backup+"-wal", []byte("writes"), 0o600)
	hidden := tempBook(t)
	mustTend(t, hidden, "phases", "hide", "lost")
	mustTend(t, hidden, "phases", "hide", "win-back")
	type hinted struct {
		db   string
		args []string
		want string
	}
	cases := []hinted{
		{db, []string{"import", "customers", twins}, "line 2 has the same e-mail; choose --on-duplicate skip or update"},
		{db, []string{"import", "contacts", talks}, "the same contact is already in the book (contact 1); choose --on-duplicate skip or update"},
		{db, []string{"import", "contacts", strangers}, `matches "Niemand" (import the customers first, or use --create-missing)`},
		{db, []string{"import", "customers", twins, "--map", "Name=shoe_size"}, `: --map "Name=shoe_size": customers have no field "shoe_size"`},
		{db, []string{"import", "customers", twins, "--map", "Nope=name"}, `: --map "Nope=name": the file has no column "Nope"`},
		{db, []string{"import", "customers", twins, "--map", "Name=name", "--map", "E-Mail=name"}, `: --map "E-Mail=name": field name is already read from column "Name"`},
		{hidden, []string{"demo"}, "a demo book needs a visible buying, owning and ended phase; use --preset or show the hidden phases"},
	}
	if !data.IsServerBook(db) { // a backup's log beside it is a file's
		cases = append(cases, hinted{db, []string{"restore", backup}, "open it once with tend (tend --db " + backup + " phases) and restore it then"})
	}
	for _, c := range cases {
		_, _, err := execTend(t, c.db, c.args...)
		if err == nil || !strings.Contains(phrase(err), c.want) || strings.Contains(err.Error(), c.want) {
			t.Errorf("tend %v: %v, want the command line to say %q, and only it", c.args, err, c.want)
		}
	}
	for err, want := range map[error]string{
		fmt.Errorf("%s: %w", db, data.ErrDamaged): db + ": the book is damaged (part of the file is broken or missing); restore a backup (tend restore FILE)",
		data.ErrWipeUnfinished:                    "earlier images of what was erased may remain in the book's file until you run tend forget again",
	} {
		if got := phrase(err); got != want {
			t.Errorf("phrase(%v) = %q, want %q", err, got, want)
		}
	}
}

// In the pseudo-language a coded error, its cause and the command line's
// hint read from the catalog, marked, wherever they sit in the chain.
func TestTheCommandLinesErrorsAndHintsAreMarked(t *testing.T) {
	lc, _ := lifecycle.Preset("classic")
	lc, _ = lc.SetHidden("lost", true)
	_, hidden := lc.Enter("Lost")
	wordstest.Pseudo(t)
	for _, err := range []error{hidden, data.ErrWipeUnfinished, fmt.Errorf("%s: %w", "book.db", data.ErrDamaged)} {
		got := phrase(err)
		if unmarked := wordstest.Unmarked(got, "Lost", "lost", "book.db"); len(unmarked) > 0 || !strings.Contains(got, words.Open) {
			t.Errorf("phrase(%v) = %q: %v outside the catalog's marks", err, got, unmarked)
		}
	}
}
