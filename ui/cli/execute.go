package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"

	"tend/ui/words"
)

// execute runs the command line from root: tend's own help, version,
// completions and man page, and errors written once by showError. It
// takes the place of fang's Execute, whose help and messages are fixed
// in English.
func execute(ctx context.Context, root *cobra.Command, version string, stderr io.Writer) error {
	err := prepared(root, version).ExecuteContext(ctx)
	if err != nil {
		showError(stderr, err)
	}
	return err
}

// prepared gives root tend's help, version, completions and man page.
func prepared(root *cobra.Command, version string) *cobra.Command {
	root.Version = version
	root.SetVersionTemplate(words.T("cli.version", words.V{"Version": version}) + "\n")
	root.CompletionOptions.DisableDefaultCmd = true
	root.SuggestionsMinimumDistance = 2
	root.AddCommand(newCompletionCmd(), newManCmd())
	root.SetHelpCommand(newHelpCmd())
	root.SetHelpFunc(showHelp)
	phraseBuiltInFlags(root)
	return root
}

// phraseBuiltInFlags gives every command's --help, and the root's
// --version, their words from the catalog: cobra adds them with its own.
func phraseBuiltInFlags(cmd *cobra.Command) {
	cmd.InitDefaultHelpFlag()
	cmd.Flags().Lookup("help").Usage = words.T("help.flag.help", words.V{"Command": cmd.Name()})
	if !cmd.HasParent() {
		cmd.InitDefaultVersionFlag()
		cmd.Flags().Lookup("version").Usage = words.T("help.flag.version")
	}
	for _, sub := range cmd.Commands() {
		phraseBuiltInFlags(sub)
	}
}

// newHelpCmd is `tend help [command]`.
func newHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "help [" + words.T("help.command-word") + "]",
		Short: words.T("help.cmd.short"),
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			target, rest, err := cmd.Root().Find(args)
			if err != nil || target == nil || len(rest) > 0 {
				return fmt.Errorf("%s", words.T("help.unknown-topic", words.V{"Topic": strings.Join(args, " ")}))
			}
			return target.Help()
		},
	}
}

// newCompletionCmd is `tend completion SHELL`.
func newCompletionCmd() *cobra.Command {
	shells := map[string]func(*cobra.Command, io.Writer) error{
		"bash":       func(r *cobra.Command, w io.Writer) error { return r.GenBashCompletionV2(w, true) },
		"zsh":        func(r *cobra.Command, w io.Writer) error { return r.GenZshCompletion(w) },
		"fish":       func(r *cobra.Command, w io.Writer) error { return r.GenFishCompletion(w, true) },
		"powershell": func(r *cobra.Command, w io.Writer) error { return r.GenPowerShellCompletionWithDesc(w) },
	}
	return &cobra.Command{
		Use:       "completion bash|zsh|fish|powershell",
		Short:     words.T("help.completion.short"),
		Long:      words.T("help.completion.long"),
		Args:      cobra.MatchAll(exactArgs(1), onlyValidArgs),
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		RunE: func(cmd *cobra.Command, args []string) error {
			return shells[args[0]](cmd.Root(), cmd.OutOrStdout())
		},
	}
}

// newManCmd is `tend man`, which writes the man page.
func newManCmd() *cobra.Command {
	return &cobra.Command{
		Use:    "man",
		Short:  words.T("help.man.short"),
		Hidden: true,
		Args:   noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(cmd.OutOrStdout(), manInWords(page.Build(roff.NewDocument())))
			return err
		},
	}
}

// manInWords gives the man page the catalog's words for those the man
// page's writer has in English: its headings and its synopsis.
func manInWords(page string) string {
	options, commands := words.T("language.man.options"), words.T("language.man.commands")
	dots := `\&.\&.\&.`
	return strings.NewReplacer(
		".SH NAME\n", ".SH "+words.T("language.man.name")+"\n",
		".SH SYNOPSIS\n", ".SH "+words.T("language.man.synopsis")+"\n",
		".SH DESCRIPTION\n", ".SH "+words.T("language.man.about")+"\n",
		".SH OPTIONS\n", ".SH "+options+"\n",
		".SH COMMANDS\n", ".SH "+commands+"\n",
		`\fBOPTIONS\fP`, `\fB`+options+`\fP`,
		`\fBCOMMANDS\fP`, `\fB`+commands+`\fP`,
		`[\fIoptions`+dots+`\fP] [\fIargument`+dots+`\fP]`,
		`[\fI`+words.T("language.man.options-arg")+dots+`\fP] [\fI`+words.T("language.man.argument-arg")+dots+`\fP]`,
	).Replace(page)
}
