package cli

import (
	"strings"

	"github.com/spf13/cobra"
)

// flowHelp lets the help of every command flow to the terminal's width.
// The texts are written wrapped for reading in the source; the help wraps
// them again to the terminal, which left a word or two alone on every
// other line of an 80-column terminal.
func flowHelp(cmd *cobra.Command) {
	cmd.Long = flowed(cmd.Long)
	for _, sub := range cmd.Commands() {
		flowHelp(sub)
	}
}

// flowed joins the lines of each paragraph of s into one. Blank lines
// part paragraphs; a line that starts with a blank, as an example or a
// list does, keeps its break.
func flowed(s string) string {
	lines := strings.Split(s, "\n")
	var b strings.Builder
	for i, line := range lines {
		if i > 0 {
			prev := lines[i-1]
			if prev == "" || line == "" || strings.HasPrefix(line, " ") || strings.HasPrefix(prev, " ") {
				b.WriteString("\n")
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString(line)
	}
	return b.String()
}
