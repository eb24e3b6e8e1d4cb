package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
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
		_, err = fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.demo.done", words.V{"Customers": text.Thousands(made.Customers),
			"Contacts": text.Thousands(made.Contacts), "Purchases": text.Thousands(made.Purchases),
			"Seconds": strconv.FormatFloat(time.Since(start).Seconds(), 'f', 1, 64)}))
		return err
	})
	return cmd
}
