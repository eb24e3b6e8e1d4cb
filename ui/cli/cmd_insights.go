package cli

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// insightSections are the tables --csv can print, in the order they are
// offered.
var insightSections = []string{"funnel", "flow", "conversion", "reasons", "time_in_phase", "weekly", "cohorts"}

type insightsOptions struct {
	period, from, to, asOf string
	owner, tag, section    string
	weeks                  int
	json, csv              bool
	periodSet              bool // --period was given, not left at its default
}

func newInsightsCmd(flags *bookFlags) *cobra.Command {
	opt := &insightsOptions{}
	cmd := &cobra.Command{
		Use:     "insights",
		Short:   words.T("cli.insights.short"),
		Long:    words.T("cli.insights.long"),
		Example: words.T("cli.insights.example"),
		Args:    noArgs,
		RunE:    withBook(flags, runInsights(opt)),
	}
	fs := cmd.Flags()
	fs.StringVar(&opt.period, "period", defaultPeriod, words.T("cli.insights.flag.period"))
	fs.StringVar(&opt.from, "from", "", words.T("cli.insights.flag.from", words.V{"When": whenHelp()}))
	fs.StringVar(&opt.to, "to", "", words.T("cli.insights.flag.to"))
	fs.StringVar(&opt.asOf, "as-of", "now", words.T("cli.insights.flag.as-of", words.V{"When": whenHelp()}))
	fs.StringVar(&opt.owner, "owner", "", words.T("cli.insights.flag.owner"))
	fs.StringVar(&opt.tag, "tag", "", words.T("cli.insights.flag.tag"))
	fs.IntVar(&opt.weeks, "weeks", data.DefaultInsightWeeks, words.T("cli.insights.flag.weeks"))
	fs.BoolVar(&opt.json, "json", false, words.T("cli.insights.flag.json"))
	fs.BoolVar(&opt.csv, "csv", false, words.T("cli.insights.flag.csv"))
	fs.StringVar(&opt.section, "section", "", words.T("cli.insights.flag.section", words.V{"Sections": orList(insightSections)}))
	cmd.MarkFlagsMutuallyExclusive("json", "csv")
	return cmd
}

func runInsights(opt *insightsOptions) runFunc {
	return func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		opt.periodSet = cmd.Flags().Changed("period")
		if err := opt.checkSection(); err != nil {
			return err
		}
		q, err := opt.query(b.Now())
		if err != nil {
			return err
		}
		lc, err := b.Lifecycle(ctx)
		if err != nil {
			return err
		}
		ins, err := opt.read(ctx, b, q)
		if err != nil {
			return err
		}
		out := cmd.OutOrStdout()
		switch {
		case opt.json:
			return quietPipe(writeInsightsJSON(out, newInsightsOutput(ins, q, lc)))
		case opt.csv:
			return quietPipe(writeInsightsCSV(out, opt.section, newInsightsOutput(ins, q, lc)))
		}
		currency, err := b.Currency(ctx)
		if err != nil {
			return err
		}
		return quietPipe(writeInsightsText(out, ins, q, textBook{names: newPhaseNames(words.Phases(lc)), currency: currency}))
	}
}

// read counts the figures the output needs: a section of CSV but the
// weekly one needs no flags, whose replay reads every customer's history.
func (o *insightsOptions) read(ctx context.Context, b *data.Book, q data.InsightsQuery) (lifecycle.Insights, error) {
	if o.asOf == "now" {
		q.AsOf = time.Time{} // the book's now, for which it keeps the weeks' flags
	}
	if o.csv && o.section != "weekly" {
		return b.InsightsWithoutFlags(ctx, q)
	}
	return b.Insights(ctx, q, nil)
}

// checkSection makes sure a section goes with --csv, and only with it.
func (o *insightsOptions) checkSection() error {
	switch {
	case o.csv && o.section == "":
		return errors.New(words.T("cli.insights.csv-needs-section", words.V{"Sections": orList(insightSections)}))
	case !o.csv && o.section != "":
		return errors.New(words.T("cli.insights.section-without-csv"))
	case o.csv && !slices.Contains(insightSections, o.section):
		return errors.New(words.T("cli.insights.unknown-section", words.V{"Section": fmt.Sprintf("%q", o.section), "Sections": orList(insightSections)}))
	}
	return nil
}

// orList says a list of choices: "a, b or c".
func orList(choices []string) string {
	if len(choices) < 2 {
		return strings.Join(choices, "")
	}
	return words.T("cli.or-list", words.V{"Items": strings.Join(choices[:len(choices)-1], ", "), "Last": choices[len(choices)-1]})
}

// textBook is what the text's sections know of the book besides its
// figures: its phases by key, and the one currency of its purchases, ""
// for several.
type textBook struct {
	names    phaseNames
	currency string
}

// phaseNames finds the phases of the book's lifecycle by key.
type phaseNames map[string]lifecycle.Phase

func newPhaseNames(lc lifecycle.Lifecycle) phaseNames {
	names := phaseNames{}
	for _, p := range lc.Phases {
		names[p.Key] = p
	}
	return names
}

// of is the phase with key; a key the lifecycle lacks is its own label.
func (n phaseNames) of(key string) lifecycle.Phase {
	if p, ok := n[key]; ok {
		return p
	}
	return lifecycle.Phase{Key: key, Label: key}
}
