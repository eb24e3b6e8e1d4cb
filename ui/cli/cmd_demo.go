package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
)

func newDemoCmd(flags *bookFlags) *cobra.Command {
	opt := data.DemoOptions{Customers: 1000, Seed: 1}
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Fill an empty book with generated customers",
		Long: "Fill an empty book with made-up customers and two years of contacts, purchases and moves\n" +
			"between phases, to try tend out. The same seed and size make the same book. A book that\n" +
			"already holds customers is refused, so that real customers are never mixed with made-up ones.",
		Example: "  tend --db /tmp/demo.db demo --customers 100000\n  tend --db /tmp/ict.db demo --preset ict --seed 7",
		Args:    cobra.NoArgs,
	}
	fs := cmd.Flags()
	fs.IntVar(&opt.Customers, "customers", opt.Customers, "how many customers to make")
	fs.Int64Var(&opt.Seed, "seed", opt.Seed, "the seed of the random draws; the same seed makes the same book")
	fs.StringVar(&opt.Preset, "preset", "", "switch the book to this lifecycle first: "+strings.Join(lifecycle.PresetNames, ", "))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		start := time.Now()
		made, err := b.MakeDemo(ctx, opt)
		if err != nil {
			return fmt.Errorf("make a demo book in %s: %w", b.Path(), err)
		}
		_, err = fmt.Fprintf(cmd.OutOrStdout(), "Made %s customers, %s contacts, %s purchases in %.1fs\n",
			text.Thousands(made.Customers), text.Thousands(made.Contacts), text.Thousands(made.Purchases), time.Since(start).Seconds())
		return err
	})
	return cmd
}
