package cli

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
	"tend/ui/words/wordstest"
)

// TestEveryCommandsHelpComesFromTheCatalog reads every command's help in
// the pseudo-language: a word outside the markers, other than the names
// of commands and flags one types, was written outside the catalog.
func TestEveryCommandsHelpComesFromTheCatalog(t *testing.T) {
	wordstest.Pseudo(t)
	db := tempBook(t)
	root := newRootCmd(Process{})
	known := typedNames(prepared(newRootCmd(Process{}), "v0"))
	unmarked := map[string]string{}
	var visit func(path []string, cmd *cobra.Command)
	visit = func(path []string, cmd *cobra.Command) {
		out, _, _ := execTend(t, db, append(path, "--help")...)
		noteUnmarked(unmarked, "tend "+strings.Join(path, " ")+" --help", out, known)
		for _, sub := range cmd.Commands() {
			visit(append(path, sub.Name()), sub)
		}
	}
	visit(nil, root)
	reportUnmarked(t, unmarked)
}

// TestEveryCommandsOutputComesFromTheCatalog runs each command on a small
// book in the pseudo-language, as a user would and as a user errs, and
// reads what it prints and what it says went wrong.
func TestEveryCommandsOutputComesFromTheCatalog(t *testing.T) {
	wordstest.Pseudo(t)
	ownSettings(t)
	db := tempBook(t)
	dir := t.TempDir()
	known := append(typedNames(prepared(newRootCmd(Process{}), "v0")), catalogBookTexts...)
	known = append(known, presetNames(t)...)
	for _, r := range lifecycle.DefaultReasons {
		known = append(known, string(r.Kind), r.Key)
	}
	known = append(known, db, dir)
	unmarked := map[string]string{}
	for _, args := range catalogScript(dir) {
		out, errOut, err := execTend(t, db, args...)
		said := out + "\n" + errOut
		if err != nil {
			var b strings.Builder
			showError(&b, err)
			said += "\n" + b.String()
		}
		noteUnmarked(unmarked, "tend "+strings.Join(args, " "), said, known)
	}
	reportUnmarked(t, unmarked)
}

// catalogBookTexts are the texts the script stores, which the commands
// print as they are.
var catalogBookTexts = []string{"Ada Lovelace", "Analytical Engines", "ada@engines.example", "Grace Hopper", "Navy", "compilers", "Renewal", "Mary", "tend", "db", "csv", "json", "Lieferzeit", "lieferzeit"}

// presetNames are the keys one types and the labels a book stores of the
// phases of every preset, with the groups one types and the currency a
// purchase takes without one.
func presetNames(t *testing.T) []string {
	t.Helper()
	names := []string{string(lifecycle.Buying), string(lifecycle.Owning), string(lifecycle.Ended), lifecycle.DefaultCurrency}
	for _, preset := range lifecycle.PresetNames {
		lc, err := lifecycle.Preset(preset)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range lc.Phases {
			names = append(names, p.Key, p.Label)
		}
	}
	return names
}

