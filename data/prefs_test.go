package data

import (
	"os"
	"path/filepath"
	"testing"
)

// prefsAt is a settings file's path in a folder of its own.
func prefsAt(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "tend", "settings.toml")
}

func TestMissingPrefsFileGivesTheDefaults(t *testing.T) {
	p, err := LoadPrefs(prefsAt(t))
	if err != nil {
		t.Fatal(err)
	}
	if p.BoardSort() != OrderUrgency || p.BoardCompact() != CompactAuto || p.IsSet(PrefBoardSort) {
		t.Errorf("a missing file gives sort %q, compact %q", p.BoardSort(), p.BoardCompact())
	}
}

func TestPrefsAreWrittenAndReadBack(t *testing.T) {
	path := prefsAt(t)
	p, _ := LoadPrefs(path)
	if err := p.Set(PrefBoardSort, " name "); err != nil {
		t.Fatal(err)
	}
	if err := p.Set(PrefBoardCompact, "on"); err != nil {
		t.Fatal(err)
	}
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the file: %v, mode %v", err, info.Mode().Perm())
	}
	again, err := LoadPrefs(path)
	if err != nil || again.BoardSort() != OrderName || again.BoardCompact() != CompactOn {
		t.Errorf("read back: sort %q, compact %q, %v", again.BoardSort(), again.BoardCompact(), err)
	}
	if err := again.Reset(PrefBoardCompact); err != nil {
		t.Fatal(err)
	}
	again.Save()
	if last, _ := LoadPrefs(path); last.IsSet(PrefBoardCompact) || last.BoardSort() != OrderName {
		t.Error("a reset key is still set, or the other key went with it")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files, want the settings alone (no file left from a write)", len(entries))
	}
}

// TestAWriteReplacesTheFileWhole checks that a write goes through a new
// file renamed over the old one: a reader that opened the old file keeps
// reading it whole.
func TestAWriteReplacesTheFileWhole(t *testing.T) {
	path := prefsAt(t)
	p, _ := LoadPrefs(path)
	p.Set(PrefBoardSort, "value")
	p.Save()
	old, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	p.Set(PrefBoardSort, "last-contact")
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	body, _ := os.ReadFile(old.Name())
	held := make([]byte, 100)
	n, _ := old.Read(held)
	if string(held[:n]) == string(body) {
		t.Errorf("the file was written in place: an open reader sees %q", held[:n])
	}
}

func TestDamagedPrefsSayFileAndLineAndAreNotOverwritten(t *testing.T) {
	cases := []struct {
		body, code string
		line       int
		sort       Order
	}{
		{"[board]\nsort = \"value\n", CodePrefsDamaged, 2, OrderUrgency},
		{"[board]\nsort = \"value\"\ncolour = \"blue\"\n", CodePrefsUnknown, 3, OrderValue},
		{"[board]\nsort = \"size\"\n", CodePrefsBadValue, 2, OrderUrgency},
		{"board.sort = 3\n", CodePrefsNotString, 1, OrderUrgency},
		{"[board]\ncompact = \"on\"\nsrot = \"name\"\n", CodePrefsUnknown, 3, OrderUrgency},
	}
	for _, c := range cases {
		path := prefsAt(t)
		os.MkdirAll(filepath.Dir(path), 0o700)
		os.WriteFile(path, []byte(c.body), 0o600)
		p, err := LoadPrefs(path)
		got := codedAs(t, err, c.code)
		if got.Values()["Path"] != path || got.Values()["Line"] != c.line {
			t.Errorf("%q: the error names %v, line %v; want %s, line %d", c.body, got.Values()["Path"], got.Values()["Line"], path, c.line)
		}
		if p.BoardSort() != c.sort {
			t.Errorf("%q: sort %q, want %q", c.body, p.BoardSort(), c.sort)
		}
		p.Set(PrefBoardCompact, "off")
		if err := p.Save(); err == nil {
			t.Errorf("%q: a damaged file was written over", c.body)
		}
		if body, _ := os.ReadFile(path); string(body) != c.body {
			t.Errorf("%q: the damaged file became %q", c.body, body)
		}
	}
	_, err := LoadPrefs(prefsAt(t) + "x")
	if err != nil {
		t.Errorf("a missing file is an error: %v", err)
	}
}

func TestUnknownPrefSuggestsTheNearest(t *testing.T) {
	var p Prefs
	err := p.Set("board.srot", "name")
	if got := codedAs(t, err, CodePrefsUnknown); got.Values()["Like"] != PrefBoardSort {
		t.Errorf("an unknown key suggests %v", got.Values())
	}
	err = p.Set(PrefBoardCompact, "sometimes")
	if got := codedAs(t, err, CodePrefsBadValue); got.Values()["Choices"] != "auto, on, off" {
		t.Errorf("a bad value says %v", got.Values())
	}
}

// TestTwoPeopleKeepTheirOwnPrefs checks that the file is found in each
// person's config folder, so that two people on one book keep their own.
func TestTwoPeopleKeepTheirOwnPrefs(t *testing.T) {
	anke, ben := t.TempDir(), t.TempDir()
	set := func(home, order string) string {
		t.Setenv("XDG_CONFIG_HOME", home)
		path, err := PrefsPath()
		if err != nil {
			t.Fatal(err)
		}
		p, _ := LoadPrefs(path)
		p.Set(PrefBoardSort, order)
		if err := p.Save(); err != nil {
			t.Fatal(err)
		}
		return path
	}
	ankes, bens := set(anke, "name"), set(ben, "value")
	if ankes != filepath.Join(anke, "tend", "settings.toml") || ankes == bens {
		t.Errorf("the files are %s and %s", ankes, bens)
	}
	if a, _ := LoadPrefs(ankes); a.BoardSort() != OrderName {
		t.Errorf("Anke's order became %q", a.BoardSort())
	}
	t.Setenv("XDG_CONFIG_HOME", "relative/dir")
	t.Setenv("HOME", anke)
	if path, _ := PrefsPath(); path != filepath.Join(anke, ".config", "tend", "settings.toml") {
		t.Errorf("without an absolute XDG_CONFIG_HOME the file is %s", path)
	}
}

// The language is a key of no group: it is written at the top of the
// file, before the board's table, and read back beside the board's keys.
func TestTheLanguageIsKeptAtTheTopOfTheFile(t *testing.T) {
	path := prefsAt(t)
	p, _ := LoadPrefs(path)
	if p.Lang() != "" {
		t.Fatalf("a missing file chose the language %q", p.Lang())
	}
	for _, kv := range [][2]string{{PrefBoardSort, "name"}, {PrefLang, "de"}} {
		if err := p.Set(kv[0], kv[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	body, _ := os.ReadFile(path)
	if want := "lang = \"de\"\n\n[board]\nsort = \"name\"\n"; string(body) != want {
		t.Errorf("the file reads\n%s\nwant\n%s", body, want)
	}
	again, err := LoadPrefs(path)
	if err != nil || again.Lang() != "de" || again.BoardSort() != OrderName {
		t.Errorf("read back: lang %q, sort %q, %v", again.Lang(), again.BoardSort(), err)
	}
	if err := again.Set(PrefLang, "fr"); err == nil {
		t.Error("fr was taken as a language")
	}
}
