package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// attacks are stored texts that try to take over a terminal: every C0 and
// C1 control, cursor moves, OSC 52 (clipboard), OSC 0 (window title), the
// 8-bit CSI, bidirectional overrides, and wide or right-to-left text.
var attacks = []string{
	c0c1(),
	"\x1b[10;10H\x1b[2J\x1b[?1049lMoved",
	"\x1b]52;c;ZXZpbA==\x07\x1b]0;pwned\x1b\\Clip",
	"\u009b31mC1\u009d0;t\u009c \u202eevil\u202c",
	"山田 🎉👩‍👩‍👧‍👦 שלום عربي",
}

// c0c1 is every C0 control but NUL (which no argument can hold), DEL and
// every C1 control between letters.
func c0c1() string {
	var b strings.Builder
	for r := rune(1); r < 0xa0; r++ {
		if r < 0x20 || r >= 0x7f {
			b.WriteString("x")
			b.WriteRune(r)
		}
	}
	return b.String()
}

// attackBook is a book with one win-back customer for each attack, silent
// for a year so that each is flagged, its name, company, owner, tag and
// contact the attack; a phase label is one too. The tag has no semicolon
// and no control character, which a tag may not hold.
func attackBook(t *testing.T) string {
	t.Helper()
	db := tempBook(t)
	mustTend(t, db, "phases", "add", attacks[1], "--group", "ended")
	for i, a := range attacks {
		tag := strings.Map(func(r rune) rune {
			switch {
			case r == ';':
				return ':'
			case unicode.IsControl(r):
				return -1
			}
			return r
		}, a)
		ref := strings.TrimSpace(mustTend(t, db, "add", a, "--company", a, "--owner", a, "--tag", tag,
			"--phase", "win-back", "--value", "5000"))
		mustTend(t, db, "log", ref, "--kind", "call", "--summary", a, "--at", fmt.Sprintf("2024-01-0%d 10:00", i+1))
	}
	mustTend(t, db, "risk") // scores the book, so that the flags are stored
	return db
}

// sgr matches the colours and text attributes the commands may print.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// assertPrintable checks that output holds no control character but line
// breaks and tabs, and no bidirectional control, once colours are taken out.
func assertPrintable(t *testing.T, what, out string) {
	t.Helper()
	for i, r := range sgr.ReplaceAllString(out, "") {
		if r != '\n' && r != '\t' && (unicode.IsControl(r) || r == '\u202e' || r == '\u202c') {
			t.Errorf("%s: control %U at byte %d: %q", what, r, i, out[max(i-30, 0):min(i+30, len(out))])
			return
		}
	}
}

func TestCommandsPrintStoredAttacksHarmlessly(t *testing.T) {
	db := attackBook(t)
	for _, args := range [][]string{
		{"list"}, {"list", "--archived"}, {"risk"}, {"risk", "--flag", "win-back"}, {"phases"},
		{"insights"}, {"insights", "--owner", attacks[2]}, {"insights", "--json"},
		{"show", "1"}, {"show", "2"}, {"show", "3"}, {"show", "4"}, {"show", "5"},
		{"edit", "3", "--phone", "1"}, {"move", "4", "lost"}, {"archive", "5"},
	} {
		out, errOut, err := execTend(t, db, args...)
		if err != nil {
			t.Fatalf("tend %v: %v", args, err)
		}
		assertPrintable(t, fmt.Sprint(args), out+errOut)
	}
}

func TestErrorsQuotingStoredAttacksAreCleaned(t *testing.T) {
	db := attackBook(t)
	mustTend(t, db, "add", attacks[2]) // a second customer of that name
	mustTend(t, db, "archive", "5")    // so that archiving it again fails
	for _, args := range [][]string{
		{"archive", "5"}, {"show", attacks[2]}, {"move", "1", "nowhere"}, {"show", attacks[0] + "x"},
	} {
		_, _, err := execTend(t, db, args...)
		if err == nil {
			t.Fatalf("tend %q did not fail", args)
		}
		var out bytes.Buffer
		showError(&out, err)
		assertPrintable(t, fmt.Sprintf("error of %q", args), out.String())
	}
}

