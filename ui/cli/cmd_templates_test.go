package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tendWithInput runs a command with in as its standard input.
func TestTemplatesAreListedAddedEditedAndRemoved(t *testing.T) {
	db := tempBook(t)
	out := mustTend(t, db, "templates")
	if !strings.HasPrefix(out, "NAME") || strings.Count(out, "\n") != 9 || !strings.Contains(out, "miss-you  de        Wir vermissen Sie, {{.GivenName}}") {
		t.Fatalf("tend templates:\n%s", out)
	}
	file := filepath.Join(t.TempDir(), "hello.txt")
	if err := os.WriteFile(file, []byte("Hello {{.GivenName}},\nfrom {{.Owner}}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustTend(t, db, "templates", "add", "hello", "--subject", "Hi {{.GivenName}}", "--file", file)
	if _, _, err := tendWithInput(t, db, "Bye {{.Owner}}\n", "templates", "edit", "hello", "--lang", "en", "--file", "-"); err != nil {
		t.Fatal(err)
	}
	mustTend(t, db, "templates", "edit", "hello", "--subject", "Hello again")
	var all []templateRecord
	if err := json.Unmarshal([]byte(mustTend(t, db, "templates", "list", "--json")), &all); err != nil {
		t.Fatal(err)
	}
	if len(all) != 9 || all[2].Name != "hello" || all[2].Language != "en" || all[2].Subject != "Hello again" || all[2].Body != "Bye {{.Owner}}\n" {
		t.Errorf("after add and edits: %+v", all[2])
	}
	checkTemplateRefusedAndRemoved(t, db)
}

func checkTemplateRefusedAndRemoved(t *testing.T, db string) {
	t.Helper()
	_, _, err := tendWithInput(t, db, "Hi\n\n{{.Nmae}}", "templates", "edit", "hello")
	if err == nil || err.Error() != "the template's body, line 3: there is no field .Nmae; the fields are Name, GivenName, FamilyName, Salutation, Company, LastPurchase, DaysSinceContact, Owner" {
		t.Errorf("an unknown field: %v", err)
	}
	mustTend(t, db, "templates", "remove", "hello")
	if _, _, err := execTend(t, db, "templates", "remove", "hello"); err == nil || !strings.Contains(err.Error(), "no template is named hello") {
		t.Errorf("removed twice: %v", err)
	}
}

func TestDraftPrintsTheFilledTemplateAndLogsNothing(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Jörg Müller", "--owner", "Ben", "--language", "de", "--company", "Müller GmbH")
	mustTend(t, db, "add", "Ada Lovelace", "--owner", "Ben", "--salutation", "Dear Ms Lovelace")
	out := mustTend(t, db, "draft", "jörg", "miss-you")
	if !strings.HasPrefix(out, "Subject: Wir vermissen Sie, Jörg\n\nHallo Jörg,\n\nes ist eine Weile her") || !strings.Contains(out, "bei Müller GmbH?") || !strings.HasSuffix(out, "Ben\n") {
		t.Errorf("tend draft jörg miss-you:\n%s", out)
	}
	var d draftRecord
	if err := json.Unmarshal([]byte(mustTend(t, db, "draft", "ada", "thanks", "--json")), &d); err != nil {
		t.Fatal(err)
	}
	if d.Customer != "Ada Lovelace" || d.Template != "thanks" || d.Language != "en" || d.Subject != "Thank you for your order" ||
		!strings.HasPrefix(d.Body, "Dear Ms Lovelace,\n\nthank you for your order, it means") {
		t.Errorf("draft --json: %+v", d)
	}
	file := filepath.Join(t.TempDir(), "t.txt")
	os.WriteFile(file, []byte("Your order of {{.LastPurchase}}"), 0o600)
	mustTend(t, db, "templates", "add", "order", "--file", file)
	if _, _, err := execTend(t, db, "draft", "ada", "order"); err == nil ||
		!strings.Contains(err.Error(), "line 1: the customer has no value for .LastPurchase") {
		t.Errorf("a field without a value: %v", err)
	}
	if s := showJSONOf(t, db, "ada"); len(s.Contacts) != 0 {
		t.Errorf("a draft logged %d contacts", len(s.Contacts))
	}
}
