package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"tend/data"
)

const checkLong = `Check the book: SQLite's integrity and foreign key checks, and that what tend keeps
twice agrees (each customer's counts, totals and dates with its history, the board's
totals with the customers, the flags with each customer's flag code). The book is
opened for reading only. Prints each problem and exits non-zero when there is one.`

func newCheckCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Check the book's file and figures, changing nothing",
		Long:  checkLong,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := bookPath(flags)
			if err != nil {
				return err
			}
			b, err := data.OpenReadOnly(cmd.Context(), path)
			if err != nil {
				return err
			}
			defer b.Close()
			problems, err := b.Check(cmd.Context())
			if err != nil {
				return namingBook(path, interrupted(cmd.Context(), err))
			}
			out := cmd.OutOrStdout()
			for _, p := range problems {
				fmt.Fprintln(out, p)
			}
			if len(problems) > 0 {
				return fmt.Errorf("%s has %d problem(s); restore a backup (tend restore FILE) if the file is damaged", path, len(problems))
			}
			fmt.Fprintf(out, "%s is sound: the file, its references and its figures check out\n", path)
			return nil
		},
	}
}
