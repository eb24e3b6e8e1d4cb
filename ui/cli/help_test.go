package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
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

// TestEveryHelpFitsTheTerminalOrEightyColumnsPiped reads every command's
// help at 80 columns and piped without a width: no line is wider than 80,
// so nothing is cut or broken by the terminal.
func TestEveryHelpFitsTheTerminalOrEightyColumnsPiped(t *testing.T) {
	var visit func(path []string, cmd *cobra.Command)
	visit = func(path []string, cmd *cobra.Command) {
		for _, env := range [][]string{{"COLUMNS=80", "NO_COLOR=1"}, {"COLUMNS=", "NO_COLOR=1"}} {
			out, _, code := runBinary(t, env, append(path, "--help")...)
			if code != 0 {
				t.Fatalf("tend %v --help: exit %d", path, code)
			}
			for _, line := range strings.Split(out, "\n") {
				if w := ansi.StringWidth(line); w > 80 {
					t.Errorf("tend %v --help (%v) has a line of %d columns: %q", path, env, w, line)
				}
			}
		}
		for _, sub := range cmd.Commands() {
			if sub.IsAvailableCommand() {
				visit(append(path, sub.Name()), sub)
			}
		}
	}
	visit(nil, prepared(newRootCmd(Process{}), "test"))
}

func TestALongExampleGoesOnOverLinesAsAShellReadsIt(t *testing.T) {
	got := shellLines("tend log 'Müller GmbH' --kind call --summary 'Talked about the renewal' --follow-up +2w", 40)
	want := []string{
		"tend log 'Müller GmbH' --kind call \\",
		"  --summary 'Talked about the renewal' \\",
		"  --follow-up +2w",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("shellLines =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAMistypedCommandIsAnsweredWithTheCommandsLikeIt(t *testing.T) {
	_, errOut, code := runBinary(t, nil, "lst")
	if code == 0 || !strings.Contains(errOut, `unknown command "lst" for "tend"; did you mean`) || !strings.Contains(errOut, "list") {
		t.Errorf("tend lst: exit %d, %q; want a suggestion of list", code, errOut)
	}
	if _, errOut, _ := runBinary(t, nil, "phases", "hid"); !strings.Contains(errOut, "did you mean hide?") {
		t.Errorf("tend phases hid: %q; want a suggestion of hide", errOut)
	}
}
