package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"tend/data"
)

const restoreLong = `Put a backup in the place of the book. The backup is checked first: it has to be
a tend book this tend reads and pass SQLite's integrity check; otherwise nothing is
done. The current book is kept beside it, renamed with the time, and the backup is
copied into its place. Quit every other tend on the book first.`

func newRestoreCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{
		Use:     "restore FILE",
		Short:   "Put a backup in the place of the book, keeping the current book aside",
		Long:    restoreLong,
		Example: "  tend restore ~/.local/share/tend/backups/tend-2026-11-23.db",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := bookPath(flags)
			if err != nil {
				return err
			}
			aside, err := data.Restore(cmd.Context(), path, args[0], time.Now())
			if err != nil {
				return interrupted(cmd.Context(), err)
			}
			out := cmd.OutOrStdout()
			if aside != "" {
				fmt.Fprintf(out, "Kept the book as it was at %s\n", aside)
			}
			fmt.Fprintf(out, "Restored %s from %s\n", path, args[0])
			return nil
		},
	}
}
