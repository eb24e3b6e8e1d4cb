package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// newDraftCmd prints a template filled for a customer: the subject, a
// blank line and the body. Nothing is sent or logged.
func newDraftCmd(flags *bookFlags) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "draft " + words.T("cli.draft.use-args"),
		Short:   words.T("cli.draft.short"),
		Long:    words.T("cli.draft.long"),
		Example: words.T("cli.draft.example"),
		Args:    exactArgs(2),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, words.T("cli.draft.flag.json"))
	cmd.RunE = withCustomer(flags, nil, func(ctx context.Context, b *data.Book, cmd *cobra.Command, c lifecycle.Customer, args []string) error {
		d, err := b.Draft(ctx, c.ID, args[1], words.Language())
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(cmd.OutOrStdout(), draftRecord{c.ID, c.Name, d.Template, d.Language, d.Subject, d.Body})
		}
		w, flush := safeForTerminal(cmd.OutOrStdout())
		fmt.Fprintf(w, "%s\n\n%s", words.T("cli.draft.subject", words.V{"Subject": d.Subject}), d.Body)
		return flush()
	})
	return cmd
}

// draftRecord is a draft as --json writes it.
type draftRecord struct {
	CustomerID int64  `json:"customer_id"`
	Customer   string `json:"customer"`
	Template   string `json:"template"`
	Language   string `json:"language"`
	Subject    string `json:"subject"`
	Body       string `json:"body"`
}
