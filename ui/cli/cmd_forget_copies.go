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

// forgetFromCopies looks for a customer no longer in the book in the
// copies tend made of it, by the name given, and erases them there when
// --everywhere or a yes says so: what finishes an erasure from copies
// that could not be changed at the time. With no copy holding the name,
// it is the book's answer that no customer matches.
func forgetFromCopies(ctx context.Context, cmd *cobra.Command, bookPath, name string, opt forgetOptions, finished bool, notFound error) error {
	out := cmd.OutOrStdout()
	held, err := data.CopiesHolding(ctx, bookPath, 0, name)
	switch {
	case err != nil:
		return err
	case len(held) == 0 && !finished:
		return notFound
	case len(held) == 0:
		fmt.Fprintf(out, "No customer matches %q in the book now; nothing more to erase there.\n", text.Clean(name))
		return nil
	}
	these := strings.ToLower(theseCopies(len(held)))
	fmt.Fprintf(out, "No customer matches %q in the book, but %s tend made of it %s, or could not be read:\n", name, these, holdThem(len(held)))
	nameHeldCopies(out, held)
	switch {
	case opt.everywhere:
	case opt.yes:
		fmt.Fprintf(out, "Nothing was erased; run tend forget --everywhere %q to erase them there.\n", name)
		return nil
	default:
		if err := confirm(bufio.NewReader(cmd.InOrStdin()), out, fmt.Sprintf("Erase %q from %s? [y/N] ", name, these)); err != nil {
			return err
		}
	}
	return eraseFromCopies(ctx, out, 0, name, held, fmt.Sprintf("no customer matches %q in the book", name))
}

// listHeldCopies names the copies that hold the customer.
func listHeldCopies(out io.Writer, plan data.Erasure) {
	if len(plan.Copies) == 0 {
		fmt.Fprintln(out, "No copy tend made of the book holds them.")
		return
	}
	fmt.Fprintf(out, "%s tend made of the book %s, or could not be read:\n", theseCopies(len(plan.Copies)), holdThem(len(plan.Copies)))
	nameHeldCopies(out, plan.Copies)
}

// nameHeldCopies names each copy, and why it could not be read.
func nameHeldCopies(out io.Writer, copies []data.HeldCopy) {
	for _, c := range copies {
		line := fmt.Sprintf("  %s (%s)", c.Path, copyKind(c.Kind))
		if c.Unreadable != nil {
			line += fmt.Sprintf(": could not be read (%v), so it may hold them", c.Unreadable)
		}
		fmt.Fprintln(out, text.Clean(line))
	}
}

// tellHeldCopies reminds, after the erasure, of the copies left as they
// were.
func tellHeldCopies(out io.Writer, plan data.Erasure) {
	if len(plan.Copies) > 0 {
		fmt.Fprintf(out, "%s still %s; delete or keep apart what holds %s.\n", theseCopies(len(plan.Copies)), holdThem(len(plan.Copies)), text.Clean(plan.Name))
	}
}

// eraseFromCopies erases the customer from each copy that holds them (by
// name alone when id is 0) and says per copy what it did. A copy it cannot
// change is told, not hidden; done says what is done already, for the
// error.
func eraseFromCopies(ctx context.Context, out io.Writer, id int64, name string, copies []data.HeldCopy, done string) error {
	var failed int
	for _, c := range copies {
		erased, err := data.EraseFromCopy(ctx, c.Path, id, name)
		if ctx.Err() != nil {
			return fmt.Errorf("%s, but erasing them from the copies was %w at %s; it and the copies after it may still hold them",
				done, errStoppedAfter, c.Path)
		}
		said, ok := copyErasureReport(erased, err, name)
		if !ok {
			failed++
		}
		fmt.Fprintln(out, text.Clean("  "+c.Path+": "+said))
	}
	if failed > 0 {
		return fmt.Errorf("%s, but %d of the copies still hold them or could not be changed", done, failed)
	}
	return nil
}

// copyErasureReport says what erasing the customer from a copy did, and
// whether it left the copy without them.
func copyErasureReport(done data.CopyErasure, err error, name string) (string, bool) {
	again := fmt.Sprintf("close it and run tend forget --everywhere %q", name)
	switch {
	case errors.Is(err, data.ErrBusy) && done.Erased:
		return "their record is erased, but its free space could not be wiped, as another tend has this copy open; " + again, false
	case errors.Is(err, data.ErrBusy):
		return "not erased, as another tend has this copy open; " + again, false
	case err != nil:
		return fmt.Sprintf("not erased: %v", err), false
	case done.StillHolds:
		return "still holds them after the erasure (their record, or their name outside the live text); open it with tend --db to look", false
	}
	return "erased, and no trace of the name is left in the file", true
}

// theseCopies points at the copies listed: This copy, These 3 copies.
func theseCopies(n int) string {
	if n == 1 {
		return "This copy"
	}
	return fmt.Sprintf("These %d copies", n)
}

// holdThem says that copies hold the customer: holds them, hold them.
func holdThem(n int) string {
	if n == 1 {
		return "holds them"
	}
	return "hold them"
}
