package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

func newCopyCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "copy " + words.T("cli.copy.use-args"),
		Short:   words.T("cli.copy.short"),
		Long:    words.T("cli.copy.long"),
		Example: words.T("cli.copy.example"),
		Args:    exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			from, err := openCopySource(ctx, cmd, args[0])
			if err != nil {
				return interrupted(ctx, err)
			}
			defer from.Close()
			report, err := copyShowing(ctx, cmd.ErrOrStderr(), from, args[1])
			if err != nil {
				return interrupted(ctx, err)
			}
			fmt.Fprintln(cmd.OutOrStdout(), copiedLine(report, from.Path(), data.MaskPassword(args[1])))
			return nil
		},
	}
}

// openCopySource opens the book a copy reads, which must be there; an
// older file is upgraded first, as every command does, with its meter.
func openCopySource(ctx context.Context, cmd *cobra.Command, location string) (*data.Book, error) {
	meter := newUpgradeMeter(cmd.ErrOrStderr())
	b, err := data.OpenShowing(ctx, location, false, meter.show)
	meter.end()
	if err != nil {
		return nil, namingBook(data.MaskPassword(location), err)
	}
	if b.Upgraded != "" {
		fmt.Fprintf(cmd.ErrOrStderr(), "tend: %s\n", words.T("cli.book.upgraded", words.V{"Copy": text.Clean(b.Upgraded)}))
	}
	return b, nil
}

// copyShowing copies the book into the book at location, showing on w, a
// terminal, how far it is.
func copyShowing(ctx context.Context, w io.Writer, from *data.Book, location string) (data.CopyReport, error) {
	meter := newCopyMeter(w)
	defer meter.end()
	return from.CopyToLocation(ctx, location, meter.copied)
}

// newCopyMeter makes the meter of a copy, shown on w if it is a terminal.
func newCopyMeter(w io.Writer) *upgradeMeter {
	meter := newUpgradeMeter(w)
	meter.line = copyLine
	return meter
}

// copied is a copy's data.CopyProgress.
func (m *upgradeMeter) copied(done, total int64) { m.show("", int(done), int(total)) }

// copyLine says how far a copy is.
func copyLine(_ string, percent int) string {
	return words.T("cli.copy.progress", words.V{"Percent": percent})
}

// copiedLine says what a copy wrote where.
func copiedLine(report data.CopyReport, from, to string) string {
	return words.N("cli.copy.done", int(report.Customers), words.V{"From": text.Clean(from), "To": text.Clean(to),
		"Rows": words.Number(int(report.Rows))})
}
