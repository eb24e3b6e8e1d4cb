package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// resolve finds the customer ref names. Where a bare number is a
// customer's name and another customer's id, the name wins, and a line on
// stderr says how to name the other.
func resolve(ctx context.Context, b *data.Book, cmd *cobra.Command, ref string) (lifecycle.Customer, error) {
	c, err := b.Resolve(ctx, ref)
	if err != nil {
		return c, err
	}
	if id, ok := lifecycle.BareID(ref); ok && c.ID != id {
		if other, err := b.Customer(ctx, id); err == nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "tend: %s\n", words.T("cli.customer.name-not-id", words.V{
				"Ref": fmt.Sprintf("%q", strings.TrimSpace(ref)), "ID": c.ID, "Other": id, "Name": text.Clean(other.Name)}))
		}
	}
	return c, nil
}
