package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestImportDealsSaysWhatTheyBecame(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Zoë Weiß", "--email", "zoe@weiss-gross.de")
	file := fixture("deals_pipedrive_en.csv")
	out := mustTend(t, db, "import", "deals", file, "--create-missing", "--dry-run")
	want := "Read " + file + " as UTF-8, separated by comma.\n" +
		"Read " + file + " as deals exported from Pipedrive.\n" +
		"Would import 4 deals: 1 won, 2 open, 1 lost, 0 skipped; would record 1 purchase and 3 notes (1 with a follow-up) (dry run: nothing was written)\n" +
		"Would create 2 customers the book lacks.\n" +
		"Would move 1 customer to Acquisition.\n"
	if out != want {
		t.Errorf("dry run =\n%s\nwant\n%s", out, want)
	}
	if s := showJSONOf(t, db, "zoe@weiss-gross.de"); s.Phase != "awareness" || len(s.Contacts) != 0 {
		t.Errorf("after a dry run Zoë is %+v", s)
	}
	out = mustTend(t, db, "import", "deals", file, "--create-missing")
	want = "Read " + file + " as deals exported from Pipedrive.\n" +
		"Imported 4 deals: 1 won, 2 open, 1 lost, 0 skipped; recorded 1 purchase and 3 notes (1 with a follow-up)\n" +
		"Created 2 customers the book lacked.\n" +
		"Moved 1 customer to Acquisition.\n"
	if out != want {
		t.Errorf("import =\n%s\nwant\n%s", out, want)
	}
	zoe := showJSONOf(t, db, "zoe@weiss-gross.de")
	if zoe.Phase != "acquisition" || len(zoe.Contacts) != 1 ||
		zoe.Contacts[0].Summary != "Open deal “Support contract 2026” at stage Proposal Made, worth €4,800.50" {
		t.Errorf("Zoë = %+v", zoe)
	}
	asa := showJSONOf(t, db, "asa@orsted.example")
	if len(asa.Contacts) != 1 || asa.Contacts[0].Summary != "Lost deal “Shop integration”: Went with a cheaper offer" {
		t.Errorf("Åsa = %+v", asa)
	}
	mueller := showJSONOf(t, db, "j.mueller@mueller-bau.de")
	if mueller.Phase != "conversion" || len(mueller.Purchases) != 1 || mueller.Purchases[0].Amount != 12500 {
		t.Errorf("Müller = %+v", mueller)
	}
}

func TestImportDealsAsJSON(t *testing.T) {
	run := func(lang string) string {
		t.Helper()
		out, errOut, code := runBinary(t, []string{"TEND_LANG=" + lang}, "--db", tempBook(t), "import", "opportunities",
			fixture("opportunities_odoo.csv"), "--create-missing", "--json")
		if code != 0 {
			t.Fatalf("import in %s: exit %d, %s", lang, code, errOut)
		}
		return out
	}
	out := run("en")
	type counts struct {
		Source          string
		Won, Open, Lost int
		Purchases       int
		Notes           int
		FollowUps       int `json:"follow_ups"`
	}
	var got struct {
		Entity           string   `json:"entity"`
		Rows             int      `json:"rows"`
		CreatedCustomers int      `json:"created_customers"`
		Ignored          []string `json:"ignored"`
		Deals            struct {
			counts
			Moved map[string]int `json:"moved"`
		} `json:"deals"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if got.Entity != "deals" || got.Rows != 4 || got.CreatedCustomers != 4 || len(got.Ignored) != 3 {
		t.Errorf("JSON = %s", out)
	}
	if got.Deals.counts != (counts{"odoo", 1, 2, 1, 1, 3, 1}) || len(got.Deals.Moved) != 0 {
		t.Errorf("deals = %+v", got.Deals)
	}
	// The same in German: keys and values are English.
	if de := run("de"); de != out {
		t.Errorf("German JSON =\n%s\nEnglish\n%s", de, out)
	}
}

func TestImportDealsNamesTheBadCellByLineAndColumn(t *testing.T) {
	db := tempBook(t)
	file := filepath.Join(t.TempDir(), "deals.csv")
	text := "Deal - Title,Deal - Value,Deal - Status,Person - Name\nOne,100,won-ish,Ada\nTwo,lots,open,Ada\n"
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := execTend(t, db, "import", "deals", file, "--create-missing")
	if err == nil {
		t.Fatal("bad deals were imported")
	}
	for _, want := range []string{
		file + `:2: column "Deal - Status": "won-ish" is not a deal status (use open, won or lost)`,
		file + `:3: column "Deal - Value": amount "lots" has no digits`,
	} {
		if !strings.Contains(phrase(err), want) {
			t.Errorf("error = %v, want %q", phrase(err), want)
		}
	}
	if out := mustTend(t, db, "list"); !strings.Contains(out, "No customers") {
		t.Errorf("a refused import left %q", out)
	}
}

func TestImportDealsSpeaksTheReadersLanguage(t *testing.T) {
	db := tempBook(t)
	file := fixture("deals_pipedrive_de.csv")
	out, errOut, code := runBinary(t, []string{"TEND_LANG=de"}, "--db", db, "import", "deals", file, "--create-missing")
	for _, want := range []string{
		file + " als Deals aus Pipedrive gelesen.\n",
		"3 Deals importiert: 1 gewonnen, 1 offen, 1 verloren, 0 übersprungen; 1 Kauf und 2 Notizen erfasst (1 mit Wiedervorlage)\n",
		"2 Kunden angelegt, die im Kundenbuch fehlten.\n",
	} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("exit %d, %s\n%s\nwant %q", code, errOut, out, want)
		}
	}
	oemer := showJSONOf(t, db, "oemer@cafe-uebersee.de")
	var notes []string
	for _, x := range oemer.Contacts {
		notes = append(notes, x.Summary)
	}
	if !slices.Contains(notes, "Offener Deal „Kassensystem“ in Phase Angebot, Wert 3.999,99 €") ||
		!slices.Contains(notes, "Verlorener Deal „Schulung“, Wert 800 €: Kein Budget") {
		t.Errorf("Ömer's notes = %q", notes)
	}
}
