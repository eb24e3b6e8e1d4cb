package cli

import (
	"fmt"
	"io"
	"strings"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// systemNames are the systems' own names, as they write them.
var systemNames = map[data.Source]string{
	data.SourceHubSpot: "HubSpot", data.SourcePipedrive: "Pipedrive", data.SourceSalesforce: "Salesforce",
	data.SourceOdoo: "Odoo", data.SourceGoogle: "Google Contacts", data.SourceOutlook: "Outlook",
}

// lastActivityNote words the note that keeps a customer's last activity in
// the system the file came from.
func lastActivityNote(s data.Source) string {
	if s == "" {
		return words.T("cli.import.last-activity-before")
	}
	return words.T("cli.import.last-activity-note", words.V{"System": systemNames[s]})
}

// printPlan says, before the import keeps anything, which system the
// file was taken for and how the stages its rows are in map to phases,
// with the rows in each.
func printPlan(out io.Writer, file string, r data.ImportReport, lc lifecycle.Lifecycle) {
	if s := r.Source; s.Source != "" {
		v := words.V{"File": file, "System": systemNames[s.Source]}
		if s.Forced {
			fmt.Fprintln(out, words.T("cli.import.source.forced", v))
		} else {
			fmt.Fprintln(out, words.N("cli.import.source.found", s.Score, v))
		}
	}
	var stages []data.StageMapping
	width, digits := 0, 0
	for _, m := range r.Stages {
		if m.Rows > 0 {
			stages = append(stages, m)
			width, digits = max(width, len([]rune(m.Stage))), max(digits, len(words.Number(m.Rows)))
		}
	}
	if len(stages) == 0 {
		return
	}
	fmt.Fprintln(out, words.T("cli.import.stages.header"))
	for _, m := range stages {
		rows := words.Number(m.Rows)
		v := words.V{"Stage": m.Stage + strings.Repeat(" ", width-len([]rune(m.Stage))), "Typed": m.Stage,
			"Rows": strings.Repeat(" ", digits-len(rows)) + rows, "Phase": phaseLabel(lc, m.Phase)}
		switch {
		case m.Phase == "":
			fmt.Fprintln(out, words.T("cli.import.stages.none", v))
		case m.ByUser:
			fmt.Fprintln(out, words.T("cli.import.stages.by-user", v))
		default:
			fmt.Fprintln(out, words.T("cli.import.stages.line", v))
		}
	}
}

// printProfile says, after an import from another system, what the
// customers written hold: how many in each phase, with an e-mail, a
// phone, an owner and tags, and which column was read as which field.
func printProfile(out io.Writer, r data.ImportReport, lc lifecycle.Lifecycle) {
	if r.Source.Source == "" && len(r.Stages) == 0 {
		return
	}
	p := r.Profile
	var phases []string
	for _, ph := range lc.Phases {
		if n := p.Phases[ph.Key]; n > 0 {
			phases = append(phases, words.T("cli.import.profile.phase", words.V{"Phase": words.PhaseLabel(ph), "Count": words.Number(n)}))
		}
	}
	if len(phases) > 0 {
		fmt.Fprintln(out, words.T("cli.import.profile.phases", words.V{"Phases": strings.Join(phases, ", ")}))
	}
	fmt.Fprintln(out, words.T("cli.import.profile.holds", words.V{"Email": words.Number(p.WithEmail), "Phone": words.Number(p.WithPhone),
		"Emails": words.Number(p.Emails), "Phones": words.Number(p.Phones),
		"Owner": words.Number(p.WithOwner), "Owners": words.Number(p.Owners), "Tagged": words.Number(p.WithTags), "Tags": words.Number(p.Tags)}))
	if p.LastActivities > 0 {
		fmt.Fprintln(out, words.N("cli.import.profile.last-activities", p.LastActivities))
	}
	uses := make([]string, len(r.Columns))
	for i, u := range r.Columns {
		uses[i] = words.T("cli.import.profile.column", words.V{"Column": u.Column, "Field": u.Field})
	}
	fmt.Fprintln(out, words.T("cli.import.profile.columns", words.V{"Columns": strings.Join(uses, ", ")}))
}

// importJSON is the report as --json prints it: the same in every
// language, with empty lists as lists.
func importJSON(r data.ImportReport) data.ImportReport {
	for _, list := range []*[]string{&r.Ignored, &r.Derived} {
		if *list == nil {
			*list = []string{}
		}
	}
	if r.Columns == nil {
		r.Columns = []data.ColumnUse{}
	}
	if r.Stages == nil {
		r.Stages = []data.StageMapping{}
	}
	if r.Profile.Phases == nil {
		r.Profile.Phases = map[string]int{}
	}
	return r
}
