package cli

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// What a person reads has the days and amounts of their language: a
// customer shown in German has 01.03.2024 and 1.234,56, in English
// 2024-03-01 and 1,234.56.
func TestShowWritesDaysAndAmountsAsTheLanguageDoes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "book.db")
	env := []string{"TEND_DB=" + db}
	for _, args := range [][]string{{"add", "Ada"}, {"buy", "Ada", "1234.56", "--at", "2024-03-01"}} {
		if _, errOut, code := runBinary(t, env, args...); code != 0 {
			t.Fatalf("tend %v: %s", args, errOut)
		}
	}
	cases := []struct {
		lang       string
		day, money *regexp.Regexp
	}{
		{"en", regexp.MustCompile(`2024-03-01 \d\d:\d\d`), regexp.MustCompile(`1,234\.56`)},
		{"de", regexp.MustCompile(`01\.03\.2024 \d\d:\d\d`), regexp.MustCompile(`1\.234,56`)},
	}
	for _, c := range cases {
		out, errOut, code := runBinary(t, append(env, "TEND_LANG="+c.lang), "show", "Ada")
		if code != 0 || !c.day.MatchString(out) || !c.money.MatchString(out) {
			t.Errorf("show in %s: exit %d, %s\n%s", c.lang, code, errOut, out)
		}
	}
}

// What scripts read is the same in every language: the JSON and CSV of
// every command that writes them, byte for byte, under an English and a
// German locale and choice.
func TestJSONAndCSVAreTheSameInEveryLanguage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if _, errOut, code := runBinary(t, []string{"TEND_DB=" + db}, "demo"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	scripts := [][]string{
		{"list", "--json"}, {"list", "--csv"}, {"list", "--archived", "--json"},
		{"show", "1", "--json"}, {"risk", "--json", "--as-of", "2026-01-15"}, {"agenda", "--json", "--days", "60"},
		{"fit", "--json", "--as-of", "2026-01-15"}, {"search", "a", "--json"},
		{"insights", "--json", "--as-of", "2026-01-15"},
		{"insights", "--csv", "--section", "funnel", "--as-of", "2026-01-15"},
		{"insights", "--csv", "--section", "weekly", "--as-of", "2026-01-15"},
		{"insights", "--csv", "--section", "time_in_phase", "--as-of", "2026-01-15"},
		{"insights", "--csv", "--section", "cohorts", "--as-of", "2026-01-15"},
		{"export", "customers"}, {"export", "purchases", "--format", "json"}, {"export", "history", "--format", "json"},
	}
	languages := [][]string{
		{"LANG=C"}, {"LANG=de_DE.UTF-8"},
	}
	for _, args := range scripts {
		var first string
		for i, env := range languages {
			out, errOut, code := runBinary(t, append([]string{"TEND_DB=" + db}, env...), args...)
			switch {
			case code != 0 && strings.Contains(errOut, "unknown flag"):
				t.Fatalf("tend %v: %s", args, errOut)
			case code != 0:
				t.Fatalf("tend %v under %v: exit %d, %s", args, env, code, errOut)
			case i == 0:
				first = out
			case out != first:
				t.Errorf("tend %s writes differently under %v:\n%s\nthan in English:\n%s", strings.Join(args, " "), env, firstDiff(out, first), firstDiff(first, out))
			}
		}
	}
}

// firstDiff is a's text around where it first differs from b.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return a[max(0, i-80):min(len(a), i+80)]
}
