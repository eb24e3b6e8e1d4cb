package cli

import (
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

func newRootCmd(p Process) *cobra.Command {
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
	root.AddCommand(
		newAddCmd(&flags), newEditCmd(&flags), newArchiveCmd(&flags),
		newLogCmd(&flags), newBuyCmd(&flags), newMoveCmd(&flags), newCorrectCmd(&flags), newDeleteCmd(&flags), newContactCmd(&flags), newPurchaseCmd(&flags),
		newListCmd(&flags), newSearchCmd(&flags), newShowCmd(&flags), newPhasesCmd(&flags), newReasonsCmd(&flags),
		newImportCmd(&flags), newExportCmd(&flags), newBackupCmd(&flags), newDemoCmd(&flags),
		newFitCmd(&flags), newRiskCmd(&flags), newInsightsCmd(&flags), newTriageCmd(&flags), newSettingsCmd(&flags),
		newForgetCmd(&flags), newRestoreCmd(&flags), newCheckCmd(&flags), newCopyCmd(), newTeamCmd(&flags),
	)
	flowHelp(root)
	return root
}
