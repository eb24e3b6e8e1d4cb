package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

func newRiskCmd(flags *bookFlags) *cobra.Command {
	var asOf, kind string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "risk",
		Short:   words.T("cli.risk.short"),
		Long:    words.T("cli.risk.long"),
		Example: words.T("cli.risk.example"),
		Args:    noArgs,
	}
	cmd.Flags().StringVar(&asOf, "as-of", "now", words.T("cli.risk.flag.as-of", words.V{"When": whenHelp()}))
	cmd.Flags().StringVar(&kind, "flag", "", words.T("cli.risk.flag.flag"))
	cmd.Flags().BoolVar(&asJSON, "json", false, words.T("cli.risk.flag.json"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		k, err := parseFlagKind(kind)
		if err != nil {
			return err
		}
		day, err := dayEndFlag("as-of", asOf, b.Now())
		if err != nil {
			return err
		}
		var past *time.Time // nil: today's flags, as the book holds them
		if cmd.Flags().Changed("as-of") {
			past = &day
		}
		defer debug.SetGCPercent(debug.SetGCPercent(riskGCPercent))
		flagged, m, err := riskAsOf(ctx, b, past, k)
		if err != nil {
			return err
		}
		if asJSON {
			return quietPipe(writeRiskJSON(cmd.OutOrStdout(), flagged, past == nil))
		}
		return quietPipe(writeRiskText(cmd.OutOrStdout(), flagged, m))
	})
	return cmd
}

// riskAsOf flags the book as of asOf; without one (nil), the flags the
// book holds are read where they are those of today.
func riskAsOf(ctx context.Context, b *data.Book, asOf *time.Time, k lifecycle.FlagKind) ([]data.Flagged, data.Models, error) {
	if asOf != nil {
		return b.Risk(ctx, *asOf, k)
	}
	return b.RiskNow(ctx, k)
}

// parseFlagKind reads --flag; empty means every kind.
func parseFlagKind(s string) (lifecycle.FlagKind, error) {
	switch k := lifecycle.FlagKind(strings.ToLower(strings.TrimSpace(s))); k {
	case "", lifecycle.Stalled, lifecycle.AtRisk, lifecycle.WinBack:
		return k, nil
	}
	return "", errors.New(words.T("cli.risk.unknown-flag", words.V{"Flag": fmt.Sprintf("%q", s)}))
}

// kindWord is a flag kind as the text output says it.
func kindWord(k lifecycle.FlagKind) string {
	switch k {
	case lifecycle.Stalled:
		return words.T("cli.risk.kind.stalled")
	case lifecycle.AtRisk:
		return words.T("cli.risk.kind.at-risk")
	case lifecycle.WinBack:
		return words.T("cli.risk.kind.win-back")
	}
	return string(k)
}

// writeRiskText writes a line per flagged customer, by the most urgent
// flag, and a summary.
func writeRiskText(w io.Writer, flagged []data.Flagged, m data.Models) error {
	var b strings.Builder
	counts := map[lifecycle.FlagKind]int{}
	said := newReasonWords(len(flagged), words.Reason)
	for _, f := range flagged {
		top := f.Flags[0]
		counts[top.Kind]++
		fmt.Fprintf(&b, "%3d  %-8s  %s\n", top.Severity, kindWord(top.Kind), words.T("cli.risk.line", words.V{"Name": text.Clean(f.Name), "Phase": text.Clean(words.PhaseLabel(lifecycle.Phase{Key: f.Phase, Label: f.PhaseLabel})), "Reason": text.Clean(said.say(top.Reasons[0]).words)}))
	}
	fmt.Fprintln(&b, words.T("cli.risk.summary", words.V{"Flagged": words.Number(len(flagged)),
		"Stalled": words.Number(counts[lifecycle.Stalled]), "AtRisk": words.Number(counts[lifecycle.AtRisk]),
		"WinBack": words.Number(counts[lifecycle.WinBack]), "Model": modelSummary(m)}))
	_, err := io.WriteString(w, b.String())
	return err
}

