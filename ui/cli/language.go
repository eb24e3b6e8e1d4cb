package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// langFlag is the flag that chooses the language of every command and of
// the board.
const langFlag = "lang"

// speakAsAsked has tend speak the language the person asked for, before
// its first word: the --lang of args, else TEND_LANG, else their settings
// file, else the locale. A language tend does not speak, asked for on the
// command line, is an error; one in the settings file is said on stderr
// and the locale chooses, so that the file can still be mended with tend
// settings.
func speakAsAsked(args []string, env func(string) string, stderr io.Writer) error {
	choice := words.Choice{Flag: langArg(args), TendLang: env("TEND_LANG"), Env: env}
	var fileProblem error
	// The file is read only where the flag and TEND_LANG leave the choice
	// open: a command started with either pays no reading for it.
	if path, err := data.PrefsPath(); err == nil && !choice.Decided() {
		prefs, err := data.LoadPrefs(path)
		choice.File, choice.FilePath = prefs.Lang(), path
		if isAboutLang(err) {
			fileProblem = err
		}
	}
	lang, err := words.Choose(choice)
	words.Use(lang)
	if err == nil && fileProblem != nil && choice.Flag == "" && choice.TendLang == "" {
		fmt.Fprintf(stderr, "tend: %s\n", words.T("language.file-ignored", words.V{"Problem": phrase(fileProblem)}))
	}
	return err
}

// langArg is the value of --lang in args, "" when they have none: read
// before the commands are made, since their help is said in the language.
func langArg(args []string) string {
	for i, a := range args {
		switch {
		case a == "--":
			return ""
		case a == "--"+langFlag && i+1 < len(args):
			return args[i+1]
		case strings.HasPrefix(a, "--"+langFlag+"="):
			return strings.TrimPrefix(a, "--"+langFlag+"=")
		}
	}
	return ""
}

// isAboutLang tells whether a problem of the settings file is its
// language's.
func isAboutLang(err error) bool {
	var c lifecycle.Coded
	if !errors.As(err, &c) {
		return false
	}
	return c.Values()["Key"] == data.PrefLang
}

// addLangFlag gives root --lang, for every command: its value was read
// by speakAsAsked before the commands were made.
func addLangFlag(root *cobra.Command) {
	root.PersistentFlags().String(langFlag, "", words.T("language.flag"))
}
