package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An import into a server book works from the command line as into a
// file: a bad row is named by its line and column and changes nothing, a
// dry run writes nothing, and the import itself stores every row. A demo
// fills an empty server book.
func TestImportAndDemoWorkOnAServerBook(t *testing.T) {
	db := serverBook(t)
	file := filepath.Join(t.TempDir(), "customers.csv")
	write := func(text string) {
		if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("Name,E-Mail,Phase\nAda,ada@example.com,retention\nBen,ben@example.com,nowhere\n")
	_, _, err := execTend(t, db, "import", "customers", file)
	if err == nil || !strings.Contains(err.Error(), "customers.csv:3") || !strings.Contains(err.Error(), "Phase") {
		t.Fatalf("import with a bad row: %v, want line 3 and its column named", err)
	}
	write("Name,E-Mail,Phase\nAda,ada@example.com,retention\nBen,ben@example.com,loyalty\n")
	mustTend(t, db, "import", "customers", file, "--dry-run")
	if list := mustTend(t, db, "list"); strings.Contains(list, "Ada") {
		t.Fatalf("after a refused import and a dry run the book lists %q, want nobody", list)
	}
	mustTend(t, db, "import", "customers", file)
	if list := mustTend(t, db, "list", "--phase", "loyalty"); !strings.Contains(list, "Ben") {
		t.Errorf("list --phase loyalty = %q, want Ben", list)
	}
	demo := serverBook(t)
	if out := mustTend(t, demo, "demo", "--customers", "40", "--seed", "2"); !strings.Contains(out, "40 customers") {
		t.Errorf("demo said %q, want 40 customers made", out)
	}
	if list := mustTend(t, demo, "list"); list == "" {
		t.Error("the demo book lists nobody")
	}
}
