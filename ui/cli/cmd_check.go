package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

func newCheckCmd(flags *bookFlags) *cobra.Command {
	var repair bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: words.T("cli.check.short"),
		Long:  words.T("cli.check.long"),
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if repair {
				return withBook(flags, repairBook)(cmd, args)
			}
			path, err := bookPath(flags)
			if err != nil {
				return err
			}
			problems, err := checkBook(cmd.Context(), path)
			if err != nil {
				return err
			}
			return tellFindings(cmd.OutOrStdout(), path, problems, true)
		},
	}
	cmd.Flags().BoolVar(&repair, "repair", false, words.T("cli.check.flag.repair"))
	return cmd
}

// checkBook checks the book at path, opened for reading only and afresh:
// SQLite's integrity check reads the search index's layout as the
// connection last read it, so a check after a repair needs new ones.
func checkBook(ctx context.Context, path string) ([]error, error) {
	b, err := data.OpenReadOnly(ctx, path)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	problems, err := b.Check(ctx)
	if err != nil {
		return nil, namingBook(path, interrupted(ctx, err))
	}
	return problems, nil
}

// tellFindings prints each finding, and says the book is sound or how
// many problems it has; hint adds how many of them --repair rebuilds.
func tellFindings(out io.Writer, path string, problems []error, hint bool) error {
	server := data.IsServerBook(path)
	path = data.MaskPassword(path)
	repairable := 0
	for _, p := range problems {
		fmt.Fprintln(out, text.Clean(phrase(p)))
		if data.Repairable(p) {
			repairable++
		}
	}
	switch {
	case len(problems) == 0 && server:
		fmt.Fprintln(out, words.T("cli.check.sound-server", words.V{"Book": path}))
		return nil
	case len(problems) == 0:
		fmt.Fprintln(out, words.T("cli.check.sound", words.V{"Book": path}))
		return nil
	}
	if hint && repairable > 0 {
		fmt.Fprintln(out, words.N("cli.check.repairable", repairable))
	}
	return errors.New(words.N("cli.check.problems", len(problems), words.V{"Book": path}))
}

// repairBook checks the book, the day's backup taken, rebuilds from the
// rows what is out of step and can be, says what it rebuilt and what it
// left, and checks the book again.
func repairBook(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
	out := cmd.OutOrStdout()
	problems, err := checkBook(ctx, b.Path())
	if err != nil {
		return err
	}
	rebuilt, err := b.Repair(ctx, problems)
	if err != nil {
		return err
	}
	for _, r := range rebuilt {
		switch r.What {
		case data.RebuiltSearchIndex:
			fmt.Fprintln(out, words.T("cli.check.rebuilt.search-index", words.V{"Index": r.Index}))
		case data.RebuiltKeptWeeks:
			fmt.Fprintln(out, words.T("cli.check.rebuilt.kept-weeks"))
		default:
			fmt.Fprintln(out, words.T("cli.check.rebuilt.activity"))
		}
	}
	left := 0
	for _, p := range problems {
		if !data.Repairable(p) {
			left++
		}
	}
	if left > 0 {
		fmt.Fprintln(out, words.N("cli.check.left", left))
	}
	if len(rebuilt) == 0 && left == 0 {
		fmt.Fprintln(out, words.T("cli.check.nothing-to-repair"))
	}
	problems, err = checkBook(ctx, b.Path())
	if err != nil {
		return err
	}
	return tellFindings(out, b.Path(), problems, false)
}