// catalogScript is what the output test runs: every command once as
// meant and once wrong.
func catalogScript(dir string) [][]string {
	return [][]string{
		{"add", "Ada Lovelace", "--company", "Analytical Engines", "--email", "ada@engines.example", "--phase", "conversion"},
		{"add", "Grace Hopper", "--company", "Navy", "--tag", "compilers"},
		{"add", "Grace Hopper"},
		{"add"},
		{"edit", "ada", "--owner", "Mary"},
		{"edit", "nobody", "--owner", "Mary"},
		{"log", "ada", "--kind", "call", "--summary", "Renewal", "--follow-up", "+2w"},
		{"log", "ada", "--kind", "shout", "--summary", "Renewal"},
		{"log", "ada", "--summary", "Renewal"},
		{"buy", "ada", "120.50"},
		{"buy", "ada", "lots"},
		{"move", "grace", "acquisition"},
		{"move", "grace", "nowhere"},
		{"move", "a"},
		{"list"}, {"list", "--phase", "conversion"}, {"list", "--phase", "nowhere"},
		{"show", "ada"}, {"show", "#99"},
		{"phases"}, {"phases", "hide", "lost"}, {"phases", "hide", "lost", "--undo"},
		{"draft", "ada", "nope"}, {"templates", "remove", "nope"}, {"edit", "ada", "--language", "x!"},
		{"reasons"}, {"reasons", "add", "lost", "Lieferzeit"}, {"reasons", "add", "gone", "x"}, {"reasons", "remove", "lost", "x"},
		{"move", "ada", "lost", "--reason", "bribe"}, {"move", "ada", "conversion", "--note", "x"},
		{"settings"}, {"settings", "stalled-days", "x"},
		{"settings", "board.sort", "value"}, {"settings", "board.sort"}, {"settings", "board.srot", "x"},
		{"settings", "board.compact", "x"}, {"list", "--sort", "size"}, {"list", "--sort", "value"},
		{"risk"}, {"fit"}, {"insights"}, {"check"},
		{"archive", "grace"}, {"archive", "grace"}, {"archive", "grace", "--undo"},
		{"backup", filepath.Join(dir, "copy.db")}, {"backup", "--list"},
		{"export", "customers", "--format", "xml"},
		{"import", "customers", filepath.Join(dir, "missing.csv")},
		{"import", "deals", fixture("deals_pipedrive_en.csv"), "--create-missing", "--dry-run"},
		{"import", "deals", fixture("opportunities_odoo.csv")},
		{"import", "deals", fixture("opportunities_odoo.csv"), "--create-missing"},
		{"restore", filepath.Join(dir, "missing.db")},
		{"forget", "grace"},
		{"demo"},
		{"nosuch"}, {"list", "--nosuch"}, {"help", "nosuch"},
	}
}

// typedNames are the words one types: the commands' names, the values
// their arguments take, their flags' names and the program's.
func typedNames(root *cobra.Command) []string {
	names := []string{"tend", "help"}
	var visit func(cmd *cobra.Command)
	visit = func(cmd *cobra.Command) {
		names = append(names, cmd.Name())
		names = append(names, cmd.ValidArgs...)
		cmd.Flags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		cmd.PersistentFlags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		for _, sub := range cmd.Commands() {
			visit(sub)
		}
	}
	visit(root)
	names = append(names, meKey)
	for _, k := range append(lifecycle.RuleKeys(), backupsKeep()) {
		names = append(names, strings.ReplaceAll(k.Key, ".", " "))
	}
	for _, k := range data.PrefKeys() {
		names = append(append(names, strings.ReplaceAll(k.Key, ".", " ")), k.Choices...)
	}
	return names
}

// noteUnmarked keeps each word of out outside the markers, with where it
// was first seen.
func noteUnmarked(unmarked map[string]string, where, out string, known []string) {
	for _, w := range wordstest.Unmarked(markedPerLine(out), known...) {
		if _, ok := unmarked[w]; !ok {
			unmarked[w] = where
		}
	}
}

func reportUnmarked(t *testing.T, unmarked map[string]string) {
	t.Helper()
	ws := make([]string, 0, len(unmarked))
	for w := range unmarked {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	for _, w := range ws {
		t.Errorf("%q is not from the catalog (%s)", w, unmarked[w])
	}
}

// markedPerLine closes the markers of a message at the end of each line
// and opens them again on the next, as the lines of a wrapped paragraph
// of help are one message; a message cut short at an ellipsis ends there.
func markedPerLine(out string) string {
	var b strings.Builder
	depth := 0
	for i, line := range strings.Split(out, "\n") {
		if i > 0 {
			b.WriteString(strings.Repeat(words.Close, depth) + "\n")
		}
		b.WriteString(strings.Repeat(words.Open, depth))
		for _, r := range line {
			switch string(r) {
			case words.Open:
				depth++
			case words.Close:
				depth = max(depth-1, 0)
			case "…":
				depth = 0
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
