package data

import (
	"context"
	"database/sql"

	"tend/lifecycle"
)

// checkOthers finds the customers whose other e-mails or phones tend
// would not write: an address that is none, one there twice or the
// primary one, more than a customer may hold. tend writes them checked,
// but a book may be written by a later tend, a script or by hand.
func (b *Book) checkOthers(ctx context.Context) ([]error, error) {
	var found []error
	err := b.eachRow(ctx, `SELECT `+customerColumns+` FROM customers c WHERE c.other_emails <> '' OR c.other_phones <> ''
		ORDER BY c.id`, func(rows *sql.Rows) error {
		c, err := scanCustomer(rows)
		if err != nil {
			return err
		}
		if problem := c.OthersProblem(); problem != nil && len(found) < maxProblems {
			found = append(found, lifecycle.Problemf(CodeCheckOthers, lifecycle.Values{"ID": c.ID, "Name": c.Name},
				"customer %d (%s): %w", c.ID, c.Name, problem))
		}
		return nil
	})
	return found, err
}
