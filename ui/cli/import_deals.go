package cli

import (
	"fmt"
	"io"

	"tend/data"
	"tend/ui/words"
)

// dealNote says the note an open or lost deal leaves in the book, in the
// reader's words: the deal's title, stage, value and why it was lost.
func dealNote(d data.Deal) string {
	value := ""
	if d.Value != 0 {
		value = words.Money(words.Amount(d.Value), d.Currency)
	}
	v := words.V{"Title": d.Title, "Stage": d.Stage, "Value": value, "Reason": d.LostReason}
	if d.Status == data.DealLost {
		return words.T("deals.note.lost", v)
	}
	return words.T("deals.note.open", v)
}

// dealSummary says what a deals import did, or in a dry run would do: the
// system the file came from, the deals of each status and what they
// became, the customers created and those moved, phase by phase.
func dealSummary(w io.Writer, file string, r data.ImportReport) {
	switch r.Deals.Source {
	case data.SourcePipedrive:
		fmt.Fprintln(w, words.T("deals.source.pipedrive", words.V{"File": file}))
	case data.SourceOdoo:
		fmt.Fprintln(w, words.T("deals.source.odoo", words.V{"File": file}))
	}
	d := r.Deals
	v := words.V{"Deals": words.N("deals.count.deals", r.Rows, words.V{"N": r.Rows}), "Won": d.Won, "Open": d.Open, "Lost": d.Lost,
		"Skipped": r.Skipped, "Purchases": count(d.Purchases, data.Purchases),
		"Notes": words.N("deals.count.notes", d.Notes, words.V{"N": d.Notes}), "FollowUps": d.FollowUps}
	created := words.V{"Customers": count(r.CreatedCustomers, data.Customers)}
	if r.DryRun {
		fmt.Fprintln(w, words.T("deals.summary.dry", v))
		if r.CreatedCustomers > 0 {
			fmt.Fprintln(w, words.T("deals.created.dry", created))
		}
	} else {
		fmt.Fprintln(w, words.T("deals.summary.done", v))
		if r.CreatedCustomers > 0 {
			fmt.Fprintln(w, words.T("deals.created.done", created))
		}
	}
	for _, m := range d.Moved {
		mv := words.V{"Customers": count(m.Customers, data.Customers), "Phase": words.PhaseLabel(m.Phase)}
		if r.DryRun {
			fmt.Fprintln(w, words.T("deals.moved.dry", mv))
		} else {
			fmt.Fprintln(w, words.T("deals.moved.done", mv))
		}
	}
}

// importOut is what tend import --json writes: the report, the same in
// every language, phases by key, with the file's name and, of a deals
// file, what its deals became.
type importOut struct {
	File string `json:"file"`
	data.ImportReport
	Deals *data.DealReport `json:"deals,omitempty"`
}

// writeImportJSON writes an import's report as JSON.
func writeImportJSON(w io.Writer, file string, r data.ImportReport) error {
	out := importOut{File: file, ImportReport: importJSON(r)}
	if r.Entity == data.Deals {
		out.Deals = &r.Deals
	}
	return writeJSON(w, out)
}
