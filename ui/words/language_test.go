package words

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestTendLangChoosesGerman(t *testing.T) {
	t.Setenv("TEND_LANG", "de")
	if got := chosenLanguage(); got != language.German {
		t.Fatalf("TEND_LANG=de chose %v", got)
	}
	t.Setenv("TEND_LANG", "")
	if got := chosenLanguage(); got != language.English {
		t.Fatalf("no TEND_LANG chose %v", got)
	}
}

func TestLanguageIsTheSpeakersCode(t *testing.T) {
	if got := Language(); got != "en" {
		t.Fatalf("Language() = %q, want en", got)
	}
	restore := Use(German)
	if got := Language(); got != "de" {
		t.Errorf("after Use(de), Language() = %q", got)
	}
	restore()
	if got := Language(); got != "en" {
		t.Errorf("after restore, Language() = %q", got)
	}
}

// locale is an environment of the locale's variables alone.
func locale(vars map[string]string) func(string) string {
	return func(name string) string { return vars[name] }
}

func TestTheLanguageIsChosenInItsOrder(t *testing.T) {
	german := map[string]string{"LANG": "de_DE.UTF-8"}
	cases := []struct {
		name string
		c    Choice
		want string
	}{
		{"nothing set", Choice{}, English},
		{"LANG de_DE.UTF-8", Choice{Env: locale(german)}, German},
		{"LANG de", Choice{Env: locale(map[string]string{"LANG": "de"})}, German},
		{"LANG de_AT", Choice{Env: locale(map[string]string{"LANG": "de_AT"})}, German},
		{"LANG de_CH.UTF-8@euro", Choice{Env: locale(map[string]string{"LANG": "de_CH.UTF-8@euro"})}, German},
		{"LANG fr_FR", Choice{Env: locale(map[string]string{"LANG": "fr_FR.UTF-8"})}, English},
		{"LANG C", Choice{Env: locale(map[string]string{"LANG": "C"})}, English},
		{"LC_MESSAGES over LANG", Choice{Env: locale(map[string]string{"LC_MESSAGES": "de_DE", "LANG": "en_US"})}, German},
		{"LC_ALL over LC_MESSAGES", Choice{Env: locale(map[string]string{"LC_ALL": "POSIX", "LC_MESSAGES": "de_DE"})}, English},
		{"LC_ALL German", Choice{Env: locale(map[string]string{"LC_ALL": "de_DE.UTF-8", "LANG": "C"})}, German},
		{"file over locale", Choice{File: "en", Env: locale(german)}, English},
		{"TEND_LANG over file", Choice{TendLang: "de", File: "en"}, German},
		{"flag over TEND_LANG", Choice{Flag: "en", TendLang: "de", File: "de", Env: locale(german)}, English},
		{"flag in capitals with a country", Choice{Flag: "DE_at"}, German},
	}
	for _, c := range cases {
		got, err := Choose(c.c)
		if err != nil || got != c.want {
			t.Errorf("%s: chose %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

func TestABadLanguageNamesItselfAndWhereItWas(t *testing.T) {
	cases := []struct {
		c           Choice
		want, where string
	}{
		{Choice{Flag: "fr", TendLang: "de"}, German, "--lang"},
		{Choice{TendLang: "klingon", Env: locale(map[string]string{"LANG": "de_DE"})}, German, "TEND_LANG"},
		{Choice{File: "xx", FilePath: "/home/ada/.config/tend/settings.toml"}, English, "/home/ada/.config/tend/settings.toml"},
	}
	for _, c := range cases {
		got, err := Choose(c.c)
		if err == nil || !IsUnknownLanguage(err) || got != c.want {
			t.Errorf("%+v: chose %q, %v; want %q and an error", c.c, got, err, c.want)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, c.where+": ") || !strings.Contains(msg, "de, en") {
			t.Errorf("the error says %q; want where (%s) and the choices", msg, c.where)
		}
	}
}

// While the German catalog lacks a message, a German reader reads it in
// English rather than its id: plain or not, counting or not.
func TestAMessageGermanLacksIsSaidInEnglish(t *testing.T) {
	english := map[string]string{
		"error.prefs.bad-value": T("error.prefs.bad-value", V{"Key": "lang", "Choices": "de, en", "Value": "fr"}),
		"count.customers":       N("count.customers", 2),
	}
	defer Use(German)()
	if got := T("error.prefs.bad-value", V{"Key": "lang", "Choices": "de, en", "Value": "fr"}); strings.HasPrefix(got, "[") {
		t.Errorf("a message German lacks is said as %q, want a text (English: %q)", got, english["error.prefs.bad-value"])
	}
	if got := N("count.customers", 2); strings.HasPrefix(got, "[") {
		t.Errorf("a counting message German lacks is said as %q (English: %q)", got, english["count.customers"])
	}
}

// A test that switches to German before a word was said, and restores,
// leaves English behind it, not the German it switched to.
func TestRestoreBeforeAnyWordLeavesTheLanguageThatWasThere(t *testing.T) {
	before, wantedBefore := current.Load(), wanted.Load()
	current.Store(nil)
	speak = onFirstWord()
	t.Cleanup(func() { current.Store(before); wanted.Store(wantedBefore) })
	Use(German)()
	if got := Language(); got != English {
		t.Errorf("after Use(de) and its restore, before any word, tend speaks %q", got)
	}
}

func TestAChoiceIsDecidedByTheFlagOrTendLangAlone(t *testing.T) {
	for _, c := range []struct {
		choice Choice
		want   bool
	}{
		{Choice{Flag: "de"}, true},
		{Choice{TendLang: "en_GB"}, true},
		{Choice{Flag: "fr"}, false},
		{Choice{File: "de"}, false},
		{Choice{}, false},
	} {
		if got := c.choice.Decided(); got != c.want {
			t.Errorf("%+v: Decided() = %v, want %v", c.choice, got, c.want)
		}
	}
}
