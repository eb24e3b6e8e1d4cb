package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

func newCheckCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: words.T("cli.check.short"),
		Long:  words.T("cli.check.long"),
		Args:  noArgs,
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
				fmt.Fprintln(out, text.Clean(phrase(p)))
			}
			if len(problems) > 0 {
				return errors.New(words.N("cli.check.problems", len(problems), words.V{"Book": path}))
			}
			fmt.Fprintln(out, words.T("cli.check.sound", words.V{"Book": path}))
			return nil
		},
	}
}
