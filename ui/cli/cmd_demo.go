package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

func newDemoCmd(flags *bookFlags) *cobra.Command {
	opt := data.DemoOptions{Customers: 1000, Seed: 1}
	cmd := &cobra.Command{
		Use:     "demo",
		Short:   words.T("cli.demo.short"),
		Long:    words.T("cli.demo.long"),
		Example: words.T("cli.demo.example"),
		Args:    noArgs,
	}
	fs := cmd.Flags()
	fs.IntVar(&opt.Customers, "customers", opt.Customers, words.T("cli.demo.flag.customers"))
	fs.Int64Var(&opt.Seed, "seed", opt.Seed, words.T("cli.demo.flag.seed"))
	fs.StringVar(&opt.Preset, "preset", "", words.T("cli.demo.flag.preset", words.V{"Presets": strings.Join(lifecycle.PresetNames, ", ")}))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		start := time.Now()
		opt.Language = words.Language()
		made, err := b.MakeDemo(ctx, opt)
		if err != nil {
			return fmt.Errorf("%s: %w", words.T("cli.demo.failed", words.V{"Book": b.Path()}), err)
		}
		_, err = fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.demo.done", words.V{"Customers": words.Number(made.Customers),
			"Contacts": words.Number(made.Contacts), "Purchases": words.Number(made.Purchases),
			"Seconds": words.Decimal(time.Since(start).Seconds(), 1)}))
		return err
	})
	return cmd
}
