package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"tend/data"
)

// execTend runs the command line in-process on the book at db and returns
// what it printed.
func execTend(t *testing.T, db string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	root := prepared(withNegativeArgs(newRootCmd(Process{}), append([]string{"--db", db}, args...)), "test")
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	err = root.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

// mustTend runs a command that has to succeed and returns its output.
func mustTend(t *testing.T, db string, args ...string) string {
	t.Helper()
	out, _, err := execTend(t, db, args...)
	if err != nil {
		t.Fatalf("tend %s: %v", strings.Join(args, " "), err)
	}
	return out
}

// emptyBook makes an empty book for a test that reads before it writes,
// and returns its path.
func emptyBook(t *testing.T) string {
	t.Helper()
	path := tempBook(t)
	openTestBook(t, path).Close()
	return path
}

// openTestBook opens the book at db for a test to read or write directly;
// the caller closes it.
func openTestBook(t *testing.T, db string) *data.Book {
	t.Helper()
	b, err := data.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// shown is the part of show --json the tests read.
type shown struct {
	ID       int64    `json:"id"`
	Name     string   `json:"name"`
	Company  string   `json:"company"`
	Email    string   `json:"email"`
	Phone    string   `json:"phone"`
	Phase    string   `json:"phase"`
	Value    float64  `json:"value"`
	Tags     []string `json:"tags"`
	Promoter bool     `json:"promoter"`
	Archived *string  `json:"archived_at"`
	Contacts []struct {
		Kind      string  `json:"kind"`
		Summary   string  `json:"summary"`
		Sentiment string  `json:"sentiment"`
		Direction string  `json:"direction"`
		Moment    bool    `json:"moment"`
		At        string  `json:"at"`
		FollowUp  *string `json:"follow_up"`
		Who       string  `json:"who"`
	} `json:"contacts"`
	Purchases []struct {
		Amount float64 `json:"amount"`
		Note   string  `json:"note"`
		At     string  `json:"at"`
	} `json:"purchases"`
	PhaseChanges []struct {
		From, To, Reason string
	} `json:"phase_changes"`
	LastContactAt *string `json:"last_contact_at"`
	TotalSpend    float64 `json:"total_spend"`
}

func showJSONOf(t *testing.T, db, ref string) shown {
	t.Helper()
	var s shown
	if err := json.Unmarshal([]byte(mustTend(t, db, "show", ref, "--json")), &s); err != nil {
		t.Fatalf("show %s --json: %v", ref, err)
	}
	return s
}

func TestAddPrintsTheIDAndStoresTheProfile(t *testing.T) {
	db := tempBook(t)
	out := mustTend(t, db, "add", "Müller GmbH", "--company", "Müller GmbH", "--email", "info@mueller.de",
		"--phone", "+49 30 123", "--phase", "Conversion", "--value", "1.234,50", "--tag", "b2b", "--tag", "vip", "--owner", "anna", "--promoter")
	if strings.TrimSpace(out) != "1" {
		t.Fatalf("add printed %q, want the id 1", out)
	}
	s := showJSONOf(t, db, "1")
	if s.Name != "Müller GmbH" || s.Email != "info@mueller.de" || s.Phase != "conversion" || s.Value != 1234.5 ||
		strings.Join(s.Tags, ",") != "b2b,vip" || !s.Promoter || len(s.PhaseChanges) != 1 {
		t.Errorf("stored %+v", s)
	}
}

func TestLogBuyMoveAndShowTheHistory(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada Lovelace", "--email", "ada@example.org")
	out := mustTend(t, db, "log", "ada lovelace", "--kind", "Call", "--summary", "Renewal talk", "--at", "2024-03-01 14:30",
		"--direction", "in", "--sentiment", "negative", "--moment", "--follow-up", "01.04.2024")
	if !strings.Contains(out, "Logged call with Ada Lovelace") {
		t.Errorf("log printed %q", out)
	}
	mustTend(t, db, "buy", "ada@example.org", "€ 1.234,56", "--at", "3/1/2024", "--note", "INV-1")
	mustTend(t, db, "move", "ADA", "retention", "--reason", "signed")
	checkLoggedContact(t, showJSONOf(t, db, "ada"))
	checkBoughtAndMoved(t, showJSONOf(t, db, "ada"))
	text := mustTend(t, db, "show", "ada")
	for _, want := range []string{"Ada Lovelace", "Retention", "★ moment of truth", "Renewal talk", "1,234.56 EUR", "Awareness → Retention · signed"} {
		if !strings.Contains(text, want) {
			t.Errorf("show text lacks %q:\n%s", want, text)
		}
	}
}

// checkLoggedContact checks the call TestLogBuyMoveAndShowTheHistory
// logged, with every flag it gave, as show --json has it.
func checkLoggedContact(t *testing.T, s shown) {
	t.Helper()
	if len(s.Contacts) != 1 || s.Contacts[0].Kind != "call" || s.Contacts[0].Direction != "in" || s.Contacts[0].Sentiment != "negative" ||
		!s.Contacts[0].Moment || s.Contacts[0].FollowUp == nil || !strings.HasPrefix(*s.Contacts[0].FollowUp, "2024-04-01") {
		t.Errorf("contacts = %+v", s.Contacts)
	}
	if s.LastContactAt == nil || !strings.HasPrefix(*s.LastContactAt, "2024-03-01T14:30") {
		t.Errorf("last contact = %v", s.LastContactAt)
	}
}

// checkBoughtAndMoved checks the purchase and the move of
// TestLogBuyMoveAndShowTheHistory, as show --json has them.
func checkBoughtAndMoved(t *testing.T, s shown) {
	t.Helper()
	if len(s.Purchases) != 1 || s.Purchases[0].Amount != 1234.56 || s.TotalSpend != 1234.56 || !strings.HasPrefix(s.Purchases[0].At, "2024-03-01") {
		t.Errorf("purchases = %+v, spend %v", s.Purchases, s.TotalSpend)
	}
	if s.Phase != "retention" || len(s.PhaseChanges) != 2 || s.PhaseChanges[1].Reason != "signed" {
		t.Errorf("phase %s, changes %+v", s.Phase, s.PhaseChanges)
	}
}

func TestEditAndArchive(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada", "--tag", "old", "--tag", "keep")
	mustTend(t, db, "edit", "ada", "--phone", "555", "--add-tag", "new", "--remove-tag", "OLD", "--name", "Ada L.")
	s := showJSONOf(t, db, "1")
	if s.Name != "Ada L." || s.Phone != "555" || strings.Join(s.Tags, ",") != "keep,new" {
		t.Errorf("after edit: %+v", s)
	}
	if _, _, err := execTend(t, db, "edit", "1"); err == nil || !strings.Contains(err.Error(), "nothing to change") {
		t.Errorf("edit without fields = %v", err)
	}
	mustTend(t, db, "archive", "1")
	if out := mustTend(t, db, "list"); !strings.Contains(out, "No customers") {
		t.Errorf("list after archive shows %q", out)
	}
	if out := mustTend(t, db, "list", "--archived"); !strings.Contains(out, "Ada L.") {
		t.Errorf("list --archived lacks the customer: %q", out)
	}
	mustTend(t, db, "archive", "1", "--undo")
	if s := showJSONOf(t, db, "1"); s.Archived != nil {
		t.Errorf("restored customer still archived at %v", *s.Archived)
	}
}

func TestListFiltersAndFormats(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada", "--tag", "vip", "--owner", "anna", "--phase", "retention")
	mustTend(t, db, "add", "Bob", "--company", "Schmidt KG", "--owner", "ben")
	mustTend(t, db, "add", "Cleo", "--tag", "VIP", "--phase", "retention", "--email", "cleo@example.org")
	names := func(args ...string) string {
		var got []struct {
			Name       string   `json:"name"`
			PhaseLabel string   `json:"phase_label"`
			Tags       []string `json:"tags"`
		}
		out := mustTend(t, db, append([]string{"list", "--json"}, args...)...)
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("list --json %v: %v\n%s", args, err, out)
		}
		var n []string
		for _, c := range got {
			n = append(n, c.Name)
		}
		return strings.Join(n, ",")
	}
	cases := map[string][]string{
		"Ada,Bob,Cleo": nil,
		"Ada,Cleo":     {"--phase", "Retention"},
		"Cleo":         {"--tag", "vip", "--search", "example.org"},
		"Bob":          {"--search", "schmidt"},
		"Ada":          {"--owner", "ANNA"},
		"":             {"--phase", "lost"},
	}
	for want, args := range cases {
		if got := names(args...); got != want {
			t.Errorf("list %v = %q, want %q", args, got, want)
		}
	}
	csvOut := mustTend(t, db, "list", "--csv", "--phase", "awareness")
	lines := strings.Split(strings.TrimSpace(csvOut), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "id,name,company") || !strings.Contains(lines[1], "Schmidt KG") {
		t.Errorf("list --csv = %q", csvOut)
	}
	if strings.Contains(mustTend(t, db, "list"), "\x1b") {
		t.Error("list to a pipe printed escape codes")
	}
}

func TestCustomerReferencesResolveOrSayWhy(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Thomas Müller", "--email", "t1@example.org")
	mustTend(t, db, "add", "Thomas Müller", "--email", "t2@example.org")
	_, _, err := execTend(t, db, "log", "thomas müller", "--kind", "call", "--summary", "x")
	if err == nil || !strings.Contains(err.Error(), "matches 2 customers") || !strings.Contains(err.Error(), "t2@example.org") {
		t.Errorf("ambiguous name = %v", err)
	}
	if out := mustTend(t, db, "log", "T2@EXAMPLE.ORG", "--kind", "call", "--summary", "x"); !strings.Contains(out, "Logged") {
		t.Errorf("log by e-mail printed %q", out)
	}
	if _, _, err := execTend(t, db, "log", "muller", "--kind", "call", "--summary", "x"); err == nil || !strings.Contains(err.Error(), "matches 2 customers") {
		t.Errorf("ambiguous name without its accents = %v", err)
	}
	mustTend(t, db, "add", "Zoë Weiß")
	if out := mustTend(t, db, "show", "zoe"); !strings.Contains(out, "Zoë Weiß") {
		t.Errorf("show zoe printed %q, want Zoë Weiß", out)
	}
	if _, _, err := execTend(t, db, "show", "Schmidt"); err == nil || err.Error() != `no customer matches "Schmidt"` {
		t.Errorf("unknown customer = %v", err)
	}
}

func TestBadInputIsRefusedAndChangesNothing(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"add", " "}, "name is empty"},
		{[]string{"add", "Bob", "--phase", "nowhere"}, `unknown phase "nowhere"`},
		{[]string{"add", "Bob", "--value", "12.34.5"}, "--value"},
		{[]string{"add", "Bob", "--email", "not-an-address"}, "not an address"},
		{[]string{"add", "Bob", "--tag", "a\x1fb"}, `tag "a\x1fb" holds a control character`},
		{[]string{"edit", "ada", "--add-tag", "a\nb"}, `tag "a\nb" holds a control character`},
		{[]string{"move", "ada", "heaven"}, `unknown phase "heaven"`},
		{[]string{"move", "ada", "awareness"}, "already in Awareness"},
		{[]string{"log", "ada", "--kind", "fax", "--summary", "x"}, `unknown kind "fax"`},
		{[]string{"log", "ada", "--kind", "call", "--summary", "x", "--at", "someday"}, `--at: "someday" is not a date`},
		{[]string{"log", "ada", "--kind", "call", "--summary", "  "}, "summary is empty"},
		{[]string{"buy", "ada", "zwölf"}, `amount "zwölf"`},
		{[]string{"buy", "ada", "0"}, "amount is zero"},
		{[]string{"list", "--phase", "x"}, `--phase: unknown phase "x"`},
		{[]string{"phases", "--preset", "funnel"}, "already holds 1 customers"},
		// A command that writes to a customer reads its flags before it
		// looks for the customer: a mistyped flag is what a user hears of.
		{[]string{"log", "nobody", "--kind", "fax", "--summary", "x"}, `--kind: unknown kind "fax"`},
		{[]string{"log", "nobody", "--kind", "call", "--summary", "x", "--follow-up", "someday"}, `--follow-up: "someday" is not a date`},
		{[]string{"buy", "nobody", "zwölf"}, `amount "zwölf"`},
		{[]string{"buy", "nobody", "12", "--at", "someday"}, `--at: "someday" is not a date`},
		{[]string{"edit", "nobody"}, "nothing to change"},
		{[]string{"log", "nobody", "--kind", "call", "--summary", "x"}, `no customer matches "nobody"`},
		{[]string{"move", "nobody", "heaven"}, `no customer matches "nobody"`},
	}
	before := mustTend(t, db, "show", "ada", "--json")
	for _, c := range cases {
		_, _, err := execTend(t, db, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("tend %v = %v, want an error containing %q", c.args, err, c.want)
		}
	}
	if after := mustTend(t, db, "show", "ada", "--json"); after != before {
		t.Errorf("failed commands changed the book:\n%s\n%s", before, after)
	}
	if n := strings.Count(mustTend(t, db, "list", "--csv"), "\n"); n != 2 {
		t.Errorf("failed adds left customers behind: %d lines", n)
	}
}