func TestExportKeepsStoredAttacksExactly(t *testing.T) {
	db := attackBook(t)
	file := filepath.Join(t.TempDir(), "customers.csv")
	mustTend(t, db, "export", "customers", file)
	rows, err := csv.NewReader(bytes.NewReader(readFile(t, file))).ReadAll()
	if err != nil || len(rows) != len(attacks)+1 {
		t.Fatalf("read the export: %d rows, %v", len(rows), err)
	}
	for i, a := range attacks {
		for _, column := range []string{"name", "company", "owner"} {
			if got := rows[i+1][slices.Index(rows[0], column)]; got != a {
				t.Errorf("CSV export of customer %d: %s %q", i+1, column, got)
			}
		}
	}
	assertJSONExact(t, db)
}

// An import takes no control character but a tab or a line break: the
// stored attacks that hold one are bad rows of an exported book, by their
// lines, and the others come back exactly.
func TestImportOfStoredAttacksRefusesControlCharacters(t *testing.T) {
	db := attackBook(t)
	dir := t.TempDir()
	file, copyDB := filepath.Join(dir, "customers.csv"), filepath.Join(dir, "copy.db")
	mustTend(t, db, "export", "customers", file)
	_, _, err := execTend(t, copyDB, "import", "customers", file)
	if err == nil || !strings.Contains(err.Error(), "has 9 bad rows") || !strings.Contains(err.Error(), `:2: column "name": holds the control character U+0001`) {
		t.Fatalf("import of control characters: %v", err)
	}
	keepRowsWithoutControls(t, file, 2)
	mustTend(t, copyDB, "import", "customers", file)
	for i, a := range attacks[3:] {
		if s := showJSONOf(t, copyDB, fmt.Sprint(i+4)); s.Name != a || s.Company != a {
			t.Errorf("customer %d came back as %q · %q", i+4, s.Name, s.Company)
		}
	}
}

// keepRowsWithoutControls rewrites the CSV file without the rows that hold
// a control character other than a tab or a line break, and checks that
// want rows are left.
func keepRowsWithoutControls(t *testing.T, file string, want int) {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(readFile(t, file))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	kept := rows[:1]
	for _, row := range rows[1:] {
		if !strings.ContainsFunc(strings.Join(row, ""), func(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' }) {
			kept = append(kept, row)
		}
	}
	var out bytes.Buffer
	if err := csv.NewWriter(&out).WriteAll(kept); err != nil || len(kept) != want+1 {
		t.Fatalf("%d rows without a control character, %v", len(kept)-1, err)
	}
	if err := os.WriteFile(file, out.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

// assertJSONExact checks that the JSON export holds each attack as stored.
func assertJSONExact(t *testing.T, db string) {
	t.Helper()
	var customers []struct{ Name, Company, Owner string }
	if err := json.Unmarshal([]byte(mustTend(t, db, "export", "customers", "--format", "json")), &customers); err != nil {
		t.Fatal(err)
	}
	var contacts []struct{ Summary string }
	if err := json.Unmarshal([]byte(mustTend(t, db, "export", "contacts", "--format", "json")), &contacts); err != nil {
		t.Fatal(err)
	}
	if len(customers) != len(attacks) || len(contacts) != len(attacks) {
		t.Fatalf("exported %d customers and %d contacts, want %d of each", len(customers), len(contacts), len(attacks))
	}
	for i, a := range attacks {
		if c := customers[i]; c.Name != a || c.Company != a || c.Owner != a || contacts[i].Summary != a {
			t.Errorf("JSON export of customer %d: %q · %q · %q · %q", i+1, c.Name, c.Company, c.Owner, contacts[i].Summary)
		}
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
