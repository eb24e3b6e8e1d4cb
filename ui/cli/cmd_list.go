package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

type listOptions struct {
	phase, tag, owner, search string
	sort                      string
	archived, json, csv, mine bool
	flagged                   bool // only customers with a flag (the assistant's list_customers)
	limit                     int
}

func newListCmd(flags *bookFlags) *cobra.Command {
	opt := &listOptions{}
	cmd := &cobra.Command{
		Use:     "list",
		Short:   words.T("cli.list.short"),
		Example: words.T("cli.list.example"),
		Args:    noArgs,
		RunE:    withBook(flags, runList(opt)),
	}
	fs := cmd.Flags()
	fs.StringVar(&opt.phase, "phase", "", words.T("cli.list.flag.phase"))
	fs.StringVar(&opt.tag, "tag", "", words.T("cli.list.flag.tag"))
	fs.StringVar(&opt.owner, "owner", "", words.T("cli.list.flag.owner"))
	fs.BoolVar(&opt.mine, "mine", false, words.T("cli.list.flag.mine"))
	fs.StringVar(&opt.search, "search", "", words.T("cli.list.flag.search"))
	fs.BoolVar(&opt.archived, "archived", false, words.T("cli.list.flag.archived"))
	fs.IntVar(&opt.limit, "limit", 0, words.T("cli.list.flag.limit"))
	fs.StringVar(&opt.sort, "sort", string(data.OrderName), words.T("cli.list.sort.flag"))
	fs.BoolVar(&opt.json, "json", false, words.T("cli.list.flag.json"))
	fs.BoolVar(&opt.csv, "csv", false, words.T("cli.list.flag.csv"))
	cmd.MarkFlagsMutuallyExclusive("json", "csv")
	cmd.MarkFlagsMutuallyExclusive("mine", "owner")
	return cmd
}

func runList(opt *listOptions) runFunc {
	return func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		lc, err := b.Lifecycle(ctx)
		if err != nil {
			return err
		}
		f, err := opt.filter(ctx, b, lc)
		if err != nil {
			return err
		}
		out := cmd.OutOrStdout()
		switch {
		case opt.json:
			return listJSON(ctx, b, lc, f, out)
		case opt.csv:
			return listCSV(ctx, b, lc, f, out)
		}
		return listText(ctx, b, lc, f, out, b.Now())
	}
}

// filter is the listing the options ask for, each error naming its flag.
func (opt *listOptions) filter(ctx context.Context, b *data.Book, lc lifecycle.Lifecycle) (data.Filter, error) {
	f := data.Filter{Tag: opt.tag, Owner: opt.owner, Search: opt.search, Archived: opt.archived, Flagged: opt.flagged, Limit: opt.limit}
	var err error
	if opt.mine {
		if f.Owner, err = b.Me(ctx); err != nil {
			return f, err
		}
	}
	if opt.phase != "" {
		p, err := lc.Find(phaseTyped(lc, opt.phase))
		if err != nil {
			return f, fmt.Errorf("--phase: %w", err)
		}
		f.Phase = p.Key
	}
	if f.Order, err = data.ParseOrder(opt.sort); err != nil {
		return f, fmt.Errorf("--sort: %w", err)
	}
	return f, nil
}

// listJSON streams the array one customer at a time, so that a pipe into
// head gets its first lines at once on a large book.
func listJSON(ctx context.Context, b *data.Book, lc lifecycle.Lifecycle, f data.Filter, stdout io.Writer) error {
	out, flush := jsonForTerminal(stdout)
	sep := "[\n"
	err := b.EachCustomer(ctx, f, func(c lifecycle.Customer) error {
		line, err := json.Marshal(data.NewCustomerRecord(c, lc))
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(out, "%s  %s", sep, line)
		sep = ",\n"
		return err
	})
	if err != nil {
		return quietPipe(errors.Join(err, flush()))
	}
	if sep == "[\n" {
		_, err = io.WriteString(out, "[]\n")
	} else {
		_, err = io.WriteString(out, "\n]\n")
	}
	return quietPipe(errors.Join(err, flush()))
}

func listCSV(ctx context.Context, b *data.Book, lc lifecycle.Lifecycle, f data.Filter, out io.Writer) error {
	safe, flush := safeForTerminal(out)
	w := data.NewCSVWriter(safe)
	if err := w.Write(data.CustomerColumns); err != nil {
		return quietPipe(err)
	}
	err := b.EachCustomer(ctx, f, func(c lifecycle.Customer) error {
		return w.Write(data.NewCustomerRecord(c, lc).CSV())
	})
	return quietPipe(errors.Join(err, w.Flush(), flush()))
}

func listText(ctx context.Context, b *data.Book, lc lifecycle.Lifecycle, f data.Filter, out io.Writer, now time.Time) error {
	currency, err := b.Currency(ctx)
	if err != nil {
		return err
	}
	var rows [][]string
	err = b.EachCustomer(ctx, f, func(c lifecycle.Customer) error {
		rows = append(rows, []string{fmt.Sprint(c.ID), c.Name, c.Company, phaseLabel(lc, c.Phase),
			words.Money(words.Amount(c.Value), currency), daysAgo(c.LastContactAt, now), strings.Join(c.Tags, ", ")})
		return nil
	})
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(out, words.T("cli.list.none"))
		return err
	}
	header := []string{words.T("cli.list.header.customer-id"), words.T("cli.list.header.name"), words.T("cli.list.header.company"),
		words.T("cli.list.header.phase"), words.T("cli.list.header.value"), words.T("cli.list.header.last-contact"), words.T("cli.list.header.tags")}
	return quietPipe(text.WriteTable(out, header, rows, 32))
}