// modelSummary says what the purchase model was fitted on, or that there
// was none.
func modelSummary(m data.Models) string {
	if m.BGNBDErr != nil {
		return words.T("cli.risk.no-model")
	}
	return words.N("cli.risk.model", m.BGNBD.Customers)
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

// flagOutput is a flag of risk --json: its reasons in English sentences,
// and the same reasons as codes and figures for a script to read.
type flagOutput struct {
	Kind     string         `json:"kind"`
	Severity int            `json:"severity"`
	Reasons  []string       `json:"reasons"`
	Details  []reasonDetail `json:"details"`
}

type rfmOutput struct {
	R       int    `json:"r"`
	F       int    `json:"f"`
	M       int    `json:"m"`
	Segment string `json:"segment"`
}

// reasonWords says reasons in words, each reason once: among thousands of
// flagged customers the same reason comes back often, and its message
// is costly to make. The reasons of one reading of the book share their
// values where their text is the same, so a reason is first found by
// its values' identity, at a small part of the cost of its key.
type reasonWords struct {
	// byKey is nil where the reasons are known to share their values by
	// their text (see newStoredReasonWords).
	byKey    map[string]*saidReason
	byValues map[sharedValues]*saidReason
	// in says a reason: in the reader's language for text, in English
	// for JSON, which reads the same for every reader.
	in func(lifecycle.Reason) string
}

// saidReason is a reason said once: its words, and for JSON its details,
// made when first asked for.
type saidReason struct {
	words  string
	detail *reasonDetail
	// wordsJSON and detailJSON are the words and details as risk --json
	// writes them (see makeJSON); badJSON where a figure cannot be.
	wordsJSON, detailJSON []byte
	badJSON               bool
}

// details are the reason's details for JSON, made once.
func (s *saidReason) details(r lifecycle.Reason) reasonDetail {
	if s.detail == nil {
		d := newReasonDetail(r)
		s.detail = &d
	}
	return *s.detail
}

// sharedValues names a reason by its code and the identity of its
// values, which are only read while the reasons are said.
type sharedValues struct {
	code   lifecycle.ReasonCode
	values uintptr
}

// newReasonWords is ready for the reasons of about n customers, sized
// so that the maps are not grown as they fill, said by in.
func newReasonWords(n int, in func(lifecycle.Reason) string) reasonWords {
	return reasonWords{byKey: make(map[string]*saidReason, n), byValues: make(map[sharedValues]*saidReason, n), in: in}
}

// newStoredReasonWords is newReasonWords for the reasons of the flags
// the book keeps, read at once: read so, the same text is the same
// values, and a reason not found by its values' identity is new, so no
// key is made for it. Should some be judged afresh after all, their
// words are made again, the same.
func newStoredReasonWords(n int, in func(lifecycle.Reason) string) reasonWords {
	return reasonWords{byValues: make(map[sharedValues]*saidReason, n), in: in}
}

func (said reasonWords) say(r lifecycle.Reason) *saidReason {
	shared := sharedValues{r.Code, reflect.ValueOf(r.Values).Pointer()}
	if s, ok := said.byValues[shared]; ok {
		return s
	}
	if said.byKey == nil {
		s := &saidReason{words: said.in(r)}
		said.byValues[shared] = s
		return s
	}
	key := reasonKey(r)
	s, ok := said.byKey[key]
	if !ok {
		s = &saidReason{words: said.in(r)}
		said.byKey[key] = s
	}
	said.byValues[shared] = s
	return s
}

// reasonKey names a reason by its code and values, each value with its
// type: the same key for the same words, made at a small part of the cost
// of printing the values with fmt.
func reasonKey(r lifecycle.Reason) string {
	b := append(make([]byte, 0, 64), r.Code...)
	// The names sorted in place in a small array: a reason has a few
	// values, and sorting them in a new slice was half of a key's cost.
	var held [8]string
	names := held[:0]
	for k := range r.Values {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		b = append(append(append(b, ' '), k...), '=')
		switch v := r.Values[k].(type) {
		case int:
			b = strconv.AppendInt(append(b, 'i'), int64(v), 10)
		case lifecycle.Money:
			b = strconv.AppendInt(append(b, 'm'), int64(v), 10)
		case float64:
			b = strconv.AppendFloat(append(b, 'f'), v, 'g', -1, 64)
		case string:
			b = strconv.AppendQuote(append(b, 's'), v)
		default:
			b = fmt.Appendf(append(b, '?'), "%T %#v", v, v)
		}
	}
	return string(b)
}

func newRiskOutput(f data.Flagged, said reasonWords) riskOutput {
	out := newRiskFigures(&f, new(riskHeld))
	out.Flags = make([]flagOutput, len(f.Flags))
	for i, flag := range f.Flags {
		out.Flags[i] = newFlagOutput(flag, said)
	}
	return out
}

// newRiskFigures is the customer of risk --json without its flags; its
// figures point into f and into held, which the caller keeps.
func newRiskFigures(f *data.Flagged, held *riskHeld) riskOutput {
	out := riskOutput{ID: f.ID, Name: f.Name, Phase: f.Phase}
	if fc := &f.Forecast; fc.Fitted {
		out.PAlive, out.ExpectedPurchases = &fc.PAlive, &fc.ExpectedPurchases
		if f.ValueForecast {
			held.value = fc.ExpectedValue.Float()
			out.ExpectedValue = &held.value
		}
	}
	if s := f.RFM; s != nil {
		held.rfm = rfmOutput{s.R, s.F, s.M, string(s.Segment)}
		out.RFM = &held.rfm
	}
	return out
}

// riskHeld holds the figures of a riskOutput that are not the flagged
// customer's own, so that they need not be made one by one.
type riskHeld struct {
	value float64
	rfm   rfmOutput
}

// newFlagOutput is a flag with its reasons said, and as codes.
func newFlagOutput(flag lifecycle.Flag, said reasonWords) flagOutput {
	reasons, details := make([]string, len(flag.Reasons)), make([]reasonDetail, len(flag.Reasons))
	for j, r := range flag.Reasons {
		s := said.say(r)
		reasons[j], details[j] = s.words, s.details(r)
	}
	return flagOutput{string(flag.Kind), flag.Severity, reasons, details}
}

func (r *rfmOutput) writeIndented(j *indentedJSON) {
	if r == nil {
		j.b = append(j.b, "null"...)
		return
	}
	j.open('{')
	for _, v := range []struct {
		name  string
		value int
	}{{"r", r.R}, {"f", r.F}, {"m", r.M}} {
		j.key(v.name)
		j.int(int64(v.value))
	}
	j.key("segment")
	j.str(r.Segment)
	j.close('}')
}
