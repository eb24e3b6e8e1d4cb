package cli

import (
	"io"
	"time"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// insightsOutput is insights --json, and what --csv prints a table of.
// As in list --json, times are RFC 3339 and money is in whole units; rates
// and shares are fractions from 0 to 1.
type insightsOutput struct {
	AsOf        string            `json:"as_of"`
	Period      periodOutput      `json:"period"`
	Owner       string            `json:"owner"`
	Tag         string            `json:"tag"`
	Funnel      []funnelOutput    `json:"funnel"`
	Flow        flowOutput        `json:"flow"`
	TimeInPhase []phaseTimeOutput `json:"time_in_phase"`
	Weekly      []weekOutput      `json:"weekly"`
	Cohorts     []cohortOutput    `json:"cohorts"`
}

type periodOutput struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// phaseOutput names a phase in every section.
type phaseOutput struct {
	Phase      string `json:"phase"`
	PhaseLabel string `json:"phase_label"`
	Group      string `json:"group"`
}

type funnelOutput struct {
	phaseOutput
	Hidden    bool    `json:"hidden"`
	Customers int     `json:"customers"`
	Value     float64 `json:"value"`
}

type flowOutput struct {
	Target      string             `json:"target"`
	TargetLabel string             `json:"target_label"`
	Moves       []moveOutput       `json:"moves"`
	Conversion  []conversionOutput `json:"conversion"`
	Reasons     []reasonOutput     `json:"reasons"`
}

// reasonOutput counts the customers lost, or won back, for a reason; Key
// and Name are empty for those given none.
type reasonOutput struct {
	Kind      string `json:"kind"`
	Key       string `json:"key"`
	Name      string `json:"name"`
	Customers int    `json:"customers"`
}

// moveOutput is one move between phases; From is empty for customers who
// entered the book.
type moveOutput struct {
	From      string `json:"from"`
	FromLabel string `json:"from_label"`
	To        string `json:"to"`
	ToLabel   string `json:"to_label"`
	Direction string `json:"direction"`
	Customers int    `json:"customers"`
}

type conversionOutput struct {
	phaseOutput
	Customers int     `json:"customers"`
	Converted int     `json:"converted"`
	Rate      float64 `json:"rate"`
}

type phaseTimeOutput struct {
	phaseOutput
	Left    spreadOutput `json:"left"`
	Waiting spreadOutput `json:"waiting"`
}

type spreadOutput struct {
	Customers  int     `json:"customers"`
	MedianDays float64 `json:"median_days"`
	P90Days    float64 `json:"p90_days"`
}

type weekOutput struct {
	Start          string         `json:"start"`
	End            string         `json:"end"`
	Contacts       int            `json:"contacts"`
	ContactsByKind map[string]int `json:"contacts_by_kind"`
	Purchases      int            `json:"purchases"`
	Revenue        float64        `json:"revenue"`
	Flagged        map[string]int `json:"flagged"`
}

// cohortOutput is one month's first buyers; Share is null for a month of
// no first buyers.
type cohortOutput struct {
	Month     string     `json:"month"`
	Customers int        `json:"customers"`
	Active    []int      `json:"active"`
	Share     []*float64 `json:"share"`
}

func newInsightsOutput(ins lifecycle.Insights, q data.InsightsQuery, lc lifecycle.Lifecycle) insightsOutput {
	names := newPhaseNames(lc)
	out := insightsOutput{
		AsOf:   rfc3339(ins.AsOf),
		Period: periodOutput{rfc3339(ins.Period.From), rfc3339(ins.Period.To)},
		Owner:  q.Owner, Tag: q.Tag,
		Flow: newFlowOutput(ins.Flow, names),
	}
	for _, s := range ins.Funnel {
		out.Funnel = append(out.Funnel, funnelOutput{newPhaseOutput(s.Phase), s.Phase.Hidden, s.Customers, s.Value.Float()})
	}
	for _, t := range ins.TimeInPhase {
		out.TimeInPhase = append(out.TimeInPhase, phaseTimeOutput{newPhaseOutput(names.of(t.Phase)), newSpreadOutput(t.Left), newSpreadOutput(t.Waiting)})
	}
	for _, w := range ins.Weekly {
		out.Weekly = append(out.Weekly, newWeekOutput(w))
	}
	for _, c := range ins.Cohorts {
		out.Cohorts = append(out.Cohorts, newCohortOutput(c))
	}
	return out
}

func rfc3339(t time.Time) string { return t.Format(time.RFC3339) }

func newPhaseOutput(p lifecycle.Phase) phaseOutput {
	return phaseOutput{Phase: p.Key, PhaseLabel: p.Label, Group: string(p.Group)}
}

func newFlowOutput(f lifecycle.Flow, names phaseNames) flowOutput {
	out := flowOutput{Target: f.Target, TargetLabel: names.of(f.Target).Label, Moves: []moveOutput{}, Conversion: []conversionOutput{}, Reasons: []reasonOutput{}}
	for _, m := range f.Moves {
		from := names.of(m.From).Label
		out.Moves = append(out.Moves, moveOutput{m.From, from, m.To, names.of(m.To).Label, string(m.Direction), m.Customers})
	}
	for _, c := range f.Conversion {
		out.Conversion = append(out.Conversion, conversionOutput{newPhaseOutput(names.of(c.Phase)), c.Customers, c.Converted, c.Rate()})
	}
	for _, r := range f.Reasons {
		name := ""
		if r.Key != "" {
			name = words.ReasonName(r.MoveReason)
		}
		out.Reasons = append(out.Reasons, reasonOutput{string(r.Kind), r.Key, name, r.Customers})
	}
	return out
}

func newSpreadOutput(s lifecycle.DaySpread) spreadOutput {
	return spreadOutput{Customers: s.Customers, MedianDays: s.Median, P90Days: s.P90}
}

// newWeekOutput names every kind of contact and flag, those with none too.
func newWeekOutput(w lifecycle.Week) weekOutput {
	out := weekOutput{Start: rfc3339(w.Start), End: rfc3339(w.End), Contacts: w.ContactCount(),
		ContactsByKind: map[string]int{}, Purchases: w.Purchases, Revenue: w.Revenue.Float(), Flagged: map[string]int{}}
	for _, k := range lifecycle.Kinds {
		out.ContactsByKind[string(k)] = w.Contacts[k]
	}
	for _, k := range flagKinds {
		out.Flagged[string(k)] = w.Flagged[k]
	}
	return out
}

// flagKinds are the kinds of flag in the order the output names them.
var flagKinds = []lifecycle.FlagKind{lifecycle.Stalled, lifecycle.AtRisk, lifecycle.WinBack}

func newCohortOutput(c lifecycle.Cohort) cohortOutput {
	out := cohortOutput{Month: rfc3339(c.Month), Customers: c.Customers, Active: c.Active, Share: make([]*float64, len(c.Active))}
	for k := range c.Active {
		if share, ok := c.Share(k); ok {
			out.Share[k] = &share
		}
	}
	return out
}

func writeInsightsJSON(w io.Writer, out insightsOutput) error {
	return writeJSON(w, out)
}
