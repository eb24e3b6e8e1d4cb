package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixture is a file of the import tests of the data package.
// fixture is an import file of the data package's tests.
func fixture(name string) string {
	return filepath.Join("..", "..", "data", "testdata", "import", name)
}

func TestImportCommandReportsCountsAndIgnoredColumns(t *testing.T) {
	db := tempBook(t)
	out, errOut, err := execTend(t, db, "import", "customers", fixture("customers_de_1252.csv"))
	if err != nil {
		t.Fatalf("import: %v\n%s", err, errOut)
	}
	if out != "Imported 3 customers: 3 new, 0 updated, 0 skipped\n" {
		t.Errorf("stdout = %q", out)
	}
	if !strings.Contains(errOut, "ignored columns of "+fixture("customers_de_1252.csv")+`: "Bemerkung"`) {
		t.Errorf("stderr = %q, want the ignored column named", errOut)
	}
	if s := showJSONOf(t, db, "j.mueller@example.de"); s.Name != "Jürgen Müller" || s.Value != 1234.56 || s.Phase != "retention" {
		t.Errorf("imported %+v", s)
	}
	out = mustTend(t, db, "import", "customers", fixture("customers_de_1252.csv"), "--on-duplicate", "skip")
	if out != "Imported 3 customers: 0 new, 0 updated, 3 skipped\n" {
		t.Errorf("second import = %q", out)
	}
}

func TestImportCommandDryRunWritesNothing(t *testing.T) {
	db := tempBook(t)
	out := mustTend(t, db, "import", "purchases", fixture("purchases_shop.csv"), "--dry-run", "--create-missing")
	want := "Read " + fixture("purchases_shop.csv") + " as UTF-8, separated by semicolon.\n" +
		"Would import 3 purchases: 3 new, 0 updated, 0 skipped; created 2 customers (dry run: nothing was written)\n"
	if out != want {
		t.Errorf("stdout = %q, want %q", out, want)
	}
	if out := mustTend(t, db, "list"); !strings.Contains(out, "No customers") {
		t.Errorf("after a dry run the book lists %q", out)
	}
}

func TestImportCommandRefusesABadFileAndNamesEveryBadRow(t *testing.T) {
	db := tempBook(t)
	_, _, err := execTend(t, db, "import", "customers", fixture("customers_bad.csv"))
	if err == nil {
		t.Fatal("a file with bad rows was imported")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 9 || !strings.HasSuffix(lines[0], "has 8 bad rows, so nothing was imported:") ||
		!strings.HasPrefix(lines[1], fixture("customers_bad.csv")+`:3: column "Name": `) {
		t.Errorf("error = %v", err)
	}
	if out := mustTend(t, db, "list"); !strings.Contains(out, "No customers") {
		t.Errorf("a refused import left %q", out)
	}
}

func TestImportCommandArgumentsAndFlags(t *testing.T) {
	db := tempBook(t)
	cases := map[string][]string{
		`unknown kind of record "shoes"`:         {"import", "shoes", fixture("contacts.csv")},
		`--on-duplicate: unknown choice "merge"`: {"import", "customers", fixture("customers_bom.csv"), "--on-duplicate", "merge"},
		"cannot read nowhere.csv":                {"import", "customers", "nowhere.csv"},
		`--map "Name": write it as`:              {"import", "customers", fixture("customers_bom.csv"), "--map", "Name"},
		"accepts 2 arg(s)":                       {"import", "customers"},
	}
	for want, args := range cases {
		if _, _, err := execTend(t, db, args...); err == nil || !strings.Contains(phrase(err), want) {
			t.Errorf("tend %s = %v, want an error containing %q", strings.Join(args, " "), err, want)
		}
	}
}

func TestImportFromStandardInput(t *testing.T) {
	db := emptyBook(t)
	root := newRootCmd(Process{})
	root.SetIn(strings.NewReader("Name;E-Mail\nAda;ada@example.org\n"))
	var out strings.Builder
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs([]string{"--db", db, "import", "customers", "-"})
	if err := root.ExecuteContext(context.Background()); err != nil || out.String() != "Imported 1 customer: 1 new, 0 updated, 0 skipped\n" {
		t.Errorf("import from stdin = %q, %v", out.String(), err)
	}
}

func TestExportCommandToStdoutAndToAFile(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "import", "purchases", fixture("purchases_shop.csv"), "--create-missing")
	out := mustTend(t, db, "export", "purchases")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 || lines[0] != "id,customer_id,customer_email,customer_name,at,amount,currency,note,who" ||
		!strings.Contains(lines[1], ",j.mueller@example.de,Jürgen Müller,2024-03-01T") || !strings.Contains(lines[1], ",1234.56,EUR,,") {
		t.Errorf("CSV export = %q", out)
	}
	path := filepath.Join(t.TempDir(), "customers.json")
	if out := mustTend(t, db, "export", "customers", path); out != "Exported 2 customers to "+path+"\n" {
		t.Errorf("export to file printed %q", out)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var customers []struct {
		Name       string  `json:"name"`
		TotalSpend float64 `json:"total_spend"`
	}
	if err := json.Unmarshal(raw, &customers); err != nil || len(customers) != 2 || customers[1].Name != "Neue Kundin" || customers[1].TotalSpend != 111.5 {
		t.Errorf("JSON file (format from the extension) = %s, %v", raw, err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("export mode = %o, want 600", info.Mode().Perm())
	}
	if out := mustTend(t, db, "export", "contacts", "--format", "json"); out != "[]\n" {
		t.Errorf("empty JSON export = %q", out)
	}
}

func TestExportCommandErrors(t *testing.T) {
	db := emptyBook(t)
	cases := map[string][]string{
		`--format: unknown format "xml"`:  {"export", "customers", "--format", "xml"},
		`unknown kind of record "orders"`: {"export", "orders"},
		"cannot write":                    {"export", "customers", filepath.Join(t.TempDir(), "no", "such", "dir.csv")},
	}
	for want, args := range cases {
		if _, _, err := execTend(t, db, args...); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("tend %s = %v, want an error containing %q", strings.Join(args, " "), err, want)
		}
	}
}

// An export of one book imports into an empty one as it was.
func TestExportThenImportIntoAnotherBook(t *testing.T) {
	src, dst := tempBook(t), tempBook(t)
	mustTend(t, src, "import", "customers", fixture("customers_en.tsv"))
	mustTend(t, src, "import", "contacts", fixture("contacts.csv"))
	dir := t.TempDir()
	for _, what := range []string{"customers", "contacts"} {
		file := filepath.Join(dir, what+".csv")
		mustTend(t, src, "export", what, file)
		mustTend(t, dst, "import", what, file)
	}
	a, b := showJSONOf(t, src, "ada@example.org"), showJSONOf(t, dst, "ada@example.org")
	if a.Name != b.Name || a.Value != b.Value || len(b.Contacts) != 2 || b.Contacts[0].Summary != a.Contacts[0].Summary ||
		*b.LastContactAt != *a.LastContactAt {
		t.Errorf("source %+v\ncopy   %+v", a, b)
	}
}

func TestExportNeverOverwritesABook(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	if _, _, err := execTend(t, db, "export", "customers", db); err == nil || !strings.Contains(err.Error(), "never overwrites") {
		t.Errorf("export onto the book itself = %v", err)
	}
	if out := mustTend(t, db, "list"); !strings.Contains(out, "Ada") {
		t.Errorf("the book after a refused export lists %q", out)
	}
}
