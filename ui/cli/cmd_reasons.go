package cli

import (
	"context"
	"io"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// newReasonsCmd lists the book's reasons for a loss and a win-back, and
// adds to or hides from them. They are the book's, not a person's: every
// user of the book picks from the same list, so that insights count alike.
func newReasonsCmd(flags *bookFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "reasons",
		Short:   words.T("cli.reasons.short"),
		Long:    words.T("cli.reasons.long"),
		Example: words.T("cli.reasons.example"),
		Args:    noArgs,
	}
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		return printReasons(ctx, b, cmd.OutOrStdout())
	})
	cmd.AddCommand(
		reasonChangeCmd(flags, "add", words.T("cli.reasons.add.short"), func(ctx context.Context, b *data.Book, kind lifecycle.ReasonKind, arg string) error {
			_, err := b.AddMoveReason(ctx, kind, arg)
			return err
		}),
		reasonChangeCmd(flags, "remove", words.T("cli.reasons.remove.short"), func(ctx context.Context, b *data.Book, kind lifecycle.ReasonKind, arg string) error {
			_, err := b.HideMoveReason(ctx, kind, arg, words.ReasonName)
			return err
		}),
	)
	return cmd
}

// reasonChangeCmd makes a subcommand that changes a kind's list of
// reasons, then prints the lists.
func reasonChangeCmd(flags *bookFlags, name, short string, change func(context.Context, *data.Book, lifecycle.ReasonKind, string) error) *cobra.Command {
	return &cobra.Command{
		Use: name + " " + words.T("cli.reasons.use-args"), Short: short, Args: exactArgs(2),
		RunE: withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
			kind, err := lifecycle.ParseReasonKind(args[0])
			if err != nil {
				return err
			}
			if err := change(ctx, b, kind, args[1]); err != nil {
				return err
			}
			return printReasons(ctx, b, cmd.OutOrStdout())
		}),
	}
}

// printReasons writes the reasons offered, a table of key and name per
// kind, in the order the board offers them.
func printReasons(ctx context.Context, b *data.Book, w io.Writer) error {
	reasons, err := b.MoveReasons(ctx)
	if err != nil {
		return err
	}
	var rows [][]string
	for _, kind := range lifecycle.ReasonKinds {
		for _, r := range lifecycle.Offered(reasons, kind) {
			rows = append(rows, []string{string(kind), r.Key, text.Clean(words.ReasonName(r))})
		}
	}
	header := []string{words.T("cli.reasons.header.kind"), words.T("cli.reasons.header.key"), words.T("cli.reasons.header.name")}
	return text.WriteTable(w, header, rows, 40)
}
