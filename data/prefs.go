package data

import (
	"bytes"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"tend/lifecycle"
)

// Prefs are one person's own settings: how they like the board, kept in a
// small file in their config folder rather than in the book, so that two
// people on one book each keep their own.
type Prefs struct {
	path   string
	values map[string]string // the keys set, by key
	// damage is what was wrong with the file when it was read; a damaged
	// file is not written over, so that nothing in it is lost unseen.
	damage error
}

// PrefKey describes a key of the settings file.
type PrefKey struct {
	Key     string
	Default string
	Choices []string
}

// The keys of the settings file.
const (
	PrefBoardSort    = "board.sort"
	PrefBoardCompact = "board.compact"
	// PrefLang is the language tend speaks to the person, "de" or "en";
	// unset, their locale chooses.
	PrefLang = "lang"
)

// The values of board.compact: compact cards always, never, or when the
// terminal is narrow.
const (
	CompactAuto = "auto"
	CompactOn   = "on"
	CompactOff  = "off"
)

// PrefKeys are the keys of the settings file, in the order they are listed.
func PrefKeys() []PrefKey {
	var orders []string
	for _, o := range Orders() {
		orders = append(orders, string(o))
	}
	return []PrefKey{
		{Key: PrefBoardSort, Default: string(OrderUrgency), Choices: orders},
		{Key: PrefBoardCompact, Default: CompactAuto, Choices: []string{CompactAuto, CompactOn, CompactOff}},
		{Key: PrefLang, Choices: []string{"de", "en"}},
	}
}

// prefKey finds a key's description.
func prefKey(key string) (PrefKey, bool) {
	for _, k := range PrefKeys() {
		if k.Key == key {
			return k, true
		}
	}
	return PrefKey{}, false
}

// IsPrefKey reports whether a key is one of the settings file's.
func IsPrefKey(key string) bool {
	_, ok := prefKey(key)
	return ok
}

// PrefsPath is where the person's settings file lives: tend/settings.toml
// in $XDG_CONFIG_HOME, or in ~/.config when that is not set (the XDG
// rule, on every system, so that the file is where a terminal user looks).
func PrefsPath() (string, error) {
	base := os.Getenv("XDG_CONFIG_HOME")
	if !filepath.IsAbs(base) { // a relative path is to be ignored, says XDG
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return "", lifecycle.Problemf(CodePrefsNoFolder, nil, "no config folder: neither XDG_CONFIG_HOME nor HOME is set")
		}
		base = filepath.Join(home, ".config")
	}
	return filepath.Join(base, "tend", "settings.toml"), nil
}

// LoadPrefs reads the settings file at path. A missing file is no
// settings. A damaged one gives the settings that could be read, the
// defaults for the rest, and an error that names the file and the line;
// the program goes on with them.
func LoadPrefs(path string) (Prefs, error) {
	p := Prefs{path: path, values: map[string]string{}}
	body, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		p.damage = lifecycle.Problemf(CodePrefsRead, lifecycle.Values{"Path": path, "Cause": err}, "read %s: %w", path, err)
		return p, p.damage
	}
	p.values, p.damage = parsePrefs(path, body)
	return p, p.damage
}

// Path is where the settings are kept.
func (p Prefs) Path() string { return p.path }

// Get returns a key's value, or its default when it is not set.
func (p Prefs) Get(key string) string {
	if v, ok := p.values[key]; ok {
		return v
	}
	k, _ := prefKey(key)
	return k.Default
}

// IsSet reports whether the file sets the key.
func (p Prefs) IsSet(key string) bool {
	_, ok := p.values[key]
	return ok
}

// BoardSort is the order of the board's cards.
func (p Prefs) BoardSort() Order { return Order(p.Get(PrefBoardSort)) }

// BoardCompact says when the board draws compact cards: CompactAuto,
// CompactOn or CompactOff.
func (p Prefs) BoardCompact() string { return p.Get(PrefBoardCompact) }

