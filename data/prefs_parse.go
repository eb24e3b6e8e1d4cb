package data

import (
	"errors"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"tend/lifecycle"
)

// parsePrefs reads the settings file's text: the keys it sets, and the
// first thing wrong with it. A key that is unknown or has a bad value is
// left out and the others kept; a file that is not TOML gives none.
func parsePrefs(path string, body []byte) (map[string]string, error) {
	values := map[string]string{}
	var raw map[string]any
	if _, err := toml.Decode(string(body), &raw); err != nil {
		line, detail := 0, err.Error()
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, detail = pe.Position.Line, pe.Message
		}
		return values, lifecycle.Problemf(CodePrefsDamaged, lifecycle.Values{"Path": path, "Line": line, "Detail": detail},
			"%s, line %d: %s", path, line, detail)
	}
	flat := map[string]any{}
	flatten("", raw, flat)
	keys := make([]string, 0, len(flat))
	for k := range flat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var first error
	for _, k := range keys {
		err := prefValue(path, string(body), k, flat[k], values)
		if first == nil {
			first = err
		}
	}
	return values, first
}

// prefValue checks one key of the file and its value, and takes it into
// values when it is sound.
func prefValue(path, body, key string, v any, values map[string]string) error {
	line := lineOfKey(body, key)
	s, ok := v.(string)
	if !ok {
		if _, known := prefKey(key); known {
			return lifecycle.Problemf(CodePrefsNotString, lifecycle.Values{"Path": path, "Line": line, "Key": key},
				"%s, line %d: %s takes a word in quotes", path, line, key)
		}
	}
	if err := checkPref(path, line, key, s); err != nil {
		return err
	}
	values[key] = s
	return nil
}

// flatten names each value of nested tables by its dotted key.
func flatten(prefix string, table map[string]any, into map[string]any) {
	for k, v := range table {
		if sub, ok := v.(map[string]any); ok {
			flatten(prefix+k+".", sub, into)
			continue
		}
		into[prefix+k] = v
	}
}

// lineOfKey finds the line of the file that sets a dotted key, under its
// table's header or whole; 0 when it cannot tell.
func lineOfKey(body, key string) int {
	table := ""
	for i, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			table = strings.Trim(line, "[] \t")
			continue
		}
		name, _, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		name = strings.ReplaceAll(strings.ReplaceAll(name, `"`, ""), " ", "")
		if name == key || table+"."+name == key {
			return i + 1
		}
	}
	return 0
}
