package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/words"
)

func newCheckCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: words.T("cli.check.short"),
		Long:  words.T("cli.check.long"),
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
