// Command shape checks the layout rules a newcomer relies on: no Go file
// over 400 lines (but one marked generated), no function over 60, only main.go at the root, a
// lifecycle package that needs nothing beyond the standard library, and a
// text package free of Bubble Tea. It names each offender and exits 1.
//
//	go run ./.ci/shape
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

const (
	maxFileLines = 400
	maxFuncLines = 60
)

func main() {
	var offences []string
	files, err := goFiles(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for _, f := range files {
		found, err := sizes(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		offences = append(offences, found...)
	}
	offences = append(offences, rootHoldsMainAlone(files)...)
	offences = append(offences, lifecycleNeedsOnlyStd()...)
	offences = append(offences, textHasNoBubbleTea()...)
	if len(offences) > 0 {
		for _, o := range offences {
			fmt.Println(o)
		}
		os.Exit(1)
	}
}

// goFiles lists the Go files below root, leaving out hidden folders and
// testdata, as the go tool does.
func goFiles(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, ".go") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// sizes names the file if it is too long and each function in it that is.
func sizes(path string) ([]string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution|parser.ParseComments)
	if err != nil {
		return nil, err
	}
	if ast.IsGenerated(f) {
		return nil, nil // written by a program from its source, which is checked
	}
	var found []string
	if n := fset.File(f.Pos()).LineCount(); n > maxFileLines {
		found = append(found, fmt.Sprintf("%s:1 file is %d lines (at most %d)", path, n, maxFileLines))
	}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		start, end := fset.Position(fn.Pos()), fset.Position(fn.End())
		if n := end.Line - start.Line + 1; n > maxFuncLines {
			found = append(found, fmt.Sprintf("%s:%d %s is %d lines (at most %d)", path, start.Line, funcName(fn), n, maxFuncLines))
		}
	}
	return found, nil
}

// funcName reads as gocyclo does: (Receiver).Name or Name.
func funcName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return fn.Name.Name
	}
	t := fn.Recv.List[0].Type
	if idx, ok := t.(*ast.IndexExpr); ok {
		t = idx.X
	}
	switch r := t.(type) {
	case *ast.StarExpr:
		if id, ok := r.X.(*ast.Ident); ok {
			return "(*" + id.Name + ")." + fn.Name.Name
		}
	case *ast.Ident:
		return "(" + r.Name + ")." + fn.Name.Name
	}
	return fn.Name.Name
}

// rootHoldsMainAlone: the root is main.go and its tests, nothing more.
func rootHoldsMainAlone(files []string) []string {
	var found []string
	for _, f := range files {
		if filepath.Dir(f) == "." && f != "main.go" && !strings.HasSuffix(f, "_test.go") {
			found = append(found, fmt.Sprintf("%s:1 stands at the root, where only main.go belongs", f))
		}
	}
	return found
}

// lifecycleNeedsOnlyStd: the domain imports nothing outside the standard
// library, not even the rest of tend.
func lifecycleNeedsOnlyStd() []string {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", "./lifecycle").Output()
	if err != nil {
		return []string{fmt.Sprintf("lifecycle: go list -deps failed: %v", err)}
	}
	var found []string
	for _, dep := range strings.Fields(string(out)) {
		if dep != "tend/lifecycle" {
			found = append(found, fmt.Sprintf("lifecycle depends on %s, outside the standard library", dep))
		}
	}
	return found
}

// textHasNoBubbleTea: the plain-text package stays a leaf the command line
// can use without the screens' libraries.
func textHasNoBubbleTea() []string {
	if _, err := os.Stat("ui/text"); err != nil {
		return []string{"ui/text: missing, the plain-text package the screens and commands share"}
	}
	out, err := exec.Command("go", "list", "-deps", "./ui/text").Output()
	if err != nil {
		return []string{fmt.Sprintf("ui/text: go list -deps failed: %v", err)}
	}
	var found []string
	for _, dep := range strings.Fields(string(out)) {
		if strings.Contains(dep, "bubbletea") || strings.Contains(dep, "bubbles") {
			found = append(found, fmt.Sprintf("ui/text depends on %s; it must import no Bubble Tea", dep))
		}
	}
	return found
}
