package cli

import (
	"testing"

	"tend/data"
	"tend/ui/words"
)

// TestEveryKindOfCopyHasItsWords says each kind of copy as tend always
// named it, and a kind this build does not know as it is.
func TestEveryKindOfCopyHasItsWords(t *testing.T) {
	for _, k := range []data.CopyKind{data.DailyCopy, data.UpgradeCopy, data.RestoreCopy, "someday"} {
		if got := copyKind(k); got != string(k) {
			t.Errorf("%q reads %q", k, got)
		}
	}
}

// TestEverySeparatorHasItsWords names each separator of an imported file
// as an import always reported it.
func TestEverySeparatorHasItsWords(t *testing.T) {
	for s, want := range map[data.Separator]string{
		data.Comma: "comma", data.Semicolon: "semicolon", data.Tab: "tab", data.Blanks: "blanks (the CDNOW layout)", "pipe": "pipe",
	} {
		if got := separator(s); got != want {
			t.Errorf("%q reads %q, want %q", s, got, want)
		}
	}
	defer words.Use(words.German)()
	for s, want := range map[data.Separator]string{
		data.Comma: "Komma", data.Semicolon: "Semikolon", data.Tab: "Tabulator", data.Blanks: "Leerzeichen (das CDNOW-Format)",
	} {
		if got := separator(s); got != want {
			t.Errorf("in German %q reads %q, want %q", s, got, want)
		}
	}
}
