package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// demoBookIn makes a demo book of 200 customers with tend speaking lang.
func demoBookIn(t *testing.T, lang string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	if _, stderr, code := runBinary(t, []string{"TEND_LANG=" + lang}, "--db", path, "demo", "--customers", "200"); code != 0 {
		t.Fatalf("tend demo: %s", stderr)
	}
	return path
}

var englishDemo struct {
	once sync.Once
	path string
	err  string
}

// englishDemoBook is a demo book of 200 customers made in English, made
// once for the tests that only read it.
func englishDemoBook(t *testing.T) string {
	t.Helper()
	englishDemo.once.Do(func() {
		dir, err := os.MkdirTemp("", "tend-demo")
		if err != nil {
			englishDemo.err = err.Error()
			return
		}
		englishDemo.path = filepath.Join(dir, "demo.db")
		if _, stderr, code := runBinary(t, nil, "--db", englishDemo.path, "demo", "--customers", "200"); code != 0 {
			englishDemo.err = stderr
		}
	})
	if englishDemo.err != "" {
		t.Fatalf("tend demo: %s", englishDemo.err)
	}
	return englishDemo.path
}

// tendIn runs a command that has to succeed with tend speaking lang.
func tendIn(t *testing.T, lang string, args ...string) string {
	t.Helper()
	out, stderr, code := runBinary(t, []string{"TEND_LANG=" + lang}, args...)
	if code != 0 {
		t.Fatalf("TEND_LANG=%s tend %v: %s", lang, args, stderr)
	}
	return out
}

func TestTheTextOutputNamesThePresetsPhasesInTheReadersLanguage(t *testing.T) {
	book := englishDemoBook(t)
	for _, args := range [][]string{{"list"}, {"phases"}, {"risk"}, {"insights"}, {"show", "1"}} {
		de := tendIn(t, "de", append([]string{"--db", book}, args...)...)
		en := tendIn(t, "en", append([]string{"--db", book}, args...)...)
		if args[0] == "phases" && !(strings.Contains(de, "Bewusstsein") && strings.Contains(de, "Rückgewinnung")) {
			t.Errorf("tend phases in German:\n%s", de)
		}
		for _, english := range []string{"Awareness", "Acquisition", "Retention", "Loyalty", "Win-back"} {
			if strings.Contains(de, english) {
				t.Errorf("tend %v in German says %q:\n%s", args, english, de)
			}
		}
		if !strings.Contains(en, "Retention") && !strings.Contains(en, "Awareness") && args[0] != "show" {
			t.Errorf("tend %v in English names no phase:\n%s", args, en)
		}
	}
}

func TestMachineOutputIsTheSameInEveryLanguage(t *testing.T) {
	book := englishDemoBook(t)
	for _, args := range [][]string{
		{"risk", "--json"}, {"list", "--json"}, {"list", "--csv"}, {"show", "1", "--json"},
		{"insights", "--json", "--as-of", time.Now().Format(time.DateOnly)}, {"export", "customers", "--format", "json"},
	} {
		en := tendIn(t, "en", append([]string{"--db", book}, args...)...)
		de := tendIn(t, "de", append([]string{"--db", book}, args...)...)
		if en != de {
			t.Errorf("tend %v differs between English and German:\n%s", args, firstDifference(en, de))
		}
	}
}

// firstDifference shows where two outputs part.
func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  en " + al[i] + "\n  de " + bl[i]
		}
	}
	return "one ends early"
}

func TestADemoMadeInGermanIsWrittenInGerman(t *testing.T) {
	for lang, want := range map[string][2]string{"de": {"Rechnung ", "Invoice "}, "en": {"Invoice ", "Rechnung "}} {
		book := englishDemoBook(t)
		if lang == "de" {
			book = demoBookIn(t, lang)
		}
		var shown strings.Builder
		for _, id := range []string{"1", "2", "3", "4", "5"} {
			shown.WriteString(tendIn(t, "en", "--db", book, "show", id, "--json"))
		}
		if !strings.Contains(shown.String(), want[0]) || strings.Contains(shown.String(), want[1]) {
			t.Errorf("a demo made with TEND_LANG=%s notes its purchases otherwise than %q:\n%s", lang, want[0], shown.String())
		}
	}
}
