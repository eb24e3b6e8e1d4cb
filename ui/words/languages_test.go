package words

import (
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// everyAreaInGerman requires a German file beside every English one.
// While the German catalog is being written, an area without its German
// file is left out; once it is whole, this is true.
const everyAreaInGerman = true

// germanForms are the plural forms of German, as CLDR has them.
var germanForms = []string{"one", "other"}

// TestEveryMessageHasAnEnglishAndAGermanText checks each area of the
// catalog that has a German file: every id in both languages and none in
// one only, counting in both or neither, German counting by one and
// other, and the same values named in both.
func TestEveryMessageHasAnEnglishAndAGermanText(t *testing.T) {
	for _, en := range must(filepath.Glob("catalog/*.en.toml")) {
		de := strings.TrimSuffix(en, ".en.toml") + ".de.toml"
		if !fileExists(de) {
			if everyAreaInGerman {
				t.Errorf("%s has no German file %s", en, de)
			}
			continue
		}
		compareLanguages(t, en, de, messageTexts(t, en), messageTexts(t, de))
	}
	for _, de := range must(filepath.Glob("catalog/*.de.toml")) {
		if en := strings.TrimSuffix(de, ".de.toml") + ".en.toml"; !fileExists(en) {
			t.Errorf("%s has no English file %s", de, en)
		}
	}
}

func fileExists(path string) bool {
	files, _ := filepath.Glob(path)
	return len(files) == 1
}

// compareLanguages compares one area's messages in English and German.
func compareLanguages(t *testing.T, en, de string, english, german map[string]map[string]string) {
	t.Helper()
	for _, id := range slices.Sorted(maps.Keys(english)) {
		g, ok := german[id]
		if !ok {
			t.Errorf("%s lacks %s, which %s has", de, id, en)
			continue
		}
		e := english[id]
		_, enCounts := e["one"]
		_, deCounts := g["one"]
		if enCounts != deCounts {
			t.Errorf("%s: %s counts in one language and not the other", de, id)
		}
		if deCounts && !slices.Equal(slices.Sorted(maps.Keys(g)), germanForms) {
			t.Errorf("%s: %s has the forms %v; German counts by one and other", de, id, slices.Sorted(maps.Keys(g)))
		}
		if a, b := valueNames(e), valueNames(g); !slices.Equal(a, b) {
			t.Errorf("%s: %s names the values %v, the English %v", de, id, b, a)
		}
	}
	for id := range german {
		if _, ok := english[id]; !ok {
			t.Errorf("%s has %s, which %s lacks", de, id, en)
		}
	}
}

// action is an action of a template, and valueName a value it reads:
// .Name.
var (
	action    = regexp.MustCompile(`{{[^}]*}}`)
	valueName = regexp.MustCompile(`\.([A-Z]\w*)`)
)

// valueNames are the values the forms of a message read, each once,
// in order; {{.Count}} aside, since a form for one may write "one".
func valueNames(forms map[string]string) []string {
	var names []string
	for _, text := range forms {
		for _, a := range action.FindAllString(text, -1) {
			for _, m := range valueName.FindAllStringSubmatch(a, -1) {
				if m[1] != "Count" && !slices.Contains(names, m[1]) {
					names = append(names, m[1])
				}
			}
		}
	}
	slices.Sort(names)
	return names
}

// messageTexts reads a catalog file: each id with its forms' texts, a
// plain message's under "other".
func messageTexts(t *testing.T, file string) map[string]map[string]string {
	t.Helper()
	var raw map[string]any
	if _, err := toml.DecodeFile(file, &raw); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	msgs := map[string]map[string]string{}
	var walk func(prefix string, table map[string]any)
	walk = func(prefix string, table map[string]any) {
		if _, counts := table["other"]; counts {
			msgs[prefix] = map[string]string{}
			for form, text := range table {
				if form != "description" {
					msgs[prefix][form], _ = text.(string)
				}
			}
			return
		}
		for k, v := range table {
			id := strings.TrimPrefix(prefix+"."+k, ".")
			switch v := v.(type) {
			case map[string]any:
				walk(id, v)
			case string:
				msgs[id] = map[string]string{"other": v}
			}
		}
	}
	walk("", raw)
	return msgs
}