func TestPhasesCanBeCustomisedKeepingHistory(t *testing.T) {
	db := tempBook(t)
	if out := mustTend(t, db, "phases", "--preset", "funnel"); !strings.Contains(out, "consideration") {
		t.Errorf("preset funnel: %s", out)
	}
	mustTend(t, db, "add", "Ada", "--phase", "conversion")
	mustTend(t, db, "phases", "rename", "conversion", "Won")
	mustTend(t, db, "phases", "add", "Onboarding", "--group", "owning", "--after", "won")
	out := mustTend(t, db, "phases", "move", "onboarding", "1")
	if !strings.HasPrefix(strings.Split(out, "\n")[1], "1  onboarding") {
		t.Errorf("after move:\n%s", out)
	}
	if _, _, err := execTend(t, db, "phases", "hide", "won"); err == nil || !strings.Contains(err.Error(), "still holds 1 customers") {
		t.Errorf("hiding an occupied phase = %v", err)
	}
	mustTend(t, db, "phases", "hide", "lost")
	if out := mustTend(t, db, "phases"); !strings.Contains(out, "hidden") {
		t.Errorf("hidden phase not marked:\n%s", out)
	}
	s := showJSONOf(t, db, "ada")
	if s.Phase != "conversion" || len(s.PhaseChanges) != 1 || s.PhaseChanges[0].To != "conversion" {
		t.Errorf("history after customising: %+v", s)
	}
	if text := mustTend(t, db, "show", "ada"); !strings.Contains(text, "Won, since") {
		t.Errorf("renamed label not shown:\n%s", text)
	}
}

func TestBackupWritesABookThatOpens(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	mustTend(t, db, "backup", copyPath)
	if s := showJSONOf(t, copyPath, "ada"); s.Name != "Ada" {
		t.Errorf("backup holds %+v", s)
	}
	if _, _, err := execTend(t, db, "backup", copyPath); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("backup over an existing file = %v", err)
	}
}
