package words

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// dynamic are the families of ids that code builds from a value (an
// error's code, a hint for one, a flag's reason or kind, an RFM segment);
// each family has a test of its own, which checks that every value has its
// message.
var dynamic = []string{"error.", "hint.", "flag.reason.", "flag.kind.", "rfm.segment.", "contact.kind.", "contact.direction.", "contact.sentiment.", "move.direction.", "audit.field.", "rule.about.", "move-reason.", "phase.label.", "detail."}

// pluralForms are the keys of a message that counts.
var pluralForms = []string{"zero", "one", "two", "few", "many", "other"}

// catalogMessages reads the English catalog: each id with whether it
// counts.
func catalogMessages(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("catalog/*.en.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no English catalog: %v", err)
	}
	msgs := map[string]bool{}
	for _, f := range files {
		var raw map[string]any
		if _, err := toml.DecodeFile(f, &raw); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		flatten(t, f, "", raw, msgs)
	}
	return msgs
}

func flatten(t *testing.T, file, prefix string, table map[string]any, msgs map[string]bool) {
	if _, counts := table["other"]; counts {
		if _, ok := msgs[prefix]; ok {
			t.Errorf("%s: %s is in the catalog twice", file, prefix)
		}
		msgs[prefix] = true
		return
	}
	for k, v := range table {
		id := strings.TrimPrefix(prefix+"."+k, ".")
		switch v := v.(type) {
		case map[string]any:
			flatten(t, file, id, v, msgs)
		case string:
			if _, ok := msgs[id]; ok {
				t.Errorf("%s: %s is in the catalog twice", file, id)
			}
			msgs[id] = false
		default:
			t.Errorf("%s: %s is neither a message nor a table", file, id)
		}
	}
}

// said finds every id the code says, by the function that says it;
// saidHere finds those this package says itself, without its name.
var (
	said     = regexp.MustCompile(`words\.(T|N)\(\s*"([^"]+)"`)
	saidHere = regexp.MustCompile(`(?:^|[^\w.])(T|N)\(\s*"([^"]+)"\s*[,)]`)
	// aboutTag is a field's description named in its struct tag, which the
	// MCP server says (ui/mcp describes a tool's inputs by it).
	aboutTag = regexp.MustCompile("(about):\"([^\"]+)\"")
)

func idsInCode(t *testing.T) map[string]string {
	t.Helper()
	ids := map[string]string{}
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && path != root) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		found := said
		if filepath.Dir(path) == filepath.Join(root, "ui", "words") && !strings.HasSuffix(path, "_test.go") {
			found = saidHere
		}
		for _, m := range append(found.FindAllStringSubmatch(string(src), -1), aboutTag.FindAllStringSubmatch(string(src), -1)...) {
			ids[m[2]] = m[1] + " in " + path
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestEveryMessageSaidIsInTheCatalog(t *testing.T) {
	msgs := catalogMessages(t)
	for id, where := range idsInCode(t) {
		counts, ok := msgs[id]
		switch {
		case !ok:
			t.Errorf("%s says %s, which the catalog lacks", where, id)
		case counts && where[0] == 'T':
			t.Errorf("%s says %s with T, but it counts: say it with N", where, id)
		case !counts && where[0] == 'N':
			t.Errorf("%s says %s with N, but it has no plural forms", where, id)
		}
	}
}

// TestTheProgramReadsTheCatalogAsWritten reads the catalog with another
// TOML reader than the program's and checks that the program knows each
// message, as counting or not, and none besides.
func TestTheProgramReadsTheCatalogAsWritten(t *testing.T) {
	msgs := catalogMessages(t)
	for id, counting := range msgs {
		found := catalogMessage("en", id) != nil || catalogMessage("de", id) != nil
		if read := counts(id); !found || read != counting {
			t.Errorf("the program reads %s: %v, counting %v; the catalog has it counting %v", id, found, read, counting)
		}
	}
	for _, id := range append(catalogIDs("en"), catalogIDs("de")...) {
		if _, ok := msgs[id]; !ok {
			t.Errorf("the program reads %s, which the catalog lacks", id)
		}
	}
}

func TestEveryMessageInTheCatalogIsSaid(t *testing.T) {
	ids := idsInCode(t)
	var unsaid []string
	for id := range catalogMessages(t) {
		_, ok := ids[id]
		if !ok && !slices.ContainsFunc(dynamic, func(p string) bool { return strings.HasPrefix(id, p) }) {
			unsaid = append(unsaid, id)
		}
	}
	sort.Strings(unsaid)
	for _, id := range unsaid {
		t.Errorf("the catalog holds %s, which nothing says", id)
	}
}

func TestCountingMessagesHaveTheFormsOfEnglish(t *testing.T) {
	for _, f := range must(filepath.Glob("catalog/*.en.toml")) {
		var raw map[string]any
		if _, err := toml.DecodeFile(f, &raw); err != nil {
			t.Fatal(err)
		}
		checkForms(t, f, "", raw)
	}
}

func checkForms(t *testing.T, file, prefix string, table map[string]any) {
	if _, counts := table["other"]; counts {
		for k := range table {
			if !slices.Contains(pluralForms, k) && k != "description" {
				t.Errorf("%s: %s counts but has a key %q", file, prefix, k)
			}
		}
		if _, ok := table["one"]; !ok {
			t.Errorf("%s: %s counts but has no form for one", file, prefix)
		}
		return
	}
	for k, v := range table {
		if sub, ok := v.(map[string]any); ok {
			checkForms(t, file, strings.TrimPrefix(prefix+"."+k, "."), sub)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
