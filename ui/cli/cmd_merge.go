package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

// mergeOptions are tend merge's flags.
type mergeOptions struct {
	dryRun, asJSON, yes, undo bool
}

func newMergeCmd(flags *bookFlags) *cobra.Command {
	var opt mergeOptions
	cmd := &cobra.Command{
		Use:     "merge " + words.T("cli.merge.use-args"),
		Short:   words.T("cli.merge.short"),
		Long:    words.T("cli.merge.long"),
		Example: words.T("cli.merge.example"),
		Args:    rangeArgs(1, 2),
	}
	fs := cmd.Flags()
	fs.BoolVar(&opt.dryRun, "dry-run", false, words.T("cli.merge.flag.dry-run"))
	fs.BoolVar(&opt.asJSON, "json", false, words.T("cli.merge.flag.json"))
	fs.BoolVar(&opt.yes, "yes", false, words.T("cli.merge.flag.yes"))
	fs.BoolVar(&opt.undo, "undo", false, words.T("cli.merge.flag.undo"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		if opt.undo {
			return undoMerge(ctx, b, cmd, args, opt)
		}
		if len(args) != 2 {
			return errors.New(words.T("cli.merge.need-two"))
		}
		return merge(ctx, b, cmd, args, opt)
	})
	return cmd
}

// mergeReport is what tend merge says, and prints with --json.
type mergeReport struct {
	DryRun       bool         `json:"dry_run"`
	Undone       bool         `json:"undone"`
	MergeID      int64        `json:"merge_id,omitempty"`
	Keep         mergedOne    `json:"keep"`
	Other        mergedOne    `json:"other"`
	Contacts     int          `json:"contacts"`
	FollowUps    int          `json:"follow_ups"`
	Purchases    int          `json:"purchases"`
	PhaseChanges int          `json:"phase_changes"`
	Filled       []string     `json:"filled"`
	TagsAdded    []string     `json:"tags_added"`
	Reach        []data.Reach `json:"reach"`
	Phase        *mergedPhase `json:"phase,omitempty"`
}

// mergedOne is a customer of a merge.
type mergedOne struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// mergedPhase is the move a merge makes of the customer kept.
type mergedPhase struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// newMergeReport is the report of merge m.
func newMergeReport(m data.Merged) mergeReport {
	r := mergeReport{MergeID: m.ID, Keep: mergedOne{m.Keep.ID, m.Keep.Name}, Other: mergedOne{m.Other.ID, m.Other.Name},
		Contacts: m.Contacts, FollowUps: m.FollowUps, Purchases: m.Purchases, PhaseChanges: m.PhaseChanges,
		Filled: orEmpty(m.Filled), TagsAdded: orEmpty(m.TagsAdded), Reach: m.Reach}
	if r.Reach == nil {
		r.Reach = []data.Reach{}
	}
	if m.After.Phase != m.Keep.Phase {
		r.Phase = &mergedPhase{From: m.Keep.Phase, To: m.After.Phase}
	}
	return r
}

// orEmpty is list, or an empty one for none, as JSON prints [] rather than null.
func orEmpty(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}

// merge merges the second customer named into the first, after saying
// what moves and asking, unless --yes or --dry-run.
func merge(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string, opt mergeOptions) error {
	keep, err := resolve(ctx, b, cmd, args[0])
	if err != nil {
		return err
	}
	other, err := resolve(ctx, b, cmd, args[1])
	if err != nil {
		return err
	}
	plan, err := b.PlanMerge(ctx, keep.ID, other.ID)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if !opt.asJSON {
		if err := tellMergePlan(ctx, b, out, plan); err != nil {
			return err
		}
	}
	if opt.dryRun {
		return sayMerge(out, newMergeReport(plan), opt, words.T("cli.merge.dry-run"))
	}
	if !opt.yes {
		q := words.T("cli.merge.ask", words.V{"Other": text.Clean(other.Name), "Keep": text.Clean(keep.Name)})
		asked := out
		if opt.asJSON {
			asked = cmd.ErrOrStderr()
		}
		if err := ask(bufio.NewReader(cmd.InOrStdin()), asked, q, words.T("cli.merge.not-merged"), words.T("cli.merge.no-answer")); err != nil {
			return err
		}
	}
	done, err := b.Merge(ctx, keep.ID, other.ID)
	if err != nil {
		return err
	}
	return sayMerge(out, newMergeReport(done), opt, words.T("cli.merge.done", words.V{
		"Other": text.Clean(other.Name), "Keep": text.Clean(keep.Name), "Ref": keep.ID}))
}

