package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// details are a customer's details as show --json and an export write them.
type details struct {
	GivenName  string `json:"given_name"`
	FamilyName string `json:"family_name"`
	Salutation string `json:"salutation"`
	Street     string `json:"street"`
	Postcode   string `json:"postcode"`
	City       string `json:"city"`
	Region     string `json:"region"`
	Country    string `json:"country"`
	Language   string `json:"language"`
}

func detailsOf(t *testing.T, db, ref string) details {
	t.Helper()
	var d details
	if err := json.Unmarshal([]byte(mustTend(t, db, "show", ref, "--json")), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestADetailsRoundTripThroughAddEditShowExportAndImport(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Anna Weber", "--given-name", "Anna", "--family-name", "Weber",
		"--salutation", "Liebe Anna", "--street", "Lindenweg 4\nHinterhaus", "--postcode", "79098",
		"--city", "Freiburg", "--country", "DE", "--language", "de")
	mustTend(t, db, "edit", "anna", "--region", "Baden-Württemberg", "--language", "de-AT")
	want := details{"Anna", "Weber", "Liebe Anna", "Lindenweg 4\nHinterhaus", "79098", "Freiburg", "Baden-Württemberg", "DE", "de-AT"}
	if got := detailsOf(t, db, "anna"); got != want {
		t.Fatalf("show --json: %+v, want %+v", got, want)
	}
	shown := mustTend(t, db, "show", "anna")
	for _, line := range []string{"Street        Lindenweg 4, Hinterhaus", "Language      de-AT", "Given name    Anna"} {
		if !strings.Contains(shown, line) {
			t.Errorf("show lacks %q:\n%s", line, shown)
		}
	}
	if out := mustTend(t, db, "search", "freiburg"); !strings.HasSuffix(strings.TrimSpace(out), "city   Freiburg") {
		t.Errorf("search by city:\n%s", out)
	}
	file := filepath.Join(t.TempDir(), "customers.csv")
	mustTend(t, db, "export", "customers", file)
	other := filepath.Join(t.TempDir(), "other.db")
	mustTend(t, other, "import", "customers", file)
	if got := detailsOf(t, other, "anna"); got != want {
		t.Errorf("after export and import: %+v, want %+v", got, want)
	}
}

func TestAnExportWithoutDetailsStillImports(t *testing.T) {
	file := filepath.Join(t.TempDir(), "old.csv")
	old := "id,name,company,email,phone,owner,phase,phase_label,phase_since,value,tags\n" +
		"7,Ada Lovelace,Engines Ltd,ada@example.com,,,retention,Retention,2024-01-02T00:00:00Z,100.00,vip\n"
	if err := os.WriteFile(file, []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	db := tempBook(t)
	mustTend(t, db, "import", "customers", file)
	if got := detailsOf(t, db, "ada"); got != (details{}) {
		t.Errorf("details of an old export: %+v", got)
	}
	if _, _, err := execTend(t, db, "edit", "ada", "--language", "klingonisch"); err == nil ||
		!strings.Contains(err.Error(), `language "klingonisch" is not a language tag`) {
		t.Errorf("a bad language: %v", err)
	}
}
