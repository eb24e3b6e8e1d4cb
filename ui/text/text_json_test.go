package text

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestJSONForATerminalEscapesC1AndBidiControls(t *testing.T) {
	stored := "\u009b31mC1\u009d0;t\u009c \u202eevil\u202c \u2067isolate\u2069 \u200f\u200e\u061c \u0085 Müller 山田 \u00a0"
	raw, err := json.Marshal(map[string]string{"name": stored})
	if err != nil {
		t.Fatal(err)
	}
	escaped := EscapeJSONControls(string(raw))
	for _, r := range escaped {
		if (r >= 0x80 && r <= 0x9f) || IsBidiControl(r) {
			t.Errorf("%U left in %q", r, escaped)
		}
	}
	if !strings.Contains(escaped, `\u009b31mC1\u009d0;t\u009c \u202eevil\u202c \u2067isolate\u2069`) ||
		!strings.Contains(escaped, "Müller 山田 \u00a0") {
		t.Errorf("escaped = %s", escaped)
	}
	var back map[string]string
	if err := json.Unmarshal([]byte(escaped), &back); err != nil || back["name"] != stored {
		t.Errorf("reads back as %q, %v", back["name"], err)
	}
	if plain := `{"name": "Ada"}`; EscapeJSONControls(plain) != plain {
		t.Errorf("plain JSON changed: %s", EscapeJSONControls(plain))
	}
}

// FuzzEscapeJSONControls checks that escaped JSON reads back as the JSON
// did, and holds no C1 or bidirectional control.
func FuzzEscapeJSONControls(f *testing.F) {
	for _, s := range []string{"\u009b31mC1 CSI\u009d0;t\u009c", "\u202eevil\u202c \u2067isolate\u2069", "\x1b[2J\xff", "Müller 山田 🎉"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		raw, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		escaped := EscapeJSONControls(string(raw))
		var want, got string
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(escaped), &got); err != nil || got != want {
			t.Fatalf("%s escaped as %s reads back as %q, %v", raw, escaped, got, err)
		}
		if strings.IndexFunc(escaped, func(r rune) bool { return (r >= 0x80 && r <= 0x9f) || IsBidiControl(r) }) >= 0 {
			t.Fatalf("%s escaped as %s still holds a control", raw, escaped)
		}
	})
}
