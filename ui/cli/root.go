package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"tend/ui/words"
)

// bookFlags are the global flags that choose the book, with the pace the
// process keeps for a reading of the whole book, handed to it once open.
type bookFlags struct {
	db           string
	demo         bool
	wholeReading func() (end func())
}

// newRootCmd is tend's whole command tree.
func newRootCmd(p Process) *cobra.Command { return newRootCmdFor(p, nil) }

// newRootCmdFor is the command tree args run: where they name a command
// plainly, only that command is made under the root, since making every
// command's help costs each run more than the command it runs; else
// (help, completions, a name mistyped, the board) the whole tree.
func newRootCmdFor(p Process, args []string) *cobra.Command {
	flags := bookFlags{wholeReading: p.WholeReading}
	root := &cobra.Command{
		Use:     "tend",
		Short:   words.T("cli.root.short"),
		Long:    words.T("cli.root.long"),
		Example: words.T("cli.root.example"),
		Args:    noArgs,
		// Errors are printed once, as one line, by main; usage only on --help.
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE:          withBoard(&flags, false),
		// Say the flags' mistakes in tend's words, before cobra's English.
		PersistentPreRunE: checkFlagRules,
	}
	root.SetFlagErrorFunc(phraseFlagError)
	root.PersistentFlags().StringVar(&flags.db, "db", "", words.T("cli.flag.db"))
	root.PersistentFlags().BoolVar(&flags.demo, "demo", false, words.T("cli.flag.demo"))
	addLangFlag(root)
	named := commandNamed(args)
	for _, c := range commandMakers {
		if named == "" || c.name == named {
			root.AddCommand(c.make(&flags))
		}
	}
	flowHelp(root)
	return root
}

// commandMakers make the root's commands, each by its name, in the order
// help lists them.
var commandMakers = []struct {
	name string
	make func(*bookFlags) *cobra.Command
}{
	{"add", newAddCmd}, {"edit", newEditCmd}, {"archive", newArchiveCmd},
	{"log", newLogCmd}, {"buy", newBuyCmd}, {"move", newMoveCmd}, {"correct", newCorrectCmd}, {"delete", newDeleteCmd}, {"contact", newContactCmd}, {"purchase", newPurchaseCmd},
	{"list", newListCmd}, {"search", newSearchCmd}, {"show", newShowCmd}, {"phases", newPhasesCmd}, {"reasons", newReasonsCmd},
	{"import", newImportCmd}, {"export", newExportCmd}, {"backup", newBackupCmd}, {"demo", newDemoCmd},
	{"fit", newFitCmd}, {"risk", newRiskCmd}, {"agenda", newAgendaCmd}, {"insights", newInsightsCmd}, {"triage", newTriageCmd}, {"settings", newSettingsCmd},
	{"duplicates", newDuplicatesCmd}, {"merge", newMergeCmd},
	{"forget", newForgetCmd}, {"restore", newRestoreCmd}, {"check", newCheckCmd},
	{"copy", func(*bookFlags) *cobra.Command { return newCopyCmd() }}, {"team", newTeamCmd}, {"templates", newTemplatesCmd}, {"draft", newDraftCmd},
	{"mcp", newMCPCmd},
}

// commandNamed is the command args name first, past the root's own
// flags; "" where args name none plainly (another flag comes first, or
// the word names no command).
func commandNamed(args []string) string {
	for i := 0; i < len(args); i++ {
		switch arg := args[i]; {
		case arg == "--db" || arg == "--"+langFlag:
			i++ // its value
		case arg == "--demo" || strings.HasPrefix(arg, "--db=") || strings.HasPrefix(arg, "--"+langFlag+"="):
		case strings.HasPrefix(arg, "-"):
			return ""
		default:
			for _, c := range commandMakers {
				if c.name == arg {
					return arg
				}
			}
			return ""
		}
	}
	return ""
}
