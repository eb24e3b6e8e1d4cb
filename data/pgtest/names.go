package pgtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// LeftOutAreTests fails for each name in notThere that names no test or
// fuzz test of the package in the current folder: a list of tests left out
// must not keep the name of one renamed or gone.
func LeftOutAreTests(t *testing.T, notThere map[string]string) {
	t.Helper()
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, file := range files {
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && fn.Recv == nil &&
				(strings.HasPrefix(fn.Name.Name, "Test") || strings.HasPrefix(fn.Name.Name, "Fuzz")) {
				known[fn.Name.Name] = true
			}
		}
	}
	for name := range notThere {
		if !known[name] {
			t.Errorf("%s is left out of the run on PostgreSQL, but there is no such test", name)
		}
	}
}
