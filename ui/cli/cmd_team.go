package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

// newTeamCmd gathers what whoever looks after a team's server book runs.
func newTeamCmd(flags *bookFlags) *cobra.Command {
	team := &cobra.Command{
		Use:   "team",
		Short: words.T("cli.team.short"),
		Long:  words.T("cli.team.long"),
		Args:  noArgs,
	}
	team.AddCommand(newTeamInitCmd(), newTeamUpgradeCmd(flags))
	return team
}

func newTeamInitCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "init " + words.T("cli.team.init.use-args"),
		Short:   words.T("cli.team.init.short"),
		Long:    words.T("cli.team.init.long"),
		Example: words.T("cli.team.init.example"),
		Args:    exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !data.IsServerBook(args[0]) {
				return fmt.Errorf("%s", words.T("cli.team.not-server", words.V{"Book": text.Clean(args[0])}))
			}
			state, made, err := data.InitServerBook(cmd.Context(), args[0])
			if err != nil {
				return interrupted(cmd.Context(), err)
			}
			out, book := cmd.OutOrStdout(), text.Clean(data.MaskPassword(args[0]))
			if made {
				fmt.Fprintln(out, words.T("cli.team.init.made", words.V{"Book": book, "Version": state.Version}))
			} else {
				fmt.Fprintln(out, words.T("cli.team.init.found", words.V{"Book": book, "Version": state.Version}))
			}
			group, rep := data.RoleSQL(state)
			fmt.Fprintf(out, "\n%s\n\n%s\n%s\n\n%s\n", words.T("cli.team.init.roles"), group,
				words.T("cli.team.init.rep"), rep)
			return nil
		},
	}
}

func newTeamUpgradeCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{
		Use:     "upgrade " + words.T("cli.team.upgrade.use-args"),
		Short:   words.T("cli.team.upgrade.short"),
		Long:    words.T("cli.team.upgrade.long"),
		Example: words.T("cli.team.upgrade.example"),
		Args:    maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			location, err := bookPath(flags)
			if len(args) == 1 {
				location, err = args[0], nil
			}
			if err != nil {
				return err
			}
			if !data.IsServerBook(location) {
				return fmt.Errorf("%s", words.T("cli.team.not-server", words.V{"Book": text.Clean(location)}))
			}
			state, err := data.UpgradeServerBook(cmd.Context(), location)
			if err != nil {
				return interrupted(cmd.Context(), err)
			}
			book, latest := text.Clean(data.MaskPassword(location)), data.SchemaVersion()
			if state.Version == latest {
				fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.team.upgrade.current", words.V{"Book": book, "Version": latest}))
				return nil
			}
			fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.team.upgrade.done", words.V{"Book": book, "From": state.Version, "To": latest}))
			return nil
		},
	}
}
