package data

import (
	"context"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"tend/lifecycle"
)

// hasCode tells whether an error in err's chain has the code.
func hasCode(err error, code string) bool {
	for err != nil {
		if c, ok := err.(lifecycle.Coded); ok && c.Code() == code {
			return true
		}
		err = errors.Unwrap(err)
	}
	return false
}

// codedAs finds the error with the code in err's chain.
func codedAs(t *testing.T, err error, code string) lifecycle.Coded {
	t.Helper()
	for e := err; e != nil; e = errors.Unwrap(e) {
		if c, ok := e.(lifecycle.Coded); ok && c.Code() == code {
			return c
		}
	}
	t.Fatalf("err = %v, want one coded %s", err, code)
	return nil
}

func TestStoreErrorsCarryTheirCodeAndValues(t *testing.T) {
	ctx := context.Background()
	b, id := bookWithAda(t)
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.txt")
	os.WriteFile(notes, []byte("not a book"), 0o600)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada Byron"})
	if err := b.Archive(ctx, id, false); err != nil {
		t.Fatal(err)
	}
	_, dupErr := importText(t, b, Customers, dupFile, ImportOptions{})
	var refused *ImportError
	errors.As(dupErr, &refused)
	_, mapErr := importText(t, b, Customers, dupFile, ImportOptions{Map: []string{"Wer"}})
	_, ambiguous := b.Resolve(ctx, "Ada")
	cases := []struct {
		err  error
		code string
		want lifecycle.Values
	}{
		{b.Archive(ctx, id, false), CodeArchivedAlready, lifecycle.Values{"Customer": "Ada Lovelace"}},
		{refused.Rows[0].Err, CodeDuplicateCustomer, lifecycle.Values{"ID": id, "Name": "Ada Lovelace", "By": "email"}},
		{refused.Rows[0], CodeRow, lifecycle.Values{"File": "test.csv", "Line": 2, "Column": "E-Mail"}},
		{dupErr, CodeRefused, lifecycle.Values{"File": "test.csv", "Bad": 1, "More": 0}},
		{mapErr, CodeMapForm, lifecycle.Values{"Mapping": "Wer"}},
		{mapErr, CodeInFile, lifecycle.Values{"File": "test.csv"}},
		{CheckBackupFile(ctx, notes), CodeNotBook, lifecycle.Values{"Path": notes, "NotSQLite": true}},
		{CheckBackupFile(ctx, dir), CodeNotFile, lifecycle.Values{"Path": dir}},
		{ambiguous, CodeAmbiguous, lifecycle.Values{"Ref": "Ada"}},
		{b.FillDemo(ctx, DemoOptions{Customers: 5}), CodeDemoNotEmpty, lifecycle.Values{"Customers": 2}},
	}
	for _, c := range cases {
		got := codedAs(t, c.err, c.code)
		for k, v := range c.want {
			if got.Values()[k] != v {
				t.Errorf("%s: %s = %#v, want %#v (%v)", c.code, k, got.Values()[k], v, c.err)
			}
		}
	}
}

// Codes are stable lowercase dotted words, one for each constant, in one
// file for the store and one for the domain.
func TestCodesAreDistinctAndDotted(t *testing.T) {
	checkCodes(t, "codes.go")
	checkCodes(t, "../lifecycle/codes.go")
}

// checkCodes reads the code constants of a file and checks their form.
func checkCodes(t *testing.T, file string) {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	form := regexp.MustCompile(`^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)+$`)
	seen := map[string]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok {
			return true
		}
		lit, ok := spec.Values[0].(*ast.BasicLit)
		if !ok {
			return true // another package's code, checked in its own file
		}
		code, _ := strconv.Unquote(lit.Value)
		name := spec.Names[0].Name
		if !form.MatchString(code) || !strings.HasPrefix(name, "Code") {
			t.Errorf("%s = %q: want CodeX = \"lowercase.dotted-words\"", name, code)
		}
		if other, twice := seen[code]; twice {
			t.Errorf("%s and %s are both %q", other, name, code)
		}
		seen[code] = name
		return true
	})
	if len(seen) < 20 {
		t.Errorf("found %d codes in %s", len(seen), file)
	}
}
