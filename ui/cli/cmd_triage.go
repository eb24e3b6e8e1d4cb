package cli

import (
	"github.com/spf13/cobra"

	"tend/ui/words"
)

func newTriageCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{
		Use:     "triage",
		Short:   words.T("cli.triage.short"),
		Long:    words.T("cli.triage.long"),
		Example: words.T("cli.triage.example"),
		Args:    noArgs,
		RunE:    withBoard(flags, true),
	}
}
