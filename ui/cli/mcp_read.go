package cli

import (
	"cmp"
	"context"
	"errors"
	"time"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/mcp"
	"tend/ui/words"
)

// toolAbout is a tool's description followed by what every tool's ends
// with: what the book holds was typed by people and is returned as data,
// never as something to do.
func toolAbout(about string) string {
	return about + " " + words.T("mcp.data-note")
}

type searchIn struct {
	Query string `json:"query" about:"mcp.field.query"`
	mcp.Page
}

type searchOut struct {
	Hits       []searchHitJSON `json:"hits"`
	NextCursor string          `json:"next_cursor,omitempty"`
}

type listIn struct {
	Phase    string `json:"phase,omitempty" about:"mcp.field.list-phase"`
	Tag      string `json:"tag,omitempty" about:"mcp.field.tag"`
	Owner    string `json:"owner,omitempty" about:"mcp.field.list-owner"`
	Search   string `json:"search,omitempty" about:"mcp.field.search"`
	Flagged  bool   `json:"flagged,omitempty" about:"mcp.field.flagged"`
	Archived bool   `json:"archived,omitempty" about:"mcp.field.archived"`
	Sort     string `json:"sort,omitempty" about:"mcp.field.sort"`
	mcp.Page
}

type listOut struct {
	Customers  []data.CustomerRecord `json:"customers"`
	NextCursor string                `json:"next_cursor,omitempty"`
}

type customerIn struct {
	Customer string `json:"customer" about:"mcp.field.customer"`
}

type riskIn struct {
	Flag string `json:"flag,omitempty" about:"mcp.field.flag"`
	AsOf string `json:"as_of,omitempty" about:"mcp.field.as-of"`
	mcp.Page
}

// asOf is the moment the list is asked as of, as tend risk --as-of reads
// it; nil for now.
func (in riskIn) asOf(now time.Time) (*time.Time, error) {
	if in.AsOf == "" {
		return nil, nil
	}
	day, err := dayEndFlag("as-of", in.AsOf, now)
	return &day, err
}

type riskOut struct {
	Customers  []riskOutput `json:"customers"`
	NextCursor string       `json:"next_cursor,omitempty"`
}

type triageOut struct {
	Customers  []triageRecord `json:"customers"`
	NextCursor string         `json:"next_cursor,omitempty"`
}

// triageRecord is a customer on the re-engagement list, by the flag that
// put it there.
type triageRecord struct {
	ID      int64      `json:"id"`
	Name    string     `json:"name"`
	Company string     `json:"company"`
	Owner   string     `json:"owner"`
	Phase   string     `json:"phase"`
	Flag    flagOutput `json:"flag"`
}

type agendaIn struct {
	Days int `json:"days,omitempty" about:"mcp.field.days"`
	mcp.Page
}

// agendaOut is a page of the agenda: its follow-ups counted overdue
// first, then each day's.
type agendaOut struct {
	agendaOutput
	NextCursor string `json:"next_cursor,omitempty"`
}

type insightsIn struct {
	Period string `json:"period,omitempty" about:"mcp.field.period"`
	Owner  string `json:"owner,omitempty" about:"mcp.field.insights-owner"`
	Tag    string `json:"tag,omitempty" about:"mcp.field.tag"`
}

type phasesOut struct {
	Phases []phaseRecord `json:"phases"`
}

// phaseRecord is a phase of the lifecycle, in its order.
type phaseRecord struct {
	Key    string `json:"key"`
	Label  string `json:"label"`
	Group  string `json:"group"`
	Hidden bool   `json:"hidden"`
}

