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

// The change of a set of customers by tend move and tend edit: all of them
// in one transaction or none, a line per customer and a total (or JSON),
// and with --dry-run the same report of a change rolled back.

// setReport is what a change of a set did, as --json prints it.
type setReport struct {
	DryRun    bool          `json:"dry_run"`
	Phase     string        `json:"phase,omitempty"`
	Changed   []setCustomer `json:"changed"`
	Unchanged []setCustomer `json:"unchanged"`
	Total     int           `json:"total"`
	text      []string      // the report's lines in words
	said      func() string // the total in words
}

// setCustomer is one customer of a set's report.
type setCustomer struct {
	ID      int64              `json:"id"`
	Name    string             `json:"name"`
	From    string             `json:"from,omitempty"`
	To      string             `json:"to,omitempty"`
	Changes []data.FieldChange `json:"changes,omitempty"`
}

// print writes the report: JSON, or its lines and total.
func (r *setReport) print(out io.Writer, asJSON bool) error {
	r.Total = len(r.Changed)
	if r.Changed == nil {
		r.Changed = []setCustomer{}
	}
	if r.Unchanged == nil {
		r.Unchanged = []setCustomer{}
	}
	if asJSON {
		return writeJSON(out, r)
	}
	for _, line := range r.text {
		fmt.Fprintln(out, line)
	}
	_, err := fmt.Fprintln(out, r.said())
	return err
}

// moveSet moves the set the flags and refs choose to the phase typed.
func moveSet(ctx context.Context, b *data.Book, cmd *cobra.Command, set *setFlags, refs []string, typed, reason, note string) error {
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return err
	}
	to, err := lc.Enter(phaseTyped(lc, typed))
	if err != nil {
		return err
	}
	cs, err := set.customers(ctx, b, cmd, refs)
	if err != nil {
		return err
	}
	from := ""
	if len(cs) > 0 {
		from = cs[0].Phase
	}
	free, why, err := moveReason(ctx, b, lc, from, to.Key, reason, note)
	if err != nil {
		return fmt.Errorf("--reason: %w", err)
	}
	if set.dryRun {
		b.Rehearse()
	}
	changes, err := b.MoveCustomers(ctx, idsOf(cs), to.Key, free, why)
	if err != nil {
		return err
	}
	label := phaseLabel(lc, to.Key)
	r := &setReport{DryRun: set.dryRun, Phase: to.Key}
	moved := map[int64]lifecycle.PhaseChange{}
	for _, ch := range changes {
		moved[ch.CustomerID] = ch
	}
	for _, c := range cs {
		one := setCustomer{ID: c.ID, Name: c.Name}
		v := words.V{"Name": text.Clean(c.Name), "ID": c.ID, "From": phaseLabel(lc, c.Phase), "To": label}
		if ch, ok := moved[c.ID]; ok {
			one.From, one.To = ch.From, ch.To
			r.Changed = append(r.Changed, one)
			r.text = append(r.text, words.T("bulk.cli.moved-one", v))
			continue
		}
		r.Unchanged = append(r.Unchanged, one)
		r.text = append(r.text, words.T("bulk.cli.there-already", v))
	}
	r.said = func() string {
		if set.dryRun {
			return words.N("bulk.cli.would-move", len(r.Changed), words.V{"Phase": label})
		}
		return words.N("bulk.cli.moved", len(r.Changed), words.V{"Phase": label})
	}
	return r.print(cmd.OutOrStdout(), set.asJSON)
}

// editSet applies edit to the set the flags and refs choose.
func editSet(ctx context.Context, b *data.Book, cmd *cobra.Command, set *setFlags, refs []string, edit func(*lifecycle.Customer) error) error {
	cs, err := set.customers(ctx, b, cmd, refs)
	if err != nil {
		return err
	}
	if set.dryRun {
		b.Rehearse()
	}
	edits, err := b.EditCustomers(ctx, idsOf(cs), edit)
	if err != nil {
		return err
	}
	r := &setReport{DryRun: set.dryRun}
	for _, e := range edits {
		one := setCustomer{ID: e.After.ID, Name: e.After.Name, Changes: e.Changes()}
		v := words.V{"Name": text.Clean(e.Before.Name), "ID": e.After.ID}
		if len(one.Changes) == 0 {
			r.Unchanged = append(r.Unchanged, one)
			r.text = append(r.text, words.T("bulk.cli.unchanged", v))
			continue
		}
		said := make([]string, len(one.Changes))
		for i, c := range one.Changes {
			said[i] = text.Clean(words.Change(c.Field, c.Old, c.New, ""))
		}
		v["Changes"] = strings.Join(said, "; ")
		r.Changed = append(r.Changed, one)
		r.text = append(r.text, words.T("bulk.cli.edited-one", v))
	}
	r.said = func() string {
		if set.dryRun {
			return words.N("bulk.cli.would-edit", len(r.Changed))
		}
		return words.N("bulk.cli.edited", len(r.Changed))
	}
	return r.print(cmd.OutOrStdout(), set.asJSON)
}

func idsOf(cs []lifecycle.Customer) []int64 {
	ids := make([]int64, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return ids
}
