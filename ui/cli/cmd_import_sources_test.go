package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hubSpotFile writes a small HubSpot contacts export.
func hubSpotFile(t *testing.T, rows string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "hubspot.csv")
	text := "Record ID,First Name,Last Name,Email,Lifecycle Stage,Contact owner,Create Date,Last Activity Date\n" + rows
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

// A dry run says which system the file was taken for, prints the stage
// table, and counts the customers per phase.
func TestImportFromHubSpotPrintsTheStageTable(t *testing.T) {
	db := tempBook(t)
	file := hubSpotFile(t, "1,Anna,Schmidt,anna@example.de,customer,Jana Vogel,2024-03-01 10:22,2026-03-01\n"+
		"2,Ben,Berg,ben@example.de,Sales Qualified Lead,Tom,2024-03-02,\n")
	out := mustTend(t, db, "import", "customers", file, "--dry-run", "--phase-map", "customer=retention")
	for _, want := range []string{
		"as an export of HubSpot (found by",
		"The file's stages, their rows and their phases",
		"\n  Sales Qualified Lead  1  →  Acquisition\n  Customer              1  →  Retention (--phase-map)\n",
		"Per phase: Acquisition 1, Retention 1",
		"With e-mail: 2 (2 addresses) · phone: 0 (0 numbers) · owner: 2 (2 different)",
		"Last activity kept as a note, on its day, for 1 customer",
		`"First Name" → given_name`,
		"Would import 2 customers",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the dry run does not say %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "The file's stages") > strings.Index(out, "Would import") {
		t.Errorf("the table comes after the summary:\n%s", out)
	}
	// Only the stages the file's rows are in.
	if strings.Contains(out, "Subscriber") {
		t.Errorf("the table lists a stage no row is in:\n%s", out)
	}
	if got := mustTend(t, db, "list"); strings.Contains(got, "Anna") {
		t.Errorf("a dry run wrote:\n%s", got)
	}
}

// A stage the table lacks is refused, naming the row and the stage, and
// the error says how to map it.
func TestImportNamesAStageWithoutAPhase(t *testing.T) {
	db := tempBook(t)
	file := hubSpotFile(t, "1,Anna,Schmidt,anna@example.de,Partner,Jana,2024-03-01,\n")
	_, _, err := execTend(t, db, "import", "customers", file)
	if err == nil || !strings.Contains(phrase(err), `hubspot.csv:2: column "Lifecycle Stage": the stage "Partner" has no phase; map it with --phase-map 'Partner=PHASE'`) {
		t.Errorf("a stage without a phase: %v", err)
	}
	mustTend(t, db, "import", "customers", file, "--phase-map", "Partner=Loyalty")
	if c := showJSONOf(t, db, "Anna"); c.Phase != "loyalty" {
		t.Errorf("Partner mapped to loyalty puts Anna in %q", c.Phase)
	}
}

// --json gives the report as data, the same in either language.
func TestImportReportAsJSON(t *testing.T) {
	file := hubSpotFile(t, "1,Anna,Schmidt,anna@example.de,customer,Jana Vogel,2024-03-01 10:22,2026-03-01\n")
	var outs []string
	for _, lang := range []string{"en", "de"} {
		outs = append(outs, tendIn(t, lang, "--db", tempBook(t), "import", "customers", file, "--json", "--from", "hubspot"))
	}
	if outs[0] != outs[1] {
		t.Errorf("the JSON differs by language:\n%s\n%s", outs[0], outs[1])
	}
	var r struct {
		New    int `json:"new"`
		Source struct {
			Source string `json:"source"`
			Forced bool   `json:"forced"`
		} `json:"source"`
		Stages  []struct{ Stage, Phase string } `json:"stages"`
		Profile struct {
			Phases         map[string]int `json:"phases"`
			LastActivities int            `json:"last_activities"`
		} `json:"profile"`
		Ignored []string `json:"ignored"`
	}
	if err := json.Unmarshal([]byte(outs[0]), &r); err != nil {
		t.Fatalf("%v:\n%s", err, outs[0])
	}
	if r.New != 1 || r.Source.Source != "hubspot" || !r.Source.Forced || r.Profile.Phases["conversion"] != 1 ||
		r.Profile.LastActivities != 1 || len(r.Stages) == 0 || r.Ignored == nil {
		t.Errorf("the JSON report: %+v", r)
	}
}

func TestImportRefusesAnUnknownSystem(t *testing.T) {
	_, _, err := execTend(t, tempBook(t), "import", "customers", hubSpotFile(t, ""), "--from", "excel")
	if err == nil || !strings.Contains(phrase(err), `--from "excel": use hubspot, pipedrive, salesforce, odoo, google, outlook`) {
		t.Errorf("--from excel: %v", err)
	}
}
