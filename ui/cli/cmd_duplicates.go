package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

func newDuplicatesCmd(flags *bookFlags) *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:     "duplicates",
		Short:   words.T("cli.duplicates.short"),
		Long:    words.T("cli.duplicates.long"),
		Example: words.T("cli.duplicates.example"),
		Args:    exactArgs(0),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, words.T("cli.duplicates.flag.json"))
	cmd.Flags().IntVar(&limit, "limit", 50, words.T("cli.duplicates.flag.limit"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		if limit < 0 {
			return fmt.Errorf("--limit: %s", words.T("cli.duplicates.negative-limit"))
		}
		pairs, err := b.Duplicates(ctx)
		if err != nil {
			return err
		}
		shown := pairs
		if limit > 0 && len(shown) > limit {
			shown = shown[:limit]
		}
		if asJSON {
			return writeJSON(cmd.OutOrStdout(), duplicatesJSON(shown))
		}
		return writeDuplicates(cmd.OutOrStdout(), shown, len(pairs))
	})
	return cmd
}

// duplicateJSON is a likely pair as --json prints it.
type duplicateJSON struct {
	First   duplicateOne `json:"first"`
	Second  duplicateOne `json:"second"`
	Reasons []string     `json:"reasons"`
}

// duplicateOne is a customer of a likely pair.
type duplicateOne struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Company string `json:"company"`
	Email   string `json:"email"`
	Phone   string `json:"phone"`
}

func duplicatesJSON(pairs []data.DuplicatePair) []duplicateJSON {
	out := make([]duplicateJSON, len(pairs))
	one := func(c data.Candidate) duplicateOne { return duplicateOne{c.ID, c.Name, c.Company, c.Email, c.Phone} }
	for i, p := range pairs {
		out[i] = duplicateJSON{First: one(p.A), Second: one(p.B), Reasons: p.Reasons}
	}
	return out
}

// writeDuplicates lists the pairs shown, a line each, and says how to
// merge them and how many more there are of all.
func writeDuplicates(out io.Writer, shown []data.DuplicatePair, all int) error {
	if all == 0 {
		_, err := fmt.Fprintln(out, words.T("cli.duplicates.none"))
		return err
	}
	for _, p := range shown {
		reasons := make([]string, len(p.Reasons))
		for i, r := range p.Reasons {
			reasons[i] = sayReason(r)
		}
		fmt.Fprintln(out, words.T("cli.duplicates.pair", words.V{"First": duplicateName(p.A), "Second": duplicateName(p.B),
			"Reasons": strings.Join(reasons, ", ")}))
	}
	if len(shown) < all {
		fmt.Fprintln(out, words.N("cli.duplicates.more", all-len(shown), words.V{"Shown": len(shown)}))
	}
	_, err := fmt.Fprintln(out, words.T("cli.duplicates.how", words.V{"First": shown[0].A.ID, "Second": shown[0].B.ID}))
	return err
}

// duplicateName is a customer of a pair as a line names it: its id, name
// and company.
func duplicateName(c data.Candidate) string {
	return words.T("cli.duplicates.customer", words.V{"ID": c.ID, "Name": text.Clean(c.Name), "Company": text.Clean(c.Company)})
}

// sayReason says a reason of a likely pair in the reader's words.
func sayReason(reason string) string {
	switch reason {
	case data.SameEmail:
		return words.T("cli.duplicates.reason.same-email")
	case data.SamePhone:
		return words.T("cli.duplicates.reason.same-phone")
	}
	return words.T("cli.duplicates.reason.same-name-company")
}
