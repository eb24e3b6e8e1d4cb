package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"tend/data"
)

func newBackupCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{
		Use:     "backup FILE",
		Short:   "Write a consistent copy of the book, even while it is in use",
		Example: "  tend backup ~/backups/tend-$(date +%F).db",
		Args:    cobra.ExactArgs(1),
		RunE: withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
			if err := b.Backup(ctx, args[0]); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Wrote a copy of %s to %s\n", b.Path(), args[0])
			return nil
		}),
	}
}
