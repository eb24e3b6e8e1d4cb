package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The German of --lang's own description (capitalized in the help,
// so without its first letter) shows which language a
// command's help was said in while the German catalog is being written.
const (
	germanLangHelp  = "ie Sprache von tend"
	englishLangHelp = "he language tend speaks"
)

// helpLanguage is the language tend's help was said in under env and
// args: "de", "en", or what it printed when neither.
func helpLanguage(t *testing.T, env []string, args ...string) string {
	t.Helper()
	out, errOut, code := runBinary(t, env, append(args, "--help")...)
	switch {
	case code != 0:
		return "exit " + errOut
	case strings.Contains(out, germanLangHelp):
		return "de"
	case strings.Contains(out, englishLangHelp):
		return "en"
	}
	return out
}

func TestTheLanguageFollowsTheFlagThenTheEnvironmentThenTheLocale(t *testing.T) {
	cases := []struct {
		env  []string
		args []string
		want string
	}{
		{nil, nil, "en"},
		{[]string{"LANG=de_DE.UTF-8"}, nil, "de"},
		{[]string{"LANG=de_AT"}, []string{"list"}, "de"},
		{[]string{"LANG=fr_FR.UTF-8"}, nil, "en"},
		{[]string{"LC_ALL=C", "LANG=de_DE.UTF-8"}, nil, "en"},
		{[]string{"LC_MESSAGES=de_CH.UTF-8", "LANG=en_US.UTF-8"}, nil, "de"},
		{[]string{"TEND_LANG=en", "LANG=de_DE.UTF-8"}, nil, "en"},
		{[]string{"TEND_LANG=de"}, nil, "de"},
		{[]string{"TEND_LANG=de"}, []string{"--lang", "en"}, "en"},
		{nil, []string{"show", "--lang=de"}, "de"},
	}
	for _, c := range cases {
		if got := helpLanguage(t, c.env, c.args...); got != c.want {
			t.Errorf("%v tend %v --help: %s, want %s", c.env, c.args, got, c.want)
		}
	}
}

func TestTheSettingsFileChoosesTheLanguageOverTheLocale(t *testing.T) {
	config := t.TempDir()
	env := []string{"XDG_CONFIG_HOME=" + config, "LANG=en_US.UTF-8"}
	if out, errOut, code := runBinary(t, env, "settings", "lang", "de"); code != 0 || !strings.Contains(out, "lang = de") {
		t.Fatalf("settings lang de: %q %q exit %d", out, errOut, code)
	}
	if got := helpLanguage(t, env); got != "de" {
		t.Errorf("with lang = de in the settings file, help is %s", got)
	}
	if got := helpLanguage(t, append(env, "TEND_LANG=en")); got != "en" {
		t.Errorf("TEND_LANG=en over the file: %s", got)
	}
	runBinary(t, env, "settings", "lang", "--reset")
	if got := helpLanguage(t, []string{"XDG_CONFIG_HOME=" + config, "LANG=de_DE.UTF-8"}); got != "de" {
		t.Errorf("after a reset the locale chooses: %s", got)
	}
	if got := helpLanguage(t, env); got != "en" {
		t.Errorf("after a reset, help is %s", got)
	}
}

func TestABadLanguageIsRefusedNamingWhereItWas(t *testing.T) {
	for _, c := range []struct {
		env   []string
		args  []string
		where string
	}{
		{nil, []string{"--lang", "fr", "list"}, "--lang"},
		{[]string{"TEND_LANG=klingon"}, []string{"list"}, "TEND_LANG"},
	} {
		_, errOut, code := runBinary(t, c.env, c.args...)
		if code != 1 || !strings.HasPrefix(errOut, "tend: "+c.where+": tend speaks de, en, not ") {
			t.Errorf("%v tend %v: exit %d, %q", c.env, c.args, code, errOut)
		}
	}
}

// A language the file has that tend does not speak is said, where and on
// which line, and the locale chooses; tend settings can still mend it.
func TestABadLanguageInTheSettingsFileIsSaidAndMended(t *testing.T) {
	config := t.TempDir()
	file := filepath.Join(config, "tend", "settings.toml")
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte("lang = \"fr\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"XDG_CONFIG_HOME=" + config, "LANG=de_DE.UTF-8"}
	out, errOut, code := runBinary(t, env, "--help")
	if code != 0 || !strings.Contains(out, germanLangHelp) ||
		!strings.Contains(errOut, file+", Zeile 1:") || !strings.Contains(errOut, `"fr"`) {
		t.Errorf("help with lang = fr in the file: exit %d, stderr %q", code, errOut)
	}
	if _, errOut, code := runBinary(t, env, "settings", "lang", "en"); code == 0 {
		t.Errorf("a damaged file was written over: %q", errOut)
	}
	os.WriteFile(file, []byte("lang = \"en\"\n"), 0o600)
	if out, errOut, code := runBinary(t, env, "settings", "lang"); code != 0 || !strings.HasPrefix(out, "lang = en\n") || errOut != "" {
		t.Errorf("settings lang: %q %q exit %d", out, errOut, code)
	}
}

// The man page's headings and synopsis, which its writer has in English,
// follow the language; English reads as the writer wrote it.
func TestTheManPageFollowsTheLanguage(t *testing.T) {
	english := []string{".SH NAME\n", ".SH SYNOPSIS\n", ".SH DESCRIPTION\n", ".SH OPTIONS\n", ".SH COMMANDS\n",
		`\fBOPTIONS\fP`, `[\fIoptions\&.\&.\&.\fP] [\fIargument\&.\&.\&.\fP]`}
	german := []string{".SH NAME\n", ".SH ÜBERSICHT\n", ".SH BESCHREIBUNG\n", ".SH OPTIONEN\n", ".SH BEFEHLE\n",
		`\fBOPTIONEN\fP`, `[\fIOptionen\&.\&.\&.\fP] [\fIArgument\&.\&.\&.\fP]`}
	for lang, want := range map[string][]string{"en": english, "de": german} {
		out, errOut, code := runBinary(t, []string{"TEND_LANG=" + lang}, "man")
		if code != 0 {
			t.Fatalf("man in %s: %s", lang, errOut)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("the man page in %s lacks %q", lang, w)
			}
		}
	}
}
