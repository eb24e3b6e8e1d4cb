package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui"
)

const forgetLong = `Erase a customer and everything about them for good: the profile, contacts,
purchases, phase history, triage state and flags, also from the free space of the
book's file. This is the right to erasure customers in the EU can demand; it cannot
be undone. tend says what will be erased and asks first (--yes skips the question),
then names the backups made before, which still hold the customer.`

func newForgetCmd(flags *bookFlags) *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:     "forget CUSTOMER",
		Short:   "Erase a customer and all about them for good (right to erasure)",
		Long:    forgetLong,
		Example: "  tend forget 'Müller GmbH'\n  tend forget 1042 --yes",
		Args:    cobra.ExactArgs(1),
	}
	cmd.Flags().BoolVar(&yes, "yes", false, "erase without asking")
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		c, err := resolve(ctx, b, cmd, args[0])
		if err != nil {
			return err
		}
		plan, err := b.PlanErasure(ctx, c.ID)
		if err != nil {
			return err
		}
		out := cmd.OutOrStdout()
		fmt.Fprintf(out, "This erases %s (%d) for good: %d contacts, %d purchases, %d phase changes, and their triage state and flags.\n",
			ui.Clean(plan.Name), c.ID, plan.Contacts, plan.Purchases, plan.PhaseChanges)
		if !yes {
			if err := confirm(cmd.InOrStdin(), out, "Erase "+ui.Clean(plan.Name)+"? [y/N] "); err != nil {
				return err
			}
		}
		done, err := b.Forget(ctx, c.ID)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "Erased %s.\n", ui.Clean(done.Name))
		if len(done.Copies) > 0 {
			fmt.Fprintf(out, "These copies were made before and still hold %s; delete them or keep them apart:\n", ui.Clean(done.Name))
			for _, p := range done.Copies {
				fmt.Fprintf(out, "  %s\n", ui.Clean(p))
			}
		}
		return nil
	})
	return cmd
}

// confirm asks a question and succeeds on a yes only.
func confirm(in io.Reader, out io.Writer, question string) error {
	fmt.Fprint(out, question)
	line, err := bufio.NewReader(in).ReadString('\n')
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
