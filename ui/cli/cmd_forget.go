package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

func newForgetCmd(flags *bookFlags) *cobra.Command {
	var opt forgetOptions
	cmd := &cobra.Command{
		Use:     "forget " + words.T("cli.forget.use-args"),
		Short:   words.T("cli.forget.short"),
		Long:    words.T("cli.forget.long"),
		Example: words.T("cli.forget.example"),
		Args:    maxArgs(1),
	}
	cmd.Flags().BoolVar(&opt.yes, "yes", false, words.T("cli.forget.flag.yes"))
	cmd.Flags().BoolVar(&opt.everywhere, "everywhere", false, words.T("cli.forget.flag.everywhere"))
	// Without the day's backup: it would copy the customer once more.
	cmd.RunE = withBookOnly(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		return interruptedForget(ctx, forget(ctx, b, cmd, args, opt))
	})
	return cmd
}

// forgetOptions are tend forget's flags.
type forgetOptions struct {
	yes, everywhere bool
}

// forget finishes a wipe an earlier forget left undone, then erases the
// customer named, if any.
func forget(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string, opt forgetOptions) error {
	out := cmd.OutOrStdout()
	finished, err := b.FinishWipe(ctx)
	if err != nil {
		return err
	}
	if finished {
		fmt.Fprintln(out, words.T("cli.forget.finished-wipe"))
	}
	if len(args) == 0 {
		if !finished {
			return errors.New(words.T("cli.forget.no-customer"))
		}
		return nil
	}
	c, err := resolve(ctx, b, cmd, args[0])
	if _, gone := errors.AsType[data.NotFoundError](err); gone {
		return forgetFromCopies(ctx, cmd, b.Path(), args[0], opt, finished, err)
	}
	if err != nil {
		return err
	}
	plan, err := b.PlanErasure(ctx, c.ID)
	if err != nil {
		return err
	}
	if opt, err = askToForget(cmd, c.ID, plan, opt); err != nil {
		return err
	}
	erased, err := b.Forget(ctx, c.ID)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, words.T("cli.forget.erased", words.V{"Name": text.Clean(plan.Name)}))
	if erased.OnServer {
		tellServerRemains(out, erased)
		return nil
	}
	if opt.everywhere {
		return eraseFromCopies(ctx, out, c.ID, plan.Name, plan.Copies, words.T("cli.forget.done.erased", words.V{"Name": plan.Name}))
	}
	tellHeldCopies(out, plan)
	return nil
}

// askToForget says what will be erased and which copies hold the customer,
// and asks first unless --yes: whether to erase, and whether from the
// copies too.
func askToForget(cmd *cobra.Command, id int64, plan data.Erasure, opt forgetOptions) (forgetOptions, error) {
	out := cmd.OutOrStdout()
	name := text.Clean(plan.Name)
	fmt.Fprintln(out, words.T("cli.forget.plan", words.V{"Name": name, "ID": id,
		"Contacts": plan.Contacts, "Purchases": plan.Purchases, "PhaseChanges": plan.PhaseChanges}))
	listHeldCopies(out, plan)
	if opt.yes {
		return opt, nil
	}
	in := bufio.NewReader(cmd.InOrStdin())
	if err := confirm(in, out, words.T("cli.forget.ask", words.V{"Name": name})); err != nil {
		return opt, err
	}
	if len(plan.Copies) > 0 && !opt.everywhere {
		err := confirm(in, out, words.N("cli.forget.ask-copies", len(plan.Copies), words.V{"Name": name}))
		opt.everywhere = err == nil
	}
	return opt, nil
}

// confirm asks a question of forget and succeeds on a yes only.
func confirm(in *bufio.Reader, out io.Writer, question string) error {
	return ask(in, out, question, words.T("cli.forget.not-erased"), words.T("cli.forget.no-answer"))
}

// ask asks a question and succeeds on a yes only; any other answer is an
// error that says no, which says what was not done, and none at all one
// that says noAnswer.
func ask(in *bufio.Reader, out io.Writer, question, no, noAnswer string) error {
	fmt.Fprint(out, question)
	line, err := in.ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: %w", words.T("cli.forget.read-answer"), err)
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes", "j", "ja":
		return nil
	case "":
		if errors.Is(err, io.EOF) {
			return errors.New(noAnswer)
		}
	}
	return errors.New(no)
}

// errStoppedAfter marks a forget stopped by ctrl+c after the customer was
// erased from the book: the words say what was done, where a command
// stopped midway says that nothing was.
var errStoppedAfter error = stoppedByCtrlC{}

type stoppedByCtrlC struct{}

func (stoppedByCtrlC) Error() string { return words.T("cli.forget.stopped") }

// interruptedForget keeps forget's own words when ctrl+c stopped it after
// the erasure was stored, and has them end the command as ctrl+c does.
func interruptedForget(ctx context.Context, err error) error {
	if ctx.Err() == nil || !errors.Is(err, data.ErrWipeUnfinished) && !errors.Is(err, errStoppedAfter) {
		return err
	}
	return stoppedAfter{err}
}

// stoppedAfter is an error that tells what was done before ctrl+c, and is
// errInterrupted to main, for its exit status.
type stoppedAfter struct{ error }

func (e stoppedAfter) Is(target error) bool { return target == errInterrupted }

// Unwrap gives what was done, so that the command line finds its words.
func (e stoppedAfter) Unwrap() error { return e.error }

// tellServerRemains says what an erasure on a server book leaves beyond
// tend's reach, and which tables tend's role could not vacuum.
func tellServerRemains(out io.Writer, e data.Erasure) {
	name := text.Clean(e.Name)
	if len(e.Unvacuumed) > 0 {
		fmt.Fprintln(out, words.T("cli.forget.server.unvacuumed", words.V{"Tables": strings.Join(e.Unvacuumed, ", ")}))
	}
	fmt.Fprintln(out, words.T("cli.forget.server.remains", words.V{"Name": name}))
}