// Lang is the language the person chose, "de" or "en"; "" when they
// chose none.
func (p Prefs) Lang() string { return p.Get(PrefLang) }

// Set checks a value and sets the key, in memory; Save keeps it.
func (p *Prefs) Set(key, value string) error {
	value = strings.TrimSpace(value)
	if err := checkPref(p.path, 0, key, value); err != nil {
		return err
	}
	p.values = maps.Clone(p.values)
	if p.values == nil {
		p.values = map[string]string{}
	}
	p.values[key] = value
	return nil
}

// Reset unsets a key, so that its default applies; Save keeps it.
func (p *Prefs) Reset(key string) error {
	if err := checkPref(p.path, 0, key, ""); err != nil && !isBadValue(err) {
		return err
	}
	p.values = maps.Clone(p.values)
	delete(p.values, key)
	return nil
}

// checkPref checks a key and its value; line is where the file has them,
// 0 for a value typed.
func checkPref(path string, line int, key, value string) error {
	k, ok := prefKey(key)
	if !ok {
		keys := make([]string, 0, len(PrefKeys()))
		for _, k := range PrefKeys() {
			keys = append(keys, k.Key)
		}
		like, _ := lifecycle.Nearest(key, keys)
		return lifecycle.Problemf(CodePrefsUnknown, lifecycle.Values{"Path": path, "Line": line, "Key": key, "Like": like},
			"%s, line %d: unknown setting %q", path, line, key)
	}
	if !slices.Contains(k.Choices, value) {
		choices := strings.Join(k.Choices, ", ")
		return lifecycle.Problemf(CodePrefsBadValue,
			lifecycle.Values{"Path": path, "Line": line, "Key": key, "Value": value, "Choices": choices},
			"%s: %q is not one of %s", key, value, choices)
	}
	return nil
}

// isBadValue reports whether err is about a value rather than a key.
func isBadValue(err error) bool {
	var c lifecycle.Coded
	return errors.As(err, &c) && c.Code() == CodePrefsBadValue
}

// Save writes the settings whole: a new file, flushed to the disk, then
// renamed over the old one, so that a crash leaves one or the other. A
// file that was damaged when read is left for the person to mend.
func (p Prefs) Save() error {
	if p.damage != nil {
		return p.damage
	}
	if p.path == "" {
		return lifecycle.Problemf(CodePrefsNoFolder, nil, "no config folder: neither XDG_CONFIG_HOME nor HOME is set")
	}
	if err := writeFileWhole(p.path, encodePrefs(p.values)); err != nil {
		return lifecycle.Problemf(CodePrefsWrite, lifecycle.Values{"Path": p.path, "Cause": err}, "write %s: %w", p.path, err)
	}
	return nil
}

// encodePrefs writes the keys set as TOML, a key of no group (lang) at
// the top, then one table per group of keys ([board]), the keys in order.
func encodePrefs(values map[string]string) []byte {
	tables := map[string]any{}
	for k, v := range values {
		table, name, grouped := strings.Cut(k, ".")
		if !grouped {
			tables[k] = v
			continue
		}
		if tables[table] == nil {
			tables[table] = map[string]string{}
		}
		tables[table].(map[string]string)[name] = v
	}
	var b bytes.Buffer
	enc := toml.NewEncoder(&b)
	enc.Indent = ""
	if err := enc.Encode(tables); err != nil {
		panic(err) // a map of strings always encodes
	}
	return b.Bytes()
}

// writeFileWhole replaces a file by a new one with body, readable by its
// owner only, through a file beside it that is flushed to the disk and
// renamed over it; the folder is made if need be.
func writeFileWhole(path string, body []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	_, err = f.Write(body)
	err = errors.Join(err, f.Sync(), f.Close())
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // the rename lasts once the folder is on the disk; not every system can say so
		d.Close()
	}
	return nil
}
