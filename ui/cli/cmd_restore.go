package cli

import (
	"fmt"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

func newRestoreCmd(flags *bookFlags) *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:     "restore " + words.T("cli.restore.use-args"),
		Short:   words.T("cli.restore.short"),
		Long:    words.T("cli.restore.long"),
		Example: words.T("cli.restore.example"),
		Args:    exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			// One thread makes every file call of the restore, so that they
			// come in one order: a fault injected at the N-th call of a kind
			// (strace counts per thread) then hits the same step every time.
			runtime.LockOSThread()
			path, err := bookPath(flags)
			if err != nil {
				return err
			}
			if data.IsServerBook(path) {
				return restoreOnServer(cmd, path, args[0], yes)
			}
			done, err := data.Restore(cmd.Context(), path, args[0], time.Now())
			if err != nil {
				return interrupted(cmd.Context(), hinted{err, restoreHints})
			}
			out := cmd.OutOrStdout()
			if done.Aside != "" {
				fmt.Fprintln(out, words.T("cli.restore.kept", words.V{"Aside": text.Clean(done.Aside)}))
			}
			fmt.Fprintln(out, words.T("cli.restore.done", words.V{"Book": text.Clean(done.Book), "Backup": text.Clean(args[0])}))
			for _, p := range done.Others {
				fmt.Fprintln(out, words.T("cli.restore.open-elsewhere", words.V{"Process": text.Clean(p.String())}))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&yes, "yes", false, words.T("cli.restore.flag.yes"))
	return cmd
}
