package cli

import (
	"encoding/csv"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// formulaBook is a book whose texts a spreadsheet would run as formulas:
// a phase label, a customer's fields and tag, a contact, a purchase note
// and a change in the audit trail; and a phone number that is only a
// number.
func formulaBook(t *testing.T) string {
	t.Helper()
	db := tempBook(t)
	mustTend(t, db, "phases", "add", `=HYPERLINK("http://evil.example","phase")`, "--group", "buying")
	mustTend(t, db, "add", `=HYPERLINK("http://evil.example","name")`, "--company", "@SUM(A1)", "--owner=-owner",
		"--phone", "+49 30 1234567", "--tag", "+tag", "--phase", "awareness", "--value", "100")
	mustTend(t, db, "move", "1", `=HYPERLINK("http://evil.example","phase")`)
	mustTend(t, db, "log", "1", "--kind", "call", "--summary", "=1+2", "--at", "2026-01-05 10:00")
	mustTend(t, db, "buy", "1", "12.50", "--note", "@note", "--at", "2026-01-06")
	mustTend(t, db, "edit", "1", "--company", "-cmd|' /C calc'!A0")
	return db
}

// formulaCell matches a cell a spreadsheet reads as a formula, unless it
// is plainly a number.
var formulaCell = regexp.MustCompile(`^[=+\-@\t\r]`)
var plainNumberCell = regexp.MustCompile(`^[0-9 +\-()./]*[0-9][0-9 +\-()./]*$`)

func TestCSVOutputCarriesNoFormula(t *testing.T) {
	db := formulaBook(t)
	for _, args := range [][]string{
		{"list", "--csv"}, {"export", "customers"}, {"export", "contacts"}, {"export", "purchases"}, {"export", "history"},
		{"insights", "--csv", "--section", "funnel"},
		{"insights", "--csv", "--section", "flow"},
	} {
		out := mustTend(t, db, args...)
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("tend %s: %v", strings.Join(args, " "), err)
		}
		quoted := 0
		for _, cell := range slices.Concat(rows...) {
			if formulaCell.MatchString(cell) && !plainNumberCell.MatchString(cell) {
				t.Errorf("tend %s: cell %q is a formula", strings.Join(args, " "), cell)
			}
			if strings.HasPrefix(cell, "'") {
				quoted++
			}
		}
		if quoted == 0 {
			t.Errorf("tend %s quotes no cell:\n%s", strings.Join(args, " "), out)
		}
	}
	if out := mustTend(t, db, "list", "--csv"); !strings.Contains(out, ",+49 30 1234567,") {
		t.Errorf("the phone number is not as stored:\n%s", out)
	}
}

// Every CSV tend writes goes through data.CSVWriter, which neutralises
// formulas: no other code may make a CSV writer of its own.
func TestOnlyTheNeutralisingWriterWritesCSV(t *testing.T) {
	fset := token.NewFileSet()
	root := filepath.Join("..", "..") // the module's folder
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(file, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if ok && sel.Sel.Name == "NewWriter" && fmt.Sprint(sel.X) == "csv" && path != filepath.Join(root, "data", "csv_cells.go") {
				t.Errorf("%s: csv.NewWriter; write CSV with data.NewCSVWriter, which keeps formulas out", fset.Position(n.Pos()))
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
