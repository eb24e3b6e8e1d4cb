package cli

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
)

const insightsLong = `Count the figures customer management steers by, from each customer's history:
the funnel (the customers on the book in each phase and their value), the flow between
phases in the period with the share of each buying phase's customers who went on to
an owning phase, how long customers stay in each phase, the book's activity week by
week with the customers flagged at each week's end (judged as tend risk judges a day),
and cohorts of first buyers by month with the share who bought in each month after.

The period is the --period that ends at the as-of moment, or --from to --to (a day
counts in full). --as-of replays the book as it was on that day. --owner and --tag
count only some customers. --json prints every section as one object; --csv prints
the table of one --section.`

// insightSections are the tables --csv can print, in the order they are
// offered.
var insightSections = []string{"funnel", "flow", "conversion", "time_in_phase", "weekly", "cohorts"}

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
		Use:   "insights",
		Short: "Count the funnel, the flow between phases, time in phase, weekly activity and cohorts",
		Long:  insightsLong,
		Example: "  tend insights\n  tend insights --period 12w --owner anna\n" +
			"  tend insights --from 2025-01-01 --to 2025-03-31 --json\n  tend insights --csv --section weekly > weekly.csv",
		Args: cobra.NoArgs,
		RunE: withBook(flags, runInsights(opt)),
	}
	fs := cmd.Flags()
	fs.StringVar(&opt.period, "period", defaultPeriod, "the days (90d, 90) or weeks (12w) that end at the as-of moment")
	fs.StringVar(&opt.from, "from", "", "start the period with this day, instead of --period: "+whenHelp)
	fs.StringVar(&opt.to, "to", "", "end the period with this day (default the as-of moment)")
	fs.StringVar(&opt.asOf, "as-of", "now", "count the book as it was on this day: "+whenHelp)
	fs.StringVar(&opt.owner, "owner", "", "only customers of this owner")
	fs.StringVar(&opt.tag, "tag", "", "only customers with this tag")
	fs.IntVar(&opt.weeks, "weeks", data.DefaultInsightWeeks, "how many weeks of activity, ending at the as-of moment")
	fs.BoolVar(&opt.json, "json", false, "print one JSON object")
	fs.BoolVar(&opt.csv, "csv", false, "print the table of one --section as CSV")
	fs.StringVar(&opt.section, "section", "", "the table --csv prints: "+orList(insightSections))
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
		ins, err := b.Insights(ctx, q, nil)
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
		return quietPipe(writeInsightsText(out, ins, q, newPhaseNames(lc)))
	}
}

// checkSection makes sure a section goes with --csv, and only with it.
func (o *insightsOptions) checkSection() error {
	switch {
	case o.csv && o.section == "":
		return fmt.Errorf("--csv needs a --section: %s", orList(insightSections))
	case !o.csv && o.section != "":
		return errors.New("--section chooses the table of --csv, which is not given")
	case o.csv && !slices.Contains(insightSections, o.section):
		return fmt.Errorf("--section: unknown section %q (use %s)", o.section, orList(insightSections))
	}
	return nil
}

// orList says a list of choices: "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
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
