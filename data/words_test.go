package data

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// commandWords are what only the command line or the board may say: a
// tend command to type, a flag, or a key to press. The errors of the store
// and of the domain reach both faces, so each phrases them with its own.
var commandWords = regexp.MustCompile(`(^|[^\w-])--[a-z]|\bpress \S|\btend (--|add|archive|backup|buy|check|demo|edit|export|fit|forget|import|insights|list|log|move|phases|restore|risk|settings|show|triage)\b`)

func TestStoreAndDomainSayNoCommandFlagOrKey(t *testing.T) {
	for _, dir := range []string{".", "../lifecycle"} {
		for _, hit := range commandWordsIn(t, dir) {
			t.Error(hit)
		}
	}
}

// commandWordsIn lists the string literals of the package in dir, tests
// aside, that hold command words, each at its file and line.
func commandWordsIn(t *testing.T, dir string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var hits []string
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			if s, err := strconv.Unquote(lit.Value); err == nil && commandWords.MatchString(s) {
				hits = append(hits, fset.Position(lit.Pos()).String()+": "+s)
			}
			return true
		})
	}
	return hits
}
