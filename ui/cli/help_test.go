package cli

import (
	"strings"
	"testing"
)

func TestFlowedJoinsTheLinesOfAParagraph(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"one\ntwo\nthree", "one two three"},
		{"one\ntwo\n\nthree\nfour", "one two\n\nthree four"},
		{"Examples:\n  tend list\n  tend show 1\nAfter.", "Examples:\n  tend list\n  tend show 1\nAfter."},
		{"", ""},
	} {
		if got := flowed(tt.in); got != tt.want {
			t.Errorf("flowed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHelpFillsAnEightyColumnTerminal reads every command's help at 80
// columns: within a paragraph, only its last line may be short.
func TestHelpFillsAnEightyColumnTerminal(t *testing.T) {
	for _, sub := range newRootCmd(Process{}).Commands() {
		if sub.Long == "" || sub.Hidden {
			continue
		}
		out, _, code := runBinary(t, []string{"COLUMNS=80", "NO_COLOR=1"}, sub.Name(), "--help")
		if code != 0 {
			t.Fatalf("%s --help: exit %d", sub.Name(), code)
		}
		// The text comes first, up to USAGE; a blank line ends a paragraph.
		lines := strings.Split(strings.SplitN(out, "USAGE", 2)[0], "\n")
		for i := 0; i+1 < len(lines); i++ {
			line, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
			if line != "" && next != "" && len([]rune(line)) < 50 {
				t.Errorf("tend %s --help at 80 columns has a short line within a paragraph: %q", sub.Name(), line)
				break
			}
		}
	}
}
