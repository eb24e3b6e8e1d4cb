package ui

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
		if (r >= 0x80 && r <= 0x9f) || isBidiControl(r) {
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
