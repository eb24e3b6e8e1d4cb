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
)

const forgetLong = `Erase a customer and everything about them for good: the profile, contacts,
purchases, phase history, triage state and flags, also from the free space of the
book's file. This is the right to erasure customers in the EU can demand; it cannot
be undone. tend says what will be erased and asks first (--yes skips the question).

tend then reads every copy it made of the book (the daily backups, the copies
taken before an upgrade or a restore) and names each that still holds the
customer, or that it could not read. It asks whether to erase the customer from
those copies too; --everywhere does so without asking. Forgetting never takes the
day's backup, which would copy the customer once more. A copy holds the customer
when it has their record, or their name in its bytes where its live text does not
explain it (free space, old images of pages); a name that is only part of other
live text, such as another customer's name, does not count.

If a copy cannot be changed, for instance because another tend has it open, tend
says what it did to it. Close it and run tend forget --everywhere NAME: with the
customer no longer in the book, tend looks for them in the copies by their full
name alone, lists what holds them and erases them there (asking first, unless
--everywhere).

If forgetting is stopped after the customer is erased, tend says so; run tend
forget again (with or without a customer) to finish wiping the file.`

func newForgetCmd(flags *bookFlags) *cobra.Command {
	var opt forgetOptions
	cmd := &cobra.Command{
		Use:     "forget [CUSTOMER]",
		Short:   "Erase a customer and all about them for good (right to erasure)",
		Long:    forgetLong,
		Example: "  tend forget 'Müller GmbH'\n  tend forget 1042 --yes --everywhere",
		Args:    cobra.MaximumNArgs(1),
	}
	cmd.Flags().BoolVar(&opt.yes, "yes", false, "erase without asking")
	cmd.Flags().BoolVar(&opt.everywhere, "everywhere", false, "erase the customer also from the copies tend made of the book")
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
		fmt.Fprintln(out, "Finished wiping the book's free space after an erasure that was stopped.")
	}
	if len(args) == 0 {
		if !finished {
			return errors.New("name the customer to erase (tend forget CUSTOMER)")
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
	if _, err := b.Forget(ctx, c.ID); err != nil {
		return err
	}
	fmt.Fprintf(out, "Erased %s.\n", text.Clean(plan.Name))
	if opt.everywhere {
		return eraseFromCopies(ctx, out, c.ID, plan.Name, plan.Copies, plan.Name+" is erased from the book")
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
	fmt.Fprintf(out, "This erases %s (%d) for good: %d contacts, %d purchases, %d phase changes, and their triage state and flags.\n",
		name, id, plan.Contacts, plan.Purchases, plan.PhaseChanges)
	listHeldCopies(out, plan)
	if opt.yes {
		return opt, nil
	}
	in := bufio.NewReader(cmd.InOrStdin())
	if err := confirm(in, out, "Erase "+name+"? [y/N] "); err != nil {
		return opt, err
	}
	if len(plan.Copies) > 0 && !opt.everywhere {
		err := confirm(in, out, fmt.Sprintf("Also erase %s from %s? [y/N] ", name, strings.ToLower(theseCopies(len(plan.Copies)))))
		opt.everywhere = err == nil
	}
	return opt, nil
}

// confirm asks a question and succeeds on a yes only.
func confirm(in *bufio.Reader, out io.Writer, question string) error {
	fmt.Fprint(out, question)
	line, err := in.ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("read the answer: %w", err)
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes", "j", "ja":
		return nil
	case "":
		if errors.Is(err, io.EOF) {
			return errors.New("nothing was erased: no answer came (pass --yes to erase without asking)")
		}
	}
	return errors.New("nothing was erased")
}

// errStoppedAfter marks a forget stopped by ctrl+c after the customer was
// erased from the book: the words say what was done, where a command
// stopped midway says that nothing was.
var errStoppedAfter = errors.New("stopped by ctrl+c")

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
