package words

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"tend/lifecycle"
)

// codeFiles are where the store and the domain declare their codes.
var codeFiles = []string{"../../data/codes.go", "../../lifecycle/codes.go"}

// hintFiles are the faces' tables of hints.
var hintFiles = []string{"../cli/errors.go", "../errors.go"}

// codeConstants reads the codes the store and the domain declare: each
// string constant named Code….
func codeConstants(t *testing.T) map[string]string {
	t.Helper()
	codes := map[string]string{}
	for _, pattern := range codeFiles {
		for _, file := range must(filepath.Glob(pattern)) {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			inspectFile(t, file, func(n ast.Node) {
				if spec, ok := n.(*ast.ValueSpec); ok {
					for i, name := range spec.Names[:min(len(spec.Names), len(spec.Values))] {
						lit, ok := spec.Values[i].(*ast.BasicLit)
						if ok && lit.Kind == token.STRING && strings.HasPrefix(name.Name, "Code") {
							codes[must(strconv.Unquote(lit.Value))] = name.Name
						}
					}
				}
			})
		}
	}
	if len(codes) < 100 {
		t.Fatalf("found %d codes in %v", len(codes), codeFiles)
	}
	return codes
}

// hintIDs reads the ids of the hints the faces' tables name.
func hintIDs(t *testing.T) map[string]string {
	t.Helper()
	ids := map[string]string{}
	for _, file := range hintFiles {
		inspectFile(t, file, func(n ast.Node) {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if id := must(strconv.Unquote(lit.Value)); strings.HasPrefix(id, "hint.") {
					ids[id] = file
				}
			}
		})
	}
	return ids
}

func inspectFile(t *testing.T, file string, see func(ast.Node)) {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ast.Inspect(f, func(n ast.Node) bool { see(n); return true })
}

func TestEveryCodeHasItsMessage(t *testing.T) {
	msgs := catalogMessages(t)
	for code, name := range codeConstants(t) {
		if _, ok := msgs["error."+code]; !ok {
			t.Errorf("%s (%s) has no message error.%s", name, code, code)
		}
	}
}

func TestEveryErrorMessageHasItsCode(t *testing.T) {
	codes := codeConstants(t)
	for id := range catalogMessages(t) {
		if code, ok := strings.CutPrefix(id, "error."); ok && codes[code] == "" {
			t.Errorf("the catalog holds %s, but no error has the code %s", id, code)
		}
	}
}

// A hint is hint.<face>.<code> (the faces: the command line, the board,
// and a restore, whose damaged file is a backup): the catalog holds those the faces name,
// each for a code that has its message.
func TestEveryHintIsAFacesForACode(t *testing.T) {
	msgs := catalogMessages(t)
	named := hintIDs(t)
	for id, file := range named {
		if _, ok := msgs[id]; !ok {
			t.Errorf("%s names %s, which the catalog lacks", file, id)
		}
	}
	for id := range msgs {
		rest, ok := strings.CutPrefix(id, "hint.")
		if !ok {
			continue
		}
		face, code, _ := strings.Cut(rest, ".")
		if face != "cli" && face != "board" && face != "restore" {
			t.Errorf("%s is for a face tend does not have", id)
		}
		if _, ok := msgs["error."+code]; !ok {
			t.Errorf("%s is for the code %s, which has no message", id, code)
		}
		if named[id] == "" {
			t.Errorf("the catalog holds %s, which no face names", id)
		}
	}
}

