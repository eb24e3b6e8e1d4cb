package cli

import (
	"github.com/spf13/cobra"
)

const triageLong = `Open the re-engagement list: the flagged customers ranked by how urgent their
flag is and what they are worth, one line each with the top reason. Work through it
by keys: l logs an attempt, s snoozes (7, 30 or 90 days, or until a date), w records
a customer won back (moved to the first owning phase), x gives one up (lost, do not
contact), enter opens the customer; tab changes the filter (all, win-back, at-risk,
stalled). Snoozes and attempts are stored, so the list does not bring the customer
back too soon. esc returns to the board.`

func newTriageCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{
		Use:     "triage",
		Short:   "Work through the re-engagement list",
		Long:    triageLong,
		Example: "  tend triage\n  tend --demo triage",
		Args:    cobra.NoArgs,
		RunE:    withBoard(flags, true),
	}
}
