package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/words"
)

func newBackupCmd(flags *bookFlags) *cobra.Command {
	var opt copiesOptions
	cmd := &cobra.Command{
		Use:     "backup " + words.T("cli.backup.use-args"),
		Short:   words.T("cli.backup.short"),
		Long:    words.T("cli.backup.long"),
		Example: words.T("cli.backup.example"),
		Args: func(cmd *cobra.Command, args []string) error {
			if opt.list {
				return noArgs(cmd, args)
			}
			if opt.json {
				return errors.New(words.T("cli.backup.json-without-list"))
			}
			return exactArgs(1)(cmd, args)
		},
	}
	cmd.Flags().BoolVar(&opt.list, "list", false, words.T("cli.backup.flag.list"))
	cmd.Flags().BoolVar(&opt.json, "json", false, words.T("cli.backup.flag.json"))
	backup := withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		meter := newCopyMeter(cmd.ErrOrStderr())
		err := b.BackupShowing(ctx, args[0], meter.copied)
		meter.end()
		if err != nil {
			return err
		}
		fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.backup.done", words.V{"Book": b.Path(), "Copy": args[0]}))
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
