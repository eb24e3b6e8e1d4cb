package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tend/ui/words"
)

// showHelp writes a command's help: what it does, how to call it, its
// examples, its commands and its flags. tend draws it itself, in the
// manner of fang's help, so that its titles come from the catalog too.
func showHelp(cmd *cobra.Command, _ []string) {
	w := colorprofile.NewWriter(cmd.OutOrStdout(), os.Environ())
	width := helpWidth()
	if about := strings.TrimSpace(cmd.Long); about != "" || cmd.Short != "" {
		if about == "" {
			about = cmd.Short
		}
		fmt.Fprintln(w)
		fmt.Fprintln(w, indented(ansi.Wordwrap(about, width-4, ""), "  "))
	}
	helpSection(w, words.T("help.usage"), []string{usageLine(cmd)})
	if ex := examplesOf(cmd, width-4); len(ex) > 0 {
		helpSection(w, words.T("help.examples"), ex)
	}
	helpTable(w, width, words.T("help.commands"), commandRows(cmd))
	helpTable(w, width, words.T("help.flags"), flagRows(cmd))
	fmt.Fprintln(w)
}

// helpWidth is the width help is written for: $COLUMNS as a shell sets
// it, else the terminal's, else 80; at most 120, for lines one can read.
func helpWidth() int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return min(n, 120)
	}
	if n, _, err := term.GetSize(os.Stdout.Fd()); err == nil && n > 0 {
		return min(n, 120)
	}
	return 80
}

var helpStyles = struct {
	title, program, arg, flag, dim lipgloss.Style
}{
	title:   lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#FFFAF1")).Background(lipgloss.Color("#6B50FF")).Padding(0, 1).MarginLeft(1).Transform(strings.ToUpper),
	program: lipgloss.NewStyle().Foreground(lipgloss.Color("#FF6DAA")),
	arg:     lipgloss.NewStyle().Foreground(lipgloss.Color("#C1C6B2")),
	flag:    lipgloss.NewStyle().Foreground(lipgloss.Color("#00FFB2")),
	dim:     lipgloss.NewStyle().Faint(true),
}

// helpSection writes a titled block of lines, indented.
func helpSection(w io.Writer, title string, lines []string) {
	fmt.Fprintln(w)
	fmt.Fprintln(w, helpStyles.title.Render(title))
	fmt.Fprintln(w)
	for _, l := range lines {
		fmt.Fprintln(w, "    "+l)
	}
}

// helpTable writes a titled table of names and what they do, the second
// column wrapped to the width where there is room for it.
func helpTable(w io.Writer, width int, title string, rows [][2]string) {
	if len(rows) == 0 {
		return
	}
	name := 0
	for _, r := range rows {
		name = max(name, lipgloss.Width(r[0]))
	}
	var lines []string
	for _, r := range rows {
		text := r[1]
		if rest := width - 4 - name - 2; rest >= 30 {
			text = ansi.Wordwrap(text, rest, "")
		}
		pad := strings.Repeat(" ", name-lipgloss.Width(r[0])+2)
		lines = append(lines, r[0]+pad+indented(text, strings.Repeat(" ", name+2))[name+2:])
	}
	helpSection(w, title, strings.Split(strings.Join(lines, "\n"), "\n"))
}

// capitalized starts s with a capital letter, as the help's other texts
// start.
func capitalized(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// indented puts prefix before every line of s.
func indented(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// usageLine is how to call cmd: the program, the command's path and its
// arguments, then [command] or [--flags] where it has them.
func usageLine(cmd *cobra.Command) string {
	line := helpStyles.program.Render(cmd.CommandPath())
	if args := argsOf(cmd); args != "" {
		line += " " + helpStyles.arg.Render(args)
	}
	if cmd.HasAvailableSubCommands() {
		line += helpStyles.dim.Render(" [" + words.T("help.command-word") + "]")
	}
	if cmd.HasAvailableFlags() {
		line += helpStyles.dim.Render(" [--" + words.T("help.flags-word") + "]")
	}
	return line
}

// argsOf is what cmd's Use says after its name.
func argsOf(cmd *cobra.Command) string {
	_, args, _ := strings.Cut(cmd.Use, " ")
	return args
}

// examplesOf are cmd's examples, one a line.
// A line longer than width goes on over the next lines as a shell reads
// it, ending each with a backslash, so that it can still be copied whole.
func examplesOf(cmd *cobra.Command, width int) []string {
	var lines []string
	for _, l := range strings.Split(cmd.Example, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			for _, part := range shellLines(l, width) {
				lines = append(lines, helpStyles.arg.Render(part))
			}
		}
	}
	return lines
}

// shellLines breaks a command line between its words, never inside a
// quoted one, into lines of at most width where the words allow;
// continued lines end in " \\" and the next ones are indented.
func shellLines(line string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range shellWords(line) {
		switch {
		case cur == "":
			cur = w
		case ansi.StringWidth(cur)+1+ansi.StringWidth(w)+2 > width:
			lines = append(lines, cur+" \\")
			cur = "  " + w
		default:
			cur += " " + w
		}
	}
	return append(lines, cur)
}

// shellWords splits a command line at the blanks outside quotes.
func shellWords(line string) []string {
	var words []string
	var quote rune
	start := 0
	for i, r := range line {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote == 0 && (r == '\'' || r == '"'):
			quote = r
		case quote == 0 && r == ' ':
			if i > start {
				words = append(words, line[start:i])
			}
			start = i + 1
		}
	}
	if start < len(line) {
		words = append(words, line[start:])
	}
	return words
}

// commandRows are cmd's commands, each with what it does. A command's
// arguments are in its own help, which keeps the column narrow enough for
// what the commands do to be read at 80 columns.
func commandRows(cmd *cobra.Command) [][2]string {
	var rows [][2]string
	for _, sub := range cmd.Commands() {
		if sub.IsAvailableCommand() {
			rows = append(rows, [2]string{helpStyles.program.Render(sub.Name()), sub.Short})
		}
	}
	return rows
}

// flagRows are the flags cmd takes, its own and those it inherits, each
// with what it does and its default.
func flagRows(cmd *cobra.Command) [][2]string {
	var rows [][2]string
	all := pflag.NewFlagSet(cmd.Name(), pflag.ContinueOnError)
	all.AddFlagSet(cmd.LocalFlags())
	all.AddFlagSet(cmd.InheritedFlags())
	all.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name := "--" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + " " + name
		}
		usage := capitalized(f.Usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			usage += " " + helpStyles.dim.Render(words.T("help.default", words.V{"Value": f.DefValue}))
		}
		rows = append(rows, [2]string{helpStyles.flag.Render(name), usage})
	})
	return rows
}
