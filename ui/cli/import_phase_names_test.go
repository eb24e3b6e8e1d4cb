package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A German export writes the phases' keys, as every export does, and
// imports into another book as it was.
func TestAGermanExportImportsOntoTheSamePhases(t *testing.T) {
	src, dst := tempBook(t), tempBook(t)
	mustTend(t, src, "add", "Ada", "--phase", "retention")
	mustTend(t, src, "add", "Bo", "--phase", "win-back")
	file := filepath.Join(t.TempDir(), "kunden.csv")
	tendIn(t, "de", "--db", src, "export", "customers", file)
	if english := tendIn(t, "en", "--db", src, "export", "customers"); !strings.Contains(english, ",retention,Retention,") {
		t.Errorf("the export writes no phase key and label:\n%s", english)
	} else if german, _ := os.ReadFile(file); string(german) != english {
		t.Errorf("the German export differs from the English one:\n%s\n%s", german, english)
	}
	tendIn(t, "de", "--db", dst, "import", "customers", file)
	if a, b := showJSONOf(t, dst, "Ada"), showJSONOf(t, dst, "Bo"); a.Phase != "retention" || b.Phase != "win-back" {
		t.Errorf("re-imported Ada in %q, Bo in %q; want retention and win-back", a.Phase, b.Phase)
	}
}

// A Phase column a person wrote names the phases by their labels, in
// German or English whatever tend speaks, case-blind, umlauts as typed
// or spelled out; a name of no phase is a bad row that lists the phases
// as the reader reads them.
func TestImportReadsThePhasesLabelsInEitherLanguage(t *testing.T) {
	file := filepath.Join(t.TempDir(), "kunden.csv")
	rows := "Name;Phase\nAda;Bindung\nBo;Rueckgewinnung\nCy;RÜCKGEWINNUNG\nDe;treue\nEd;Retention\nFe;win-back\n"
	if err := os.WriteFile(file, []byte(rows), 0o600); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Ada": "retention", "Bo": "win-back", "Cy": "win-back", "De": "loyalty", "Ed": "retention", "Fe": "win-back"}
	for _, lang := range []string{"de", "en"} {
		db := tempBook(t)
		tendIn(t, lang, "--db", db, "import", "customers", file)
		for name, phase := range want {
			if got := showJSONOf(t, db, name).Phase; got != phase {
				t.Errorf("in %s, %s imported in %q, want %q", lang, name, got, phase)
			}
		}
	}
	if err := os.WriteFile(file, []byte("Name;Phase\nAda;Nirgendwo\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	said := map[string]string{
		"de": `kunden.csv:2: Spalte "Phase": unbekannte Phase "Nirgendwo" (die Phasen sind: Bewusstsein, Vertrauen, Kauf, Bindung, Treue, Rückgewinnung, Verloren)`,
		"en": `kunden.csv:2: column "Phase": unknown phase "Nirgendwo" (the phases are: Awareness, Acquisition, Conversion, Retention, Loyalty, Win-back, Lost)`,
	}
	for lang, want := range said {
		_, stderr, code := runBinary(t, []string{"TEND_LANG=" + lang}, "--db", tempBook(t), "import", "customers", file)
		if code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("in %s, a phase of no name: exit %d, %s\nwant %s", lang, code, stderr, want)
		}
	}
}
