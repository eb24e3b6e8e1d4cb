package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

func newFitCmd(flags *bookFlags) *cobra.Command {
	var asOf string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "fit",
		Short:   words.T("cli.fit.short"),
		Long:    words.T("cli.fit.long"),
		Example: words.T("cli.fit.example"),
		Args:    noArgs,
	}
	cmd.Flags().StringVar(&asOf, "as-of", "now", words.T("cli.fit.flag.as-of", words.V{"When": whenHelp()}))
	cmd.Flags().BoolVar(&asJSON, "json", false, words.T("cli.fit.flag.json"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		day, err := parseWhenFlag("as-of", asOf, b.Now(), lifecycle.Past)
		if err != nil {
			return err
		}
		m, err := b.PurchaseModels(ctx, day)
		if err != nil {
			return err
		}
		neither := m.BGNBDErr != nil && m.GammaGammaErr != nil
		switch {
		case asJSON:
			err = writeFitJSON(cmd.OutOrStdout(), m)
		case !neither:
			err = writeFitText(cmd.OutOrStdout(), m)
		}
		if err == nil && neither {
			err = neitherFitted(m)
		}
		return err
	})
	return cmd
}

// neitherFitted is the error of a book neither model could be fitted to.
// Too little history for the repeat-buying model is too little for the
// spend model as well, so that reason is given alone.
func neitherFitted(m data.Models) error {
	if errors.Is(m.BGNBDErr, lifecycle.ErrTooFewCustomers) || errors.Is(m.BGNBDErr, lifecycle.ErrNoRepeatPurchases) {
		return fmt.Errorf("%s: %w", words.T("cli.fit.cannot"), m.BGNBDErr)
	}
	return saidError{words.T("cli.fit.cannot-either", words.V{"BGNBD": phrase(m.BGNBDErr), "GammaGamma": phrase(m.GammaGammaErr)}), errors.Join(m.BGNBDErr, m.GammaGammaErr)}
}

// fitOutput is fit --json; a model that could not be fitted is null, with
// the reason beside it.
type fitOutput struct {
	BGNBD           *bgnbdOutput      `json:"bgnbd"`
	BGNBDError      string            `json:"bgnbd_error,omitempty"`
	GammaGamma      *gammaGammaOutput `json:"gamma_gamma"`
	GammaGammaError string            `json:"gamma_gamma_error,omitempty"`
}

type bgnbdOutput struct {
	R             float64 `json:"r"`
	Alpha         float64 `json:"alpha"`
	A             float64 `json:"a"`
	B             float64 `json:"b"`
	LogLikelihood float64 `json:"log_likelihood"`
	Customers     int     `json:"customers"`
	TimeUnit      string  `json:"time_unit"`
}

type gammaGammaOutput struct {
	P         float64 `json:"p"`
	Q         float64 `json:"q"`
	V         float64 `json:"v"`
	Customers int     `json:"customers"`
}

func writeFitJSON(w io.Writer, m data.Models) error {
	var out fitOutput
	if m.BGNBDErr != nil {
		out.BGNBDError = m.BGNBDErr.Error()
	} else {
		f := m.BGNBD
		out.BGNBD = &bgnbdOutput{f.R, f.Alpha, f.A, f.B, f.LogLikelihood, f.Customers, "week"}
	}
	if m.GammaGammaErr != nil {
		out.GammaGammaError = m.GammaGammaErr.Error()
	} else {
		f := m.GammaGamma
		out.GammaGamma = &gammaGammaOutput{f.P, f.Q, f.Gamma, f.Customers}
	}
	return writeJSON(w, out)
}

func writeFitText(w io.Writer, m data.Models) error {
	var b strings.Builder
	fmt.Fprintln(&b, words.T("cli.fit.title", words.V{"AsOf": words.Day(m.AsOf), "Customers": words.Number(m.Customers),
		"Purchases": words.Number(m.Purchases), "Repeat": words.Number(m.RepeatBuyers)}))
	fmt.Fprintf(&b, "\n%s\n", words.T("cli.fit.bgnbd", words.V{"State": fitState(m.BGNBD.FitReport, m.BGNBDErr, words.T("cli.fit.whom.customers"))}))
	if m.BGNBD.Customers > 0 {
		writeBGNBD(&b, m)
	}
	fmt.Fprintf(&b, "\n%s\n", words.T("cli.fit.gamma-gamma", words.V{"State": fitState(m.GammaGamma.FitReport, m.GammaGammaErr,
		words.T("cli.fit.whom.repeat-buyers", words.V{"Currency": m.Currency}))}))
	if m.GammaGamma.Customers > 0 {
		writeGammaGamma(&b, m)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fitState says how a fit went: fitted, fitted without converging, or not
// fitted, and why.
func fitState(r lifecycle.FitReport, err error, whom string) string {
	switch {
	case err == nil:
		return words.T("cli.fit.state.converged", words.V{"Count": words.Number(r.Customers), "Whom": whom})
	case r.Customers > 0:
		return words.T("cli.fit.state.rough", words.V{"Count": words.Number(r.Customers), "Whom": whom, "Err": err})
	}
	return words.T("cli.fit.state.not-fitted", words.V{"Err": err})
}

// parameter writes a row of the table of estimates: the name, the value
// and what it means.
func parameter(w io.Writer, name, value, meaning string) {
	fmt.Fprintln(w, strings.TrimRight(fmt.Sprintf("  %-15s %-10s %s", name, value, meaning), " "))
}

// estimate writes a model parameter to four significant figures.
func estimate(v float64) string { return words.Significant(v, 4) }

func writeBGNBD(w io.Writer, m data.Models) {
	f := m.BGNBD
	parameter(w, "r", estimate(f.R), words.T("cli.fit.bgnbd-r"))
	parameter(w, "α", estimate(f.Alpha), words.T("cli.fit.bgnbd-alpha", words.V{"Rate": words.Significant(f.R/f.Alpha, 3)}))
	parameter(w, "a", estimate(f.A), words.T("cli.fit.bgnbd-a"))
	parameter(w, "b", estimate(f.B), words.T("cli.fit.bgnbd-b", words.V{"Chance": words.Percent(100*f.A/(f.A+f.B), 1)}))
	parameter(w, words.T("cli.fit.log-likelihood"), words.Decimal(f.LogLikelihood, 1), "")
	if m.BGNBDErr == nil {
		fmt.Fprintln(w, "  "+words.T("cli.fit.forecast", words.V{"Each": words.Decimal(m.ExpectedPurchases/float64(m.Customers), 2),
			"Weeks": data.ForecastWeeks, "All": words.Number(int(math.Round(m.ExpectedPurchases)))}))
	}
}

func writeGammaGamma(w io.Writer, m data.Models) {
	f := m.GammaGamma
	parameter(w, "p", estimate(f.P), words.T("cli.fit.gamma-gamma-p"))
	parameter(w, "q", estimate(f.Q), words.T("cli.fit.gamma-gamma-q"))
	parameter(w, "v", estimate(f.Gamma), words.T("cli.fit.gamma-gamma-v", words.V{"Currency": m.Currency}))
	if m.GammaGammaErr != nil {
		return
	}
	if mean := f.ExpectedSpend(0, 0); !math.IsInf(mean, 1) {
		fmt.Fprintln(w, "  "+words.T("cli.fit.mean-spend", words.V{"Amount": words.Amount(lifecycle.MoneyFromFloat(mean)), "Currency": m.Currency}))
	} else {
		fmt.Fprintln(w, "  "+words.T("cli.fit.no-mean"))
	}
}