// sayMerge prints the report as JSON, or the line that ends it.
func sayMerge(out io.Writer, r mergeReport, opt mergeOptions, line string) error {
	r.DryRun = opt.dryRun
	if opt.asJSON {
		return writeJSON(out, r)
	}
	_, err := fmt.Fprintln(out, line)
	return err
}

// tellMergePlan says what merging plan will move and change.
func tellMergePlan(ctx context.Context, b *data.Book, out io.Writer, m data.Merged) error {
	v := words.V{"Keep": text.Clean(m.Keep.Name), "KeepID": m.Keep.ID, "Other": text.Clean(m.Other.Name), "OtherID": m.Other.ID,
		"Contacts": count(m.Contacts, data.Contacts), "FollowUps": m.FollowUps, "Purchases": count(m.Purchases, data.Purchases),
		"PhaseChanges": words.N("cli.merge.phase-changes", m.PhaseChanges, words.V{"N": m.PhaseChanges})}
	lines := []string{words.T("cli.merge.plan", v)}
	if len(m.Filled) > 0 {
		names := make([]string, len(m.Filled))
		for i, f := range m.Filled {
			names[i] = words.AuditField(f)
		}
		lines = append(lines, words.T("cli.merge.filled", words.V{"Keep": v["Keep"], "Fields": strings.Join(names, ", ")}))
	}
	if len(m.TagsAdded) > 0 {
		lines = append(lines, words.T("cli.merge.tags", words.V{"Tags": text.Clean(strings.Join(m.TagsAdded, ", "))}))
	}
	for _, r := range m.Reach {
		lines = append(lines, words.T("cli.merge.reach", words.V{"Field": words.AuditField(r.Kind), "Value": text.Clean(r.Value)}))
	}
	if m.After.Phase != m.Keep.Phase {
		lc, err := b.Lifecycle(ctx)
		if err != nil {
			return err
		}
		lines = append(lines, words.T("cli.merge.phase", words.V{"Keep": v["Keep"],
			"From": phaseLabel(lc, m.Keep.Phase), "To": phaseLabel(lc, m.After.Phase)}))
	}
	lines = append(lines, words.T("cli.merge.leaves", v))
	_, err := fmt.Fprintln(out, strings.Join(lines, "\n"))
	return err
}

// undoMerge takes back the latest merge into the customer named.
func undoMerge(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string, opt mergeOptions) error {
	if len(args) != 1 {
		return errors.New(words.T("cli.merge.undo-one"))
	}
	keep, err := resolve(ctx, b, cmd, args[0])
	if err != nil {
		return err
	}
	u, err := b.UndoMerge(ctx, keep.ID)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if opt.asJSON {
		return writeJSON(out, mergeReport{Undone: true, Keep: mergedOne{u.Keep.ID, u.Keep.Name}, Other: mergedOne{u.Other.ID, u.Other.Name},
			Filled: []string{}, TagsAdded: []string{}, Reach: []data.Reach{}})
	}
	_, err = fmt.Fprintln(out, words.T("cli.merge.undone", words.V{"Other": text.Clean(u.Other.Name), "OtherID": u.Other.ID,
		"Keep": text.Clean(u.Keep.Name)}))
	return err
}