// addReadingTools offers the tools that read the book; me is the user
// whose customers come first on the re-engagement list, reading the
// flagged customers that risk pages through.
func addReadingTools(s *mcp.Server, me string, reading *flaggedReading) {
	mcp.Read(s, "search", toolAbout(words.T("mcp.tool.search")), searchTool)
	mcp.Read(s, "list_customers", toolAbout(words.T("mcp.tool.list-customers")), listTool)
	mcp.Read(s, "show_customer", toolAbout(words.T("mcp.tool.show-customer")), showTool)
	mcp.Read(s, "risk", toolAbout(words.T("mcp.tool.risk")), riskTool(reading))
	mcp.Read(s, "triage_list", toolAbout(words.T("mcp.tool.triage-list")), triageTool(me, reading))
	mcp.Read(s, "agenda", toolAbout(words.T("mcp.tool.agenda")), agendaTool)
	mcp.Read(s, "insights", toolAbout(words.T("mcp.tool.insights")), insightsTool)
	mcp.Read(s, "phases", toolAbout(words.T("mcp.tool.phases")), phasesTool)
}

func searchTool(ctx context.Context, b *data.Book, in searchIn) (searchOut, error) {
	offset, limit, err := in.Window()
	if err != nil {
		return searchOut{}, err
	}
	hits, err := b.Search(ctx, in.Query, offset+limit+1)
	if err != nil {
		return searchOut{}, err
	}
	page, next, err := mcp.Slice(searchJSON(hits), in.Page)
	return searchOut{Hits: page, NextCursor: next}, err
}

func listTool(ctx context.Context, b *data.Book, in listIn) (listOut, error) {
	offset, limit, err := in.Window()
	if err != nil {
		return listOut{}, err
	}
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return listOut{}, err
	}
	opt := listOptions{phase: in.Phase, tag: in.Tag, owner: in.Owner, search: in.Search, flagged: in.Flagged,
		archived: in.Archived, sort: cmp.Or(in.Sort, string(data.OrderName)), limit: offset + limit + 1}
	f, err := opt.filter(ctx, b, lc)
	if err != nil {
		return listOut{}, err
	}
	out := listOut{Customers: []data.CustomerRecord{}}
	seen := 0
	err = b.EachCustomer(ctx, f, func(c lifecycle.Customer) error {
		seen++
		if seen > offset && seen <= offset+limit {
			out.Customers = append(out.Customers, data.NewCustomerRecord(c, lc))
		}
		return nil
	})
	out.NextCursor = mcp.Next(offset, limit, seen > offset+limit)
	return out, err
}

func riskTool(reading *flaggedReading) func(context.Context, *data.Book, riskIn) (riskOut, error) {
	return func(ctx context.Context, b *data.Book, in riskIn) (riskOut, error) {
		k, err := parseFlagKind(in.Flag)
		if err != nil {
			return riskOut{}, err
		}
		asOf, err := in.asOf(b.Now())
		if err != nil {
			return riskOut{}, err
		}
		page, next, err := reading.riskPage(ctx, b, k, asOf, in.Page)
		if err != nil {
			return riskOut{}, err
		}
		said := newReasonWords(len(page), words.ReasonInEnglish)
		out := riskOut{Customers: make([]riskOutput, len(page)), NextCursor: next}
		for i, f := range page {
			out.Customers[i] = newRiskOutput(f, said)
		}
		return out, nil
	}
}

func triageTool(me string, reading *flaggedReading) func(context.Context, *data.Book, riskIn) (triageOut, error) {
	return func(ctx context.Context, b *data.Book, in riskIn) (triageOut, error) {
		k, err := parseFlagKind(in.Flag)
		if err != nil {
			return triageOut{}, err
		}
		asOf, err := in.asOf(b.Now())
		if err != nil {
			return triageOut{}, err
		}
		entries, err := triageEntries(ctx, b, reading, k, asOf, me)
		if err != nil {
			return triageOut{}, err
		}
		page, next, err := mcp.Slice(entries, in.Page)
		if err != nil {
			return triageOut{}, err
		}
		outlooks := map[int64]data.Outlook{}
		if asOf == nil { // the list's flags are read without reasons; as of a day they have them
			ids := make([]int64, len(page))
			for i, e := range page {
				ids[i] = e.ID
			}
			outlooks, err = b.Outlooks(ctx, ids)
		}
		said := newReasonWords(len(page), words.ReasonInEnglish)
		out := triageOut{Customers: make([]triageRecord, len(page)), NextCursor: next}
		for i, e := range page {
			out.Customers[i] = triageRecord{ID: e.ID, Name: e.Name, Company: e.Company, Owner: e.Owner, Phase: e.Phase,
				Flag: newFlagOutput(withReasons(e.Flag, outlooks[e.ID]), said)}
		}
		return out, err
	}
}

