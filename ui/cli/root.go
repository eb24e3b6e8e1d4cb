package cli

import (
	"github.com/spf13/cobra"
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
		Use:   "tend",
		Short: "A terminal workbench for account managers",
		Long: "tend keeps your customer book in one local SQLite file, shows customers on a board\n" +
			"with a column per lifecycle phase, and logs every contact and move.\n\n" +
			"Without a command, tend opens the board.",
		Example: "  tend --demo\n  tend --demo list --phase retention\n  tend add 'Müller GmbH' --email info@mueller.de --phase conversion\n" +
			"  tend log müller --kind call --summary 'Renewal call' --follow-up +2w",
		Args: cobra.NoArgs,
		// Errors are printed once, as one line, by main; usage only on --help.
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE:          withBoard(&flags, false),
	}
	root.PersistentFlags().StringVar(&flags.db, "db", "", "the book file (default $TEND_DB, else tend.db in the data folder)")
	root.PersistentFlags().BoolVar(&flags.demo, "demo", false, "use the demo book in the data folder, filled on first use")
	root.AddCommand(
		newAddCmd(&flags), newEditCmd(&flags), newArchiveCmd(&flags),
		newLogCmd(&flags), newBuyCmd(&flags), newMoveCmd(&flags),
		newListCmd(&flags), newShowCmd(&flags), newPhasesCmd(&flags),
		newImportCmd(&flags), newExportCmd(&flags), newBackupCmd(&flags), newDemoCmd(&flags),
		newFitCmd(&flags), newRiskCmd(&flags), newInsightsCmd(&flags), newTriageCmd(&flags), newSettingsCmd(&flags),
		newForgetCmd(&flags), newRestoreCmd(&flags), newCheckCmd(&flags),
	)
	flowHelp(root)
	return root
}
