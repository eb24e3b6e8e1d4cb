package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

func newPhasesCmd(flags *bookFlags) *cobra.Command {
	var preset string
	cmd := &cobra.Command{
		Use:     "phases",
		Short:   words.T("cli.phases.short"),
		Long:    words.T("cli.phases.long", words.V{"Presets": fmt.Sprint(lifecycle.PresetNames)}),
		Example: words.T("cli.phases.example"),
		Args:    noArgs,
	}
	cmd.Flags().StringVar(&preset, "preset", "", words.T("cli.phases.flag.preset"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		read := b.Lifecycle
		if preset != "" {
			read = func(ctx context.Context) (lifecycle.Lifecycle, error) { return b.UsePreset(ctx, preset) }
		}
		lc, err := read(ctx)
		if err != nil {
			return err
		}
		return printPhases(cmd.OutOrStdout(), lc)
	})
	cmd.AddCommand(
		phaseChangeCmd(flags, "rename "+words.T("cli.phases.rename.use-args"), words.T("cli.phases.rename.short"), exactArgs(2),
			func(lc lifecycle.Lifecycle, args []string) (lifecycle.Lifecycle, error) {
				return lc.Rename(args[0], args[1])
			}),
		newPhaseAddCmd(flags),
		phaseChangeCmd(flags, "move "+words.T("cli.phases.move.use-args"), words.T("cli.phases.move.short"), exactArgs(2),
			func(lc lifecycle.Lifecycle, args []string) (lifecycle.Lifecycle, error) {
				pos, err := strconv.Atoi(args[1])
				if err != nil {
					return lc, errors.New(words.T("cli.phases.move.not-a-number", words.V{"Position": fmt.Sprintf("%q", args[1])}))
				}
				return lc.MoveTo(args[0], pos)
			}),
		newPhaseHideCmd(flags),
	)
	return cmd
}

func newPhaseAddCmd(flags *bookFlags) *cobra.Command {
	var group, after string
	add := phaseChangeCmd(flags, "add "+words.T("cli.phases.add.use-args"), words.T("cli.phases.add.short"), exactArgs(1),
		func(lc lifecycle.Lifecycle, args []string) (lifecycle.Lifecycle, error) {
			g, err := lifecycle.ParseGroup(group)
			if err != nil {
				return lc, fmt.Errorf("--group: %w", err)
			}
			return lc.Add(args[0], g, after)
		})
	add.Flags().StringVar(&group, "group", "", words.T("cli.phases.add.flag.group"))
	add.Flags().StringVar(&after, "after", "", words.T("cli.phases.add.flag.after"))
	add.MarkFlagRequired("group")
	return add
}

func newPhaseHideCmd(flags *bookFlags) *cobra.Command {
	var show bool
	hide := phaseChangeCmd(flags, "hide "+words.T("cli.phases.hide.use-args"), words.T("cli.phases.hide.short"), exactArgs(1),
		func(lc lifecycle.Lifecycle, args []string) (lifecycle.Lifecycle, error) {
			return lc.SetHidden(args[0], !show)
		})
	hide.Flags().BoolVar(&show, "undo", false, words.T("cli.phases.hide.flag.undo"))
	return hide
}

// phaseChangeCmd makes a subcommand that changes the lifecycle and prints it.
func phaseChangeCmd(flags *bookFlags, use, short string, args cobra.PositionalArgs,
	change func(lifecycle.Lifecycle, []string) (lifecycle.Lifecycle, error)) *cobra.Command {
	return &cobra.Command{
		Use: use, Short: short, Args: args,
		RunE: withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
			lc, err := b.ChangeLifecycle(ctx, func(lc lifecycle.Lifecycle) (lifecycle.Lifecycle, error) { return change(lc, args) })
			if err != nil {
				return err
			}
			return printPhases(cmd.OutOrStdout(), lc)
		}),
	}
}

func printPhases(w io.Writer, lc lifecycle.Lifecycle) error {
	rows := make([][]string, len(lc.Phases))
	for i, p := range lc.Phases {
		shown := ""
		if p.Hidden {
			shown = words.T("cli.phases.hidden")
		}
		rows[i] = []string{fmt.Sprint(i + 1), p.Key, words.PhaseLabel(p), string(p.Group), shown}
	}
	header := []string{"#", words.T("cli.phases.header.key"), words.T("cli.phases.header.label"), words.T("cli.phases.header.group"), ""}
	return text.WriteTable(w, header, rows, 40)
}
