package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"tend/ui/text"
)

func TestExportToATerminalDropsControlCharacters(t *testing.T) {
	var out strings.Builder
	w := &cleanLines{w: &out, fix: text.Clean}
	for _, part := range []string{"id,name\n1,Ada\x1b[2J", "\x1b]52;c;ZXZpbA==\x07 L.\n2,\u202eBob"} {
		if _, err := w.Write([]byte(part)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.flush(); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "id,name\n1,Ada[2J]52;c;ZXZpbA== L.\n2,Bob\n" {
		t.Errorf("cleaned = %q", got)
	}
}

// hiddenControls is a stored text with C1 controls (the 8-bit CSI among
// them) and bidirectional overrides, which JSON leaves as they are.
const hiddenControls = "\u009b31mC1\u009d0;t\u009c \u202eevil\u202c \u2066iso\u2069 \u200f\u061c"

// noHiddenControls fails on a C1 or bidirectional control in out.
func noHiddenControls(t *testing.T, what, out string) {
	t.Helper()
	for _, r := range out {
		if (r >= 0x80 && r <= 0x9f) || unicode.Is(unicode.Bidi_Control, r) {
			t.Errorf("%s: %U printed raw", what, r)
			return
		}
	}
}

func TestJSONToATerminalEscapesHiddenControls(t *testing.T) {
	raw, err := json.Marshal([]string{hiddenControls, "Müller"})
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	w := &cleanLines{w: &out, fix: text.EscapeJSONControls}
	for i := range raw { // a byte at a time, so that writes split the characters
		if _, err := w.Write(raw[i : i+1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.flush(); err != nil {
		t.Fatal(err)
	}
	noHiddenControls(t, "escaped", out.String())
	var back []string
	if err := json.Unmarshal([]byte(out.String()), &back); err != nil || len(back) != 2 || back[0] != hiddenControls || back[1] != "Müller" {
		t.Errorf("%s reads back as %q, %v", out.String(), back, err)
	}
}

// jsonCommands are the commands that print JSON.
var jsonCommands = [][]string{
	{"show", "1", "--json"}, {"list", "--json"}, {"risk", "--json"}, {"insights", "--json", "--weeks", "1"},
	{"export", "customers", "--format", "json"}, {"export", "contacts", "--format", "json"}, {"export", "history", "--format", "json"},
}

// hiddenControlsBook is a book whose customer, contact, phase and audit
// trail hold hiddenControls.
func hiddenControlsBook(t *testing.T) string {
	t.Helper()
	db := tempBook(t)
	for _, args := range [][]string{
		{"phases", "add", "Phase " + hiddenControls, "--group", "ended"},
		{"add", hiddenControls, "--company", hiddenControls, "--owner", hiddenControls, "--phase", "win-back"},
		{"log", "1", "--kind", "call", "--summary", hiddenControls, "--at", "2024-01-05"},
		{"edit", "1", "--company", "Co " + hiddenControls},
		{"move", "1", "Phase " + hiddenControls},
	} {
		if _, errOut, code := runBinary(t, nil, append([]string{"--db", db}, args...)...); code != 0 {
			t.Fatalf("tend %q: %s", args, errOut)
		}
	}
	return db
}

// On a terminal every command's JSON shows the controls as escapes; in a
// pipe it holds them exactly as stored.
func TestJSONEscapesHiddenControlsOnATerminalOnly(t *testing.T) {
	db := hiddenControlsBook(t)
	var script []string
	for i, args := range jsonCommands {
		out, errOut, code := runBinary(t, nil, append([]string{"--db", db}, args...)...)
		if code != 0 || !strings.Contains(out, hiddenControls) {
			t.Errorf("tend %s in a pipe (%d, %s) does not hold the stored text exactly:\n%s", args, code, errOut, out)
		}
		script = append(script, fmt.Sprintf("echo ==%d==", i), tendBinary(t)+" --db "+db+" "+strings.Join(args, " "))
	}
	script = append(script, "echo ==end==", "sleep 60")
	file := filepath.Join(t.TempDir(), "script.sh")
	if err := os.WriteFile(file, []byte(strings.Join(script, "\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	term := startTerminalCommand(t, 200, 50, "sh "+file)
	term.waitFor("==end==")
	screen := term.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "main")
	for i, args := range jsonCommands {
		_, shown, _ := strings.Cut(screen, fmt.Sprintf("==%d==", i))
		shown, _, _ = strings.Cut(shown, fmt.Sprintf("==%d==", i+1))
		if !strings.Contains(shown, `\u009b31mC1\u009d0;t\u009c \u202eevil\u202c`) {
			t.Errorf("tend %s on a terminal shows no escaped controls:\n%s", args, shown)
		}
		noHiddenControls(t, strings.Join(args, " "), shown)
	}
}

func TestAListIsWrittenAsWholeJSONIs(t *testing.T) {
	type item struct {
		Name   string   `json:"name"`
		Share  *float64 `json:"share"`
		Notes  []string `json:"notes"`
		Nested struct {
			Tag string `json:"tag"`
		} `json:"nested"`
	}
	share := 1e-7
	lists := [][]item{nil, {{Name: "Müller <&>"}}, {{Name: "a\u2028b", Share: &share, Notes: []string{"x", "y"}}, {Notes: []string{}}, {Name: "\x07"}}}
	for _, list := range lists {
		var whole, each bytes.Buffer
		if err := writeJSON(&whole, append([]item{}, list...)); err != nil {
			t.Fatal(err)
		}
		if err := writeJSONList(&each, list, func(i item) any { return i }); err != nil {
			t.Fatal(err)
		}
		if whole.String() != each.String() {
			t.Errorf("a list of %d written a value at a time:\n%s\nwhole:\n%s", len(list), each.String(), whole.String())
		}
	}
}
