package cli

import (
	"io"
	"math"
	"strconv"
	"strings"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// writeInsightsText writes each section as a table under a heading.
func writeInsightsText(w io.Writer, ins lifecycle.Insights, q data.InsightsQuery, book textBook) error {
	var b strings.Builder
	b.WriteString(insightsTitle(ins, q) + "\n")
	days := int(math.Round(ins.Period.To.Sub(ins.Period.From).Hours() / 24))
	b.WriteString(words.N("cli.insights.period", days, words.V{"Days": days,
		"From": words.DayTime(ins.Period.From), "To": words.DayTime(ins.Period.To)}) + "\n")
	for _, section := range []func(*strings.Builder, lifecycle.Insights, textBook){
		funnelText, flowText, conversionText, phaseTimeText, weeklyText, cohortText,
	} {
		b.WriteString("\n")
		section(&b, ins, book)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// table writes rows under a header; a Builder takes any write.
// insightsTitle says as of when the figures are counted, and for which
// owner and tag.
func insightsTitle(ins lifecycle.Insights, q data.InsightsQuery) string {
	v := words.V{"AsOf": words.DayTime(ins.AsOf), "Owner": text.Clean(q.Owner), "Tag": text.Clean(q.Tag)}
	switch {
	case q.Owner != "" && q.Tag != "":
		return words.T("cli.insights.title.owner-tag", v)
	case q.Owner != "":
		return words.T("cli.insights.title.owner", v)
	case q.Tag != "":
		return words.T("cli.insights.title.tag", v)
	}
	return words.T("cli.insights.title.all", v)
}

func table(b *strings.Builder, header []string, rows [][]string) {
	_ = text.WriteTable(b, header, rows, 40)
}

// funnelText shows the phases on the board, and the hidden ones that
// still hold customers.
func funnelText(b *strings.Builder, ins lifecycle.Insights, book textBook) {
	b.WriteString(words.T("cli.insights.funnel.title", words.V{"AsOf": words.DayTime(ins.AsOf)}) + "\n")
	most := 0
	for _, s := range ins.Funnel {
		most = max(most, s.Customers)
	}
	var rows [][]string
	for _, s := range ins.Funnel {
		label := words.PhaseLabel(s.Phase)
		if s.Phase.Hidden {
			if s.Customers == 0 {
				continue
			}
			label = words.T("cli.insights.funnel.hidden", words.V{"Label": label})
		}
		rows = append(rows, []string{label, string(s.Phase.Group), words.Number(s.Customers), words.Money(words.Amount(s.Value), book.currency), bar(s.Customers, most)})
	}
	header := []string{words.T("cli.insights.header.phase"), words.T("cli.insights.header.group"), words.T("cli.insights.header.customers"), words.T("cli.insights.header.value"), ""}
	alignRight(header, rows, 2, 3)
	table(b, header, rows)
}

// flowMoves is how many moves the text shows, the strongest.
const flowMoves = 10

func flowText(b *strings.Builder, ins lifecycle.Insights, book textBook) {
	names := book.names
	moves := ins.Flow.Moves
	if len(moves) == 0 {
		b.WriteString(words.T("cli.insights.flow.none") + "\n")
		return
	}
	b.WriteString(words.T("cli.insights.flow.title") + "\n")
	var rows [][]string
	for _, m := range moves[:min(len(moves), flowMoves)] {
		rows = append(rows, []string{labelOrDash(names, m.From), names.of(m.To).Label, words.MoveDirection(m.Direction), words.Number(m.Customers)})
	}
	header := []string{words.T("cli.insights.header.from"), words.T("cli.insights.header.to"), words.T("cli.insights.header.direction"), words.T("cli.insights.header.customers")}
	alignRight(header, rows, 3)
	table(b, header, rows)
	if more := len(moves) - flowMoves; more > 0 {
		b.WriteString(words.N("cli.insights.flow.more", more) + "\n")
	}
	for _, kind := range lifecycle.ReasonKinds {
		if line, ok := words.ReasonsCounted(kind, ins.Flow.Reasons); ok {
			b.WriteString(text.Clean(line) + "\n")
		}
	}
}

// labelOrDash names a phase, or the book itself for customers who entered it.
func labelOrDash(names phaseNames, key string) string {
	if key == "" {
		return "–"
	}
	return names.of(key).Label
}

func conversionText(b *strings.Builder, ins lifecycle.Insights, book textBook) {
	names := book.names
	f := ins.Flow
	if f.Target == "" || len(f.Conversion) == 0 {
		b.WriteString(words.T("cli.insights.conversion.none") + "\n")
		return
	}
	b.WriteString(words.T("cli.insights.conversion.title", words.V{"Target": text.Clean(names.of(f.Target).Label)}) + "\n")
	var rows [][]string
	for _, c := range f.Conversion {
		rate := "–"
		if c.Customers > 0 {
			rate = percent(c.Rate(), 1)
		}
		rows = append(rows, []string{names.of(c.Phase).Label, words.Number(c.Customers), words.Number(c.Converted), rate})
	}
	header := []string{words.T("cli.insights.header.buying-phase"), words.T("cli.insights.header.customers"), words.T("cli.insights.header.converted"), words.T("cli.insights.header.rate")}
	alignRight(header, rows, 1, 2, 3)
	table(b, header, rows)
}

// percent writes a fraction as a percentage with the given decimals.
func percent(f float64, decimals int) string {
	return words.Percent(f*100, decimals)
}

func phaseTimeText(b *strings.Builder, ins lifecycle.Insights, book textBook) {
	names := book.names
	b.WriteString(words.T("cli.insights.time.title") + "\n")
	var rows [][]string
	for _, t := range ins.TimeInPhase {
		p := names.of(t.Phase)
		if p.Hidden && t.Left.Customers+t.Waiting.Customers == 0 {
			continue
		}
		rows = append(rows, append(append([]string{p.Label}, spreadCells(t.Left)...), spreadCells(t.Waiting)...))
	}
	median := words.T("cli.insights.header.median")
	header := []string{words.T("cli.insights.header.phase"), words.T("cli.insights.header.left"), median, "P90", words.T("cli.insights.header.waiting"), median, "P90"}
	alignRight(header, rows, 1, 2, 3, 4, 5, 6)
	table(b, header, rows)
}

// spreadCells are a spread's count, median and 90th percentile, the days
// with one decimal.
func spreadCells(s lifecycle.DaySpread) []string {
	if s.Customers == 0 {
		return []string{"0", "–", "–"}
	}
	return []string{words.Number(s.Customers), days(s.Median), days(s.P90)}
}

func days(d float64) string { return words.Decimal(d, 1) }

func cohortText(b *strings.Builder, ins lifecycle.Insights, _ textBook) {
	b.WriteString(words.T("cli.insights.cohorts.title") + "\n")
	header := []string{words.T("cli.insights.header.month"), words.T("cli.insights.header.buyers")}
	for k := 1; k < lifecycle.CohortMonths; k++ {
		header = append(header, "+"+strconv.Itoa(k))
	}
	var rows [][]string
	for _, c := range ins.Cohorts {
		row := make([]string, len(header))
		row[0], row[1] = words.Month(c.Month), words.Number(c.Customers)
		for k := 1; k < lifecycle.CohortMonths; k++ {
			if share, ok := c.Share(k); ok {
				row[k+1] = percent(share, 0)
			}
		}
		rows = append(rows, row)
	}
	cols := make([]int, 0, len(header)-1)
	for i := 1; i < len(header); i++ {
		cols = append(cols, i)
	}
	alignRight(header, rows, cols...)
	table(b, header, rows)
}
