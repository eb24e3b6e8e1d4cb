package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

const riskLong = `List the customers who need attention, most urgent first, each with the flags
raised and their reasons: stalled leads (buying phases without activity), owning
customers at risk (silence, an overdue follow-up, negative contacts, a low chance of
buying again, falling spend) and win-back candidates (ended phases, or most likely
gone). The thresholds are the book's settings (see tend settings). The purchase models
are fitted as of the same day; the expected purchases and value are over the next
52 weeks. --as-of replays the book as it was: a day counts in full.`

func newRiskCmd(flags *bookFlags) *cobra.Command {
	var asOf, kind string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "risk",
		Short:   "List the customers who need attention: stalled, at risk, win-back",
		Long:    riskLong,
		Example: "  tend risk\n  tend risk --flag win-back --json\n  tend risk --as-of 2025-12-31",
		Args:    cobra.NoArgs,
	}
	cmd.Flags().StringVar(&asOf, "as-of", "now", "judge the book as it was on this day: "+whenHelp)
	cmd.Flags().StringVar(&kind, "flag", "", "only customers with this flag: stalled, at-risk or win-back")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		k, err := parseFlagKind(kind)
		if err != nil {
			return err
		}
		day, err := dayEndFlag("as-of", asOf, b.Now())
		if err != nil {
			return err
		}
		flagged, m, err := b.Risk(ctx, day, k)
		if err != nil {
			return err
		}
		if asJSON {
			return quietPipe(writeRiskJSON(cmd.OutOrStdout(), flagged))
		}
		return quietPipe(writeRiskText(cmd.OutOrStdout(), flagged, m))
	})
	return cmd
}

// parseFlagKind reads --flag; empty means every kind.
func parseFlagKind(s string) (lifecycle.FlagKind, error) {
	switch k := lifecycle.FlagKind(strings.ToLower(strings.TrimSpace(s))); k {
	case "", lifecycle.Stalled, lifecycle.AtRisk, lifecycle.WinBack:
		return k, nil
	}
	return "", fmt.Errorf("--flag: unknown flag %q (use stalled, at-risk or win-back)", s)
}

// kindWords are the flag kinds as the text output says them.
var kindWords = map[lifecycle.FlagKind]string{
	lifecycle.Stalled: "stalled", lifecycle.AtRisk: "at risk", lifecycle.WinBack: "win-back",
}

// writeRiskText writes a line per flagged customer, by the most urgent
// flag, and a summary.
func writeRiskText(w io.Writer, flagged []data.Flagged, m data.Models) error {
	var b strings.Builder
	counts := map[lifecycle.FlagKind]int{}
	for _, f := range flagged {
		top := f.Flags[0]
		counts[top.Kind]++
		fmt.Fprintf(&b, "%3d  %-8s  %s (%s): %s\n", top.Severity, kindWords[top.Kind],
			text.Clean(f.Name), text.Clean(f.PhaseLabel), text.Clean(words.Reason(top.Reasons[0])))
	}
	fmt.Fprintf(&b, "%s flagged: %s stalled, %s at risk, %s win-back; %s\n", text.Thousands(len(flagged)),
		text.Thousands(counts[lifecycle.Stalled]), text.Thousands(counts[lifecycle.AtRisk]), text.Thousands(counts[lifecycle.WinBack]),
		modelSummary(m))
	_, err := io.WriteString(w, b.String())
	return err
}

// modelSummary says what the purchase model was fitted on, or that there
// was none.
func modelSummary(m data.Models) string {
	if m.BGNBDErr != nil {
		return "no purchase model: too little history"
	}
	return "purchase model fitted on " + text.Thousands(m.BGNBD.Customers) + " customers"
}

// riskOutput is one customer of risk --json. The model figures are null
// where the purchase model could not be fitted or the customer bought
// nothing, the expected value also where the spend model could not be
// fitted to the customer's currency, and rfm where the customer bought
// nothing.
type riskOutput struct {
	ID                int64        `json:"id"`
	Name              string       `json:"name"`
	Phase             string       `json:"phase"`
	Flags             []flagOutput `json:"flags"`
	PAlive            *float64     `json:"p_alive"`
	ExpectedPurchases *float64     `json:"expected_purchases"`
	ExpectedValue     *float64     `json:"expected_value"`
	RFM               *rfmOutput   `json:"rfm"`
}

type flagOutput struct {
	Kind     string   `json:"kind"`
	Severity int      `json:"severity"`
	Reasons  []string `json:"reasons"`
}

type rfmOutput struct {
	R       int    `json:"r"`
	F       int    `json:"f"`
	M       int    `json:"m"`
	Segment string `json:"segment"`
}

func newRiskOutput(f data.Flagged) riskOutput {
	out := riskOutput{ID: f.ID, Name: f.Name, Phase: f.Phase, Flags: make([]flagOutput, len(f.Flags))}
	for i, flag := range f.Flags {
		reasons := make([]string, len(flag.Reasons))
		for j, r := range flag.Reasons {
			reasons[j] = words.Reason(r)
		}
		out.Flags[i] = flagOutput{string(flag.Kind), flag.Severity, reasons}
	}
	if fc := f.Forecast; fc.Fitted {
		out.PAlive, out.ExpectedPurchases = &fc.PAlive, &fc.ExpectedPurchases
		if f.ValueForecast {
			v := fc.ExpectedValue.Float()
			out.ExpectedValue = &v
		}
	}
	if s := f.RFM; s != nil {
		out.RFM = &rfmOutput{s.R, s.F, s.M, string(s.Segment)}
	}
	return out
}

func writeRiskJSON(w io.Writer, flagged []data.Flagged) error {
	out := make([]riskOutput, len(flagged))
	for i, f := range flagged {
		out[i] = newRiskOutput(f)
	}
	return writeJSON(w, out)
}
