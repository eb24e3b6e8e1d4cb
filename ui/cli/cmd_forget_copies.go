package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
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
		fmt.Fprintln(out, words.T("cli.forget.gone.nothing-more", words.V{"Name": fmt.Sprintf("%q", text.Clean(name))}))
		return nil
	}
	quoted := fmt.Sprintf("%q", name)
	fmt.Fprintln(out, words.N("cli.forget.gone.held", len(held), words.V{"Name": quoted}))
	nameHeldCopies(out, held)
	switch {
	case opt.everywhere:
	case opt.yes:
		fmt.Fprintln(out, words.T("cli.forget.gone.not-erased", words.V{"Name": quoted}))
		return nil
	default:
		if err := confirm(bufio.NewReader(cmd.InOrStdin()), out, words.N("cli.forget.gone.ask", len(held), words.V{"Name": quoted})); err != nil {
			return err
		}
	}
	return eraseFromCopies(ctx, out, 0, name, held, words.T("cli.forget.done.gone", words.V{"Name": quoted}))
}

// listHeldCopies names the copies that hold the customer.
func listHeldCopies(out io.Writer, plan data.Erasure) {
	switch {
	case plan.OnServer:
		return // tend makes no copies of a server book beside it
	case len(plan.Copies) == 0:
		fmt.Fprintln(out, words.T("cli.forget.copies.none"))
		return
	}
	fmt.Fprintln(out, words.N("cli.forget.copies.held", len(plan.Copies)))
	nameHeldCopies(out, plan.Copies)
}

// nameHeldCopies names each copy, and why it could not be read.
func nameHeldCopies(out io.Writer, copies []data.HeldCopy) {
	for _, c := range copies {
		line := "  " + words.T("cli.forget.copy", words.V{"Path": c.Path, "Kind": copyKind(c.Kind)})
		if c.Unreadable != nil {
			line = "  " + words.T("cli.forget.copy-unreadable", words.V{"Path": c.Path, "Kind": copyKind(c.Kind), "Err": c.Unreadable})
		}
		fmt.Fprintln(out, text.Clean(line))
	}
}

// tellHeldCopies reminds, after the erasure, of the copies left as they
// were.
func tellHeldCopies(out io.Writer, plan data.Erasure) {
	if len(plan.Copies) > 0 {
		fmt.Fprintln(out, words.N("cli.forget.copies.left", len(plan.Copies), words.V{"Name": text.Clean(plan.Name)}))
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
			return saidError{words.T("cli.forget.stopped-in-copies", words.V{"Done": done, "Stopped": errStoppedAfter, "Copy": c.Path}), errStoppedAfter}
		}
		said, ok := copyErasureReport(erased, err, name)
		if !ok {
			failed++
		}
		fmt.Fprintln(out, text.Clean("  "+words.T("cli.forget.copy-report", words.V{"Path": c.Path, "Said": said})))
	}
	if failed > 0 {
		return errors.New(words.N("cli.forget.copies-failed", failed, words.V{"Done": done, "Failed": failed}))
	}
	return nil
}

// copyErasureReport says what erasing the customer from a copy did, and
// whether it left the copy without them.
func copyErasureReport(done data.CopyErasure, err error, name string) (string, bool) {
	v := words.V{"Name": fmt.Sprintf("%q", name), "Err": err}
	switch {
	case errors.Is(err, data.ErrBusy) && done.Erased:
		return words.T("cli.forget.copy-said.busy-wipe", v), false
	case errors.Is(err, data.ErrBusy):
		return words.T("cli.forget.copy-said.busy", v), false
	case err != nil:
		return words.T("cli.forget.copy-said.failed", v), false
	case done.StillHolds:
		return words.T("cli.forget.copy-said.still-holds", v), false
	}
	return words.T("cli.forget.copy-said.erased", v), true
}
