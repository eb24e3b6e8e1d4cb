package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ownSettings gives the test a config folder of its own and returns where
// the settings file goes in it.
func ownSettings(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	return filepath.Join(dir, "tend", "settings.toml")
}

func TestSettingsShowBothKindsAndWhereEachIsKept(t *testing.T) {
	file := ownSettings(t)
	db := riskBook(t)
	out := mustTend(t, db, "settings")
	book := strings.Index(out, "Book settings, kept in the book "+db)
	own := strings.Index(out, "Your own settings, kept in "+file)
	stalled, sort := strings.Index(out, "flags.stalled-days = "), strings.Index(out, "board.sort = urgency (default)\n")
	if book < 0 || own < 0 || !(book < stalled && stalled < own && own < sort) {
		t.Errorf("settings does not list the book's then the person's, each under its heading:\n%s", out)
	}
	if !strings.Contains(out, "board.compact = auto (default)") {
		t.Errorf("settings lacks board.compact:\n%s", out)
	}
}

func TestSettingsKeepAPersonalKeyInTheFileNotTheBook(t *testing.T) {
	file := ownSettings(t)
	db := riskBook(t)
	if out := mustTend(t, db, "settings", "board.sort", "value"); !strings.Contains(out, "board.sort = value (your own, in "+file+")") {
		t.Errorf("setting board.sort says %q", out)
	}
	if body, err := os.ReadFile(file); err != nil || !strings.Contains(string(body), `sort = "value"`) {
		t.Errorf("the file holds %q, %v", body, err)
	}
	b := openTestBook(t, db)
	settings, _ := b.Settings(t.Context())
	b.Close()
	if _, inBook := settings["board.sort"]; inBook {
		t.Error("a personal setting went into the book")
	}
	if out := mustTend(t, db, "settings", "board.sort"); !strings.HasPrefix(out, "board.sort = value\n") || !strings.Contains(out, "one of urgency, value") {
		t.Errorf("settings board.sort = %q", out)
	}
	ownSettings(t) // another person, on the same book
	if out := mustTend(t, db, "settings", "board.sort"); !strings.HasPrefix(out, "board.sort = urgency (default)") {
		t.Errorf("another person sees %q", out)
	}
	mustTend(t, db, "settings", "board.sort", "name")
	mustTend(t, db, "settings", "board.sort", "--reset")
	if out := mustTend(t, db, "settings", "board.sort"); !strings.HasPrefix(out, "board.sort = urgency (default)") {
		t.Errorf("after a reset: %q", out)
	}
}

func TestSettingsRefuseAPersonalValueOrKeyMistyped(t *testing.T) {
	file := ownSettings(t)
	db := riskBook(t)
	for args, want := range map[string]string{
		"board.sort size":         `board.sort takes one of urgency, value, last-contact, days-in-phase, name, not "size"`,
		"board.srot name":         "unknown setting board.srot; did you mean board.sort?",
		"flags.stalled-dais 30":   "did you mean flags.stalled-days?",
		"board.compact sometimes": "board.compact takes one of auto, on, off",
		"colour blue":             "unknown setting colour (tend settings lists them)",
	} {
		_, _, err := execTend(t, db, append([]string{"settings"}, strings.Fields(args)...)...)
		if err == nil || !strings.Contains(phrase(err), want) {
			t.Errorf("tend settings %s: %v, want %q", args, err, want)
		}
	}
	if _, err := os.Stat(file); err == nil {
		t.Error("a refused setting wrote the file")
	}
}

func TestSettingsSayWhatIsWrongWithADamagedFile(t *testing.T) {
	file := ownSettings(t)
	db := riskBook(t)
	os.MkdirAll(filepath.Dir(file), 0o700)
	os.WriteFile(file, []byte("[board]\nsort = \"name\"\ncompact = maybe\n"), 0o600)
	out := mustTend(t, db, "settings")
	if !strings.Contains(out, file+", line 3") || !strings.Contains(out, "board.sort = urgency (default)") {
		t.Errorf("settings over a damaged file:\n%s", out)
	}
	_, _, err := execTend(t, db, "settings", "board.sort", "value")
	if err == nil || !strings.Contains(phrase(err), file+", line 3") {
		t.Errorf("a change over a damaged file: %v", err)
	}
	if body, _ := os.ReadFile(file); !strings.Contains(string(body), "maybe") {
		t.Error("the damaged file was written over")
	}
}

func TestListSortsByEachOrder(t *testing.T) {
	db := tempBook(t)
	for _, c := range [][]string{{"Birgit", "500"}, {"Zoë", "900"}, {"Ångström", "100"}, {"bärbel", "700"}} {
		mustTend(t, db, "add", c[0], "--value", c[1])
	}
	firstColumn := func(out string) string {
		var names []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
			names = append(names, strings.Fields(line)[1])
		}
		return strings.Join(names, " ")
	}
	if got := firstColumn(mustTend(t, db, "list")); got != "Ångström bärbel Birgit Zoë" {
		t.Errorf("tend list = %s, want names in German order", got)
	}
	if got := firstColumn(mustTend(t, db, "list", "--sort", "value")); got != "Zoë bärbel Birgit Ångström" {
		t.Errorf("tend list --sort value = %s", got)
	}
	for _, o := range []string{"urgency", "last-contact", "days-in-phase", "name"} {
		mustTend(t, db, "list", "--sort", o)
	}
	_, _, err := execTend(t, db, "list", "--sort", "size")
	if err == nil || !strings.Contains(phrase(err), "--sort: unknown order \"size\" (choose urgency, value, last-contact, days-in-phase, name)") {
		t.Errorf("an unknown order: %v", err)
	}
}

func TestSettingsKeepAPersonalKeyWithoutABook(t *testing.T) {
	file := ownSettings(t)
	db := filepath.Join(t.TempDir(), "missing.db")
	mustTend(t, db, "settings", "board.sort", "days-in-phase")
	if out := mustTend(t, db, "settings", "board.sort"); !strings.HasPrefix(out, "board.sort = days-in-phase\n") {
		t.Errorf("settings board.sort without a book = %q", out)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a personal setting made a book")
	}
	if _, err := os.Stat(file); err != nil {
		t.Errorf("the settings file: %v", err)
	}
}