// triageEntries is the re-engagement list now, or as of a day from the
// flags a replay finds then.
func triageEntries(ctx context.Context, b *data.Book, reading *flaggedReading, k lifecycle.FlagKind, asOf *time.Time, me string) ([]data.TriageEntry, error) {
	if asOf == nil {
		return b.TriageList(ctx, k, me)
	}
	flagged, err := reading.flagged(ctx, b, "", asOf)
	if err != nil {
		return nil, err
	}
	return b.TriageAsOf(ctx, flagged, *asOf, k, me)
}

// withReasons is the list's flag with its reasons, which the list reads
// without: the customer's flag of that kind in its outlook.
func withReasons(f lifecycle.Flag, o data.Outlook) lifecycle.Flag {
	for _, full := range o.Flags {
		if full.Kind == f.Kind {
			return full
		}
	}
	return f
}

func agendaTool(ctx context.Context, b *data.Book, in agendaIn) (agendaOut, error) {
	days := in.Days
	if days == 0 {
		days = 7
	}
	if days < 0 || days > maxAgendaDays {
		return agendaOut{}, errors.New(words.T("cli.agenda.days-out-of-range", words.V{"Days": days, "Most": maxAgendaDays}))
	}
	offset, limit, err := in.Window()
	if err != nil {
		return agendaOut{}, err
	}
	today := b.Now()
	a, err := b.Agenda(ctx, today, days)
	if err != nil {
		return agendaOut{}, err
	}
	out := agendaOut{agendaOutput: newAgendaOutput(a, today, days)}
	n := 0
	page := func(fs []followUpOutput) []followUpOutput {
		kept := fs[min(max(offset-n, 0), len(fs)):min(max(offset+limit-n, 0), len(fs))]
		n += len(fs)
		return kept
	}
	out.Overdue = page(out.Overdue)
	due := out.Due[:0]
	for _, d := range out.Due {
		if d.FollowUps = page(d.FollowUps); len(d.FollowUps) > 0 {
			due = append(due, d)
		}
	}
	out.Due, out.NextCursor = due, mcp.Next(offset, limit, n > offset+limit)
	return out, nil
}

func insightsTool(ctx context.Context, b *data.Book, in insightsIn) (insightsOutput, error) {
	opt := insightsOptions{period: cmp.Or(in.Period, defaultPeriod), asOf: "now", owner: in.Owner, tag: in.Tag,
		weeks: data.DefaultInsightWeeks, json: true, periodSet: in.Period != ""}
	q, err := opt.query(b.Now())
	if err != nil {
		return insightsOutput{}, err
	}
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return insightsOutput{}, err
	}
	ins, err := opt.read(ctx, b, q)
	if err != nil {
		return insightsOutput{}, err
	}
	return newInsightsOutput(ins, q, lc), nil
}

func phasesTool(ctx context.Context, b *data.Book, _ struct{}) (phasesOut, error) {
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return phasesOut{}, err
	}
	return newPhasesOut(lc), nil
}

func newPhasesOut(lc lifecycle.Lifecycle) phasesOut {
	out := phasesOut{Phases: make([]phaseRecord, len(lc.Phases))}
	for i, p := range lc.Phases {
		out.Phases[i] = phaseRecord{Key: p.Key, Label: p.Label, Group: string(p.Group), Hidden: p.Hidden}
	}
	return out
}
