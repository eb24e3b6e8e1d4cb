package cli

import (
	"bufio"
	"fmt"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

// restoreOnServer restores a backup file into a book on a server: a copy
// of the whole backup into the server's book, which must be empty (a
// shared book is never put aside under a team's feet), after asking
// unless yes.
func restoreOnServer(cmd *cobra.Command, location, backup string, yes bool) error {
	ctx := cmd.Context()
	// Checked first, as a restore into a file checks it: a damaged or
	// missing backup is told as the backup, pointing to the others.
	if err := data.CheckBackupFile(ctx, backup); err != nil {
		return hinted{err, restoreHints}
	}
	from, err := data.OpenReadOnly(ctx, backup)
	if err != nil {
		return namingBook(backup, err)
	}
	defer from.Close()
	to, err := data.Open(ctx, location)
	if err != nil {
		return err
	}
	defer to.Close()
	if err := to.CheckEmpty(ctx); err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if !yes {
		question := words.T("cli.restore.server.ask", words.V{"Book": text.Clean(to.Path()), "Backup": text.Clean(backup)})
		if err := ask(bufio.NewReader(cmd.InOrStdin()), out, question, words.T("cli.restore.server.not-restored"), words.T("cli.forget.no-answer")); err != nil {
			return err
		}
	}
	meter := newCopyMeter(cmd.ErrOrStderr())
	_, err = from.CopyTo(ctx, to, meter.copied)
	meter.end()
	if err != nil {
		return interrupted(ctx, err)
	}
	fmt.Fprintln(out, words.T("cli.restore.done", words.V{"Book": text.Clean(to.Path()), "Backup": text.Clean(backup)}))
	return nil
}
