package data

import (
	"maps"
	"testing"
)

// FuzzParsePrefs checks that any text read as a settings file gives an
// error or sound values, never a panic, and that what it keeps writes and
// reads back the same.
func FuzzParsePrefs(f *testing.F) {
	for _, seed := range []string{
		"", "[board]\nsort = \"name\"\ncompact = \"on\"\n", "board.sort = \"value\"", "[board]\nsort = 3",
		"[board\nsort", "sort = \"x\"\n[board]\n\"sort\" = \"urgency\"", "board = { sort = \"name\" }",
		"[[board]]\nsort = \"name\"", "# note\n[board]  # the board\nsort = 'days-in-phase'\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, body string) {
		values, _ := parsePrefs("settings.toml", []byte(body))
		for k, v := range values {
			if err := checkPref("", 0, k, v); err != nil {
				t.Fatalf("kept %s = %q, which is not sound: %v", k, v, err)
			}
		}
		again, err := parsePrefs("settings.toml", encodePrefs(values))
		if err != nil || !maps.Equal(values, again) {
			t.Fatalf("%v written and read back is %v, %v", values, again, err)
		}
	})
}
