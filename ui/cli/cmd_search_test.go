package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tend/data"
)

func TestSearchPrintsCustomersThenEntries(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Jörg Müller", "--company", "Angebotswerk GmbH")
	mustTend(t, db, "add", "Ada Lovelace")
	mustTend(t, db, "log", "ada", "--kind", "call", "--summary", "Sent the Angebot")
	out := mustTend(t, db, "search", "angeb")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "KIND") || !strings.HasSuffix(lines[0], "MATCH") {
		t.Fatalf("tend search angeb:\n%s", out)
	}
	if !strings.Contains(lines[1], "customer  Jörg Müller") || !strings.HasSuffix(lines[1], "company  Angebotswerk GmbH") {
		t.Errorf("the customer's line: %q", lines[1])
	}
	if !strings.Contains(lines[2], "contact   Ada Lovelace") || !strings.HasSuffix(lines[2], "summary  Sent the Angebot") || strings.Contains(out, "\x1b") {
		t.Errorf("the contact's line, plain in a pipe: %q", lines[2])
	}
	if out := mustTend(t, db, "search", "muller", "--limit", "1"); strings.Count(strings.TrimSpace(out), "\n") != 1 || !strings.Contains(out, "Jörg Müller") {
		t.Errorf("tend search muller --limit 1:\n%s", out)
	}
	if out := mustTend(t, db, "search", "nowhere"); strings.TrimSpace(out) != "Nothing found." {
		t.Errorf("tend search nowhere: %q", out)
	}
}

func TestSearchJSON(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada Lovelace")
	mustTend(t, db, "log", "ada", "--kind", "call", "--summary", "Talked engines")
	var hits []map[string]any
	if err := json.Unmarshal([]byte(mustTend(t, db, "search", "Talked", "engines", "--json")), &hits); err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0]["kind"] != "contact" || hits[0]["customer"] != "Ada Lovelace" || hits[0]["customer_id"] != 1.0 ||
		hits[0]["entry_id"] != 1.0 || hits[0]["at"] == nil || hits[0]["field"] != "summary" || hits[0]["snippet"] != "Talked engines" {
		t.Errorf("hits = %v", hits)
	}
	hits = nil
	if err := json.Unmarshal([]byte(mustTend(t, db, "search", "lovel", "--json")), &hits); err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0]["kind"] != "customer" || hits[0]["entry_id"] != nil || hits[0]["at"] != nil {
		t.Errorf("a customer's hit = %v", hits)
	}
}

func TestSearchRefusesNothingToSearchFor(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	if _, _, err := execTend(t, db, "search", "&&"); err == nil || !strings.Contains(err.Error(), "nothing to search for") {
		t.Errorf("tend search &&: %v", err)
	}
	if _, _, err := execTend(t, db, "search"); err == nil {
		t.Error("tend search without text succeeded")
	}
}

func TestSearchSnippetMarksTheMatchInBold(t *testing.T) {
	h := data.SearchHit{Snippet: "Sent the Angebot today", Marks: [][2]int{{9, 16}}}
	if got := markSnippet(h, 0, true); got != "Sent the \x1b[1mAngebot\x1b[22m today" {
		t.Errorf("bold = %q", got)
	}
	if got := markSnippet(h, 12, true); got != "Sent the An…" {
		t.Errorf("cut through the match = %q", got)
	}
	if got := markSnippet(h, 0, false); got != h.Snippet {
		t.Errorf("plain = %q", got)
	}
}

func TestSearchMakesNoBook(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	if _, _, err := execTend(t, db, "search", "ada"); err == nil {
		t.Error("tend search on a missing book succeeded")
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("tend search made %s: %v", db, err)
	}
}