// An error is said from its code and values, a cause it wraps in its own
// words inside it, and a face's hint in place of it.
func TestAnErrorIsSaidFromItsCodeAndValues(t *testing.T) {
	lc, _ := lifecycle.Preset("classic")
	lc, _ = lc.SetHidden("lost", true)
	_, hidden := lc.Enter("Lost")
	wrapped := lifecycle.Problemf("customer.cannot-come-back", lifecycle.Values{"Customer": "Ada"}, "%s cannot come back: %w", "Ada", hidden)
	hints := Hints{lifecycle.CodePhaseHidden: "hint.board.phase.hidden"}
	cases := []struct {
		err   error
		hints Hints
		want  string
	}{
		{hidden, nil, "phase Lost is hidden; show it again first"},
		{wrapped, nil, "Ada cannot come back: phase Lost is hidden; show it again first"},
		{wrapped, hints, "Ada cannot come back: phase Lost is hidden; press m to pick a phase the board shows"},
		{errors.Join(errors.New("moving"), hidden), hints, "moving\nphase Lost is hidden; press m to pick a phase the board shows"},
	}
	for _, c := range cases {
		if got := Error(c.err, c.hints); got != c.want {
			t.Errorf("Error(%v) = %q, want %q", c.err, got, c.want)
		}
	}
	restore := Pseudo()
	defer restore()
	// The preset's label is the catalog's too.
	want := "⟦Ada cannot come back: ⟦phase ⟦Lost⟧ is hidden; press m to pick a phase the board shows⟧⟧"
	if got := Error(wrapped, hints); got != want {
		t.Errorf("in the pseudo-language Error = %q, want %q", got, want)
	}
}

// A failure tend did not foresee is said with its own text, as it is: in
// the pseudo-language unmarked, so that a sentence of tend's that never
// reached the catalog shows in the tests of the catalog.
func TestAnUnforeseenFailureIsSaidWithItsText(t *testing.T) {
	err := errors.New("write /dev/full: no space left on device")
	if got := Error(err, nil); got != err.Error() {
		t.Errorf("Error = %q, want %q", got, err.Error())
	}
	restore := Pseudo()
	defer restore()
	if got, want := Error(err, nil), err.Error(); got != want {
		t.Errorf("in the pseudo-language Error = %q, want %q", got, want)
	}
	if got := Error(nil, nil); got != "" {
		t.Errorf("Error(nil) = %q", got)
	}
}

// An amount in an error is written as the reader's language writes money.
func TestAnAmountInAnErrorIsWrittenAsTheLanguageDoes(t *testing.T) {
	err := lifecycle.Problemf("import.spent-too-much", lifecycle.Values{"Most": lifecycle.Money(123456789)}, "too much")
	if got := Error(err, nil); !strings.Contains(got, "1,234,567.89") {
		t.Errorf("in English: %q", got)
	}
	defer Use(German)()
	if got := Error(err, nil); !strings.Contains(got, "1.234.567,89") {
		t.Errorf("in German: %q", got)
	}
}

// A count or a measure an error was given raw reads in German as German
// writes numbers, grouped and with a decimal comma; English as ever.
func TestANumberInAnErrorIsWrittenAsTheLanguageDoes(t *testing.T) {
	errs := []error{
		lifecycle.Problemf("demo.size", lifecycle.Values{"Max": 1_000_000, "Customers": 2_000_000}, "too big"),
		lifecycle.Problemf("fit.not-converged", lifecycle.Values{"Iterations": 1500, "LogLikelihood": -12345.6789},
			"%w after 1500 iterations", errors.New("the fit did not converge")),
		lifecycle.Problemf("customer.value", lifecycle.Values{"Value": lifecycle.Money(-123456)}, "negative"),
		lifecycle.Problemf("fit.spend", lifecycle.Values{"History": 3, "Repeats": 2, "Mean": -0.5}, "spend"),
	}
	english := []string{"1 to 1000000 customers, not 2000000", "after 1500 iterations (log-likelihood -12345.7)",
		"value -1234.56 is negative", "2 repeat purchases of mean -0.5"}
	german := []string{"1 bis 1.000.000 Kunden, nicht 2.000.000", "nach 1.500 Iterationen (Log-Likelihood -12345,7)",
		"Wert -1.234,56 ist negativ", "2 Wiederholungskäufe mit Mittelwert -0,5"}
	for i, err := range errs {
		if got := Error(err, nil); !strings.Contains(got, english[i]) {
			t.Errorf("in English: %q, want %q in it", got, english[i])
		}
	}
	defer Use(German)()
	for i, err := range errs {
		if got := Error(err, nil); !strings.Contains(got, german[i]) {
			t.Errorf("in German: %q, want %q in it", got, german[i])
		}
	}
}
