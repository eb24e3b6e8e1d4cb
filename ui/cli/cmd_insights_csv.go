package cli

import (
	"errors"
	"io"
	"strconv"

	"tend/data"
	"tend/lifecycle"
)

// writeInsightsCSV prints one section of the insights as a table, its
// columns named as the fields of --json.
func writeInsightsCSV(w io.Writer, section string, out insightsOutput) error {
	header, rows := insightsTable(section, out)
	safe, flush := safeForTerminal(w)
	err := data.NewCSVWriter(safe).WriteAll(append([][]string{header}, rows...))
	return errors.Join(err, flush())
}

// insightsTable is the header and rows of a section.
func insightsTable(section string, out insightsOutput) ([]string, [][]string) {
	switch section {
	case "funnel":
		return funnelTable(out.Funnel)
	case "flow":
		return moveTable(out.Flow.Moves)
	case "conversion":
		return conversionTable(out.Flow)
	case "reasons":
		return reasonTable(out.Flow.Reasons)
	case "time_in_phase":
		return phaseTimeTable(out.TimeInPhase)
	case "weekly":
		return weekTable(out.Weekly)
	}
	return cohortTable(out.Cohorts)
}

func funnelTable(steps []funnelOutput) ([]string, [][]string) {
	header := []string{"phase", "phase_label", "group", "hidden", "customers", "value"}
	var rows [][]string
	for _, s := range steps {
		rows = append(rows, []string{s.Phase, s.PhaseLabel, s.Group, strconv.FormatBool(s.Hidden), strconv.Itoa(s.Customers), money(s.Value)})
	}
	return header, rows
}

func moveTable(moves []moveOutput) ([]string, [][]string) {
	header := []string{"from", "from_label", "to", "to_label", "direction", "customers"}
	var rows [][]string
	for _, m := range moves {
		rows = append(rows, []string{m.From, m.FromLabel, m.To, m.ToLabel, m.Direction, strconv.Itoa(m.Customers)})
	}
	return header, rows
}

func reasonTable(reasons []reasonOutput) ([]string, [][]string) {
	header := []string{"kind", "key", "name", "customers"}
	var rows [][]string
	for _, r := range reasons {
		rows = append(rows, []string{r.Kind, r.Key, r.Name, strconv.Itoa(r.Customers)})
	}
	return header, rows
}

func conversionTable(f flowOutput) ([]string, [][]string) {
	header := []string{"phase", "phase_label", "group", "target", "customers", "converted", "rate"}
	var rows [][]string
	for _, c := range f.Conversion {
		rows = append(rows, []string{c.Phase, c.PhaseLabel, c.Group, f.Target, strconv.Itoa(c.Customers), strconv.Itoa(c.Converted), fraction(c.Rate)})
	}
	return header, rows
}

func phaseTimeTable(times []phaseTimeOutput) ([]string, [][]string) {
	header := []string{"phase", "phase_label", "group", "left_customers", "left_median_days", "left_p90_days",
		"waiting_customers", "waiting_median_days", "waiting_p90_days"}
	var rows [][]string
	for _, t := range times {
		rows = append(rows, []string{t.Phase, t.PhaseLabel, t.Group,
			strconv.Itoa(t.Left.Customers), fraction(t.Left.MedianDays), fraction(t.Left.P90Days),
			strconv.Itoa(t.Waiting.Customers), fraction(t.Waiting.MedianDays), fraction(t.Waiting.P90Days)})
	}
	return header, rows
}

// weekTable has a column for each kind of contact and flag, after the
// week's contacts in all.
func weekTable(weeks []weekOutput) ([]string, [][]string) {
	header := []string{"start", "end", "contacts"}
	for _, k := range lifecycle.Kinds {
		header = append(header, string(k))
	}
	header = append(header, "purchases", "revenue")
	for _, k := range flagKinds {
		header = append(header, string(k))
	}
	var rows [][]string
	for _, w := range weeks {
		row := []string{w.Start, w.End, strconv.Itoa(w.Contacts)}
		for _, k := range lifecycle.Kinds {
			row = append(row, strconv.Itoa(w.ContactsByKind[string(k)]))
		}
		row = append(row, strconv.Itoa(w.Purchases), money(w.Revenue))
		for _, k := range flagKinds {
			row = append(row, strconv.Itoa(w.Flagged[string(k)]))
		}
		rows = append(rows, row)
	}
	return header, rows
}

// cohortTable has the share of buyers for each month after the first,
// empty for the months not come yet.
func cohortTable(cohorts []cohortOutput) ([]string, [][]string) {
	header := []string{"month", "customers"}
	for k := range lifecycle.CohortMonths {
		header = append(header, "share_"+strconv.Itoa(k))
	}
	var rows [][]string
	for _, c := range cohorts {
		row := make([]string, len(header))
		row[0], row[1] = c.Month, strconv.Itoa(c.Customers)
		for k, share := range c.Share {
			if share != nil {
				row[2+k] = fraction(*share)
			}
		}
		rows = append(rows, row)
	}
	return header, rows
}

// money writes an amount in whole units with its two decimals.
func money(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// fraction writes a number as short as it reads back the same.
func fraction(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
