package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"tend/data"
)

const backupLong = `Write a consistent copy of the book to FILE, even while the book is in use.

With --list, list the copies tend made of the book by itself, newest first: the
daily backups in backups/ beside it and the copies taken before an upgrade or a
restore, with their size and age (--json for a script). Each kind is kept to the
number the backups.keep setting says, the newest of the copies taken before an
upgrade or a restore always.`

func newBackupCmd(flags *bookFlags) *cobra.Command {
	var opt copiesOptions
	cmd := &cobra.Command{
		Use:     "backup FILE | --list",
		Short:   "Write a consistent copy of the book, or list the copies tend made",
		Long:    backupLong,
		Example: "  tend backup ~/backups/tend-$(date +%F).db\n  tend backup --list",
		Args: func(cmd *cobra.Command, args []string) error {
			if opt.list {
				return cobra.NoArgs(cmd, args)
			}
			if opt.json {
				return errors.New("--json goes with --list")
			}
			return cobra.ExactArgs(1)(cmd, args)
		},
	}
	cmd.Flags().BoolVar(&opt.list, "list", false, "list the copies tend made of the book, newest first")
	cmd.Flags().BoolVar(&opt.json, "json", false, "with --list, print JSON")
	backup := withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		if err := b.Backup(ctx, args[0]); err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "Wrote a copy of %s to %s\n", b.Path(), args[0])
		return nil
	})
	// Listing takes no backup of its own, so that it shows what was there.
	list := withBookOnly(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		return listCopies(ctx, b, cmd.OutOrStdout(), opt.json)
	})
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if opt.list {
			return list(cmd, args)
		}
		return backup(cmd, args)
	}
	return cmd
}
