package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"tend/lifecycle"
)

// EmailTakenError says that an e-mail address is another customer's
// already: with two customers on one address, naming one by it could not
// work. Holder is the customer who has it.
type EmailTakenError struct {
	Email  string
	Holder lifecycle.Customer
}

func (e *EmailTakenError) Error() string {
	return fmt.Sprintf("%s is already the e-mail of %s (#%d)", e.Email, e.Holder.Name, e.Holder.ID)
}

// checkEmailFree refuses to give c the e-mail address of another customer,
// as the importer does; case and the spaces around it do not matter, and
// no e-mail clashes with none. A customer keeping its own address passes,
// even where an older book gave it to two: before is c as stored.
func checkEmailFree(ctx context.Context, q querier, c, before lifecycle.Customer) error {
	email := strings.TrimSpace(c.Email)
	if email == "" || (c.ID != 0 && strings.EqualFold(email, strings.TrimSpace(before.Email))) {
		return nil
	}
	holder, err := scanCustomer(q.QueryRowContext(ctx, `SELECT `+customerColumns+` FROM customers c
		WHERE c.email = ? COLLATE NOCASE AND c.email <> '' AND c.id <> ? ORDER BY c.id LIMIT 1`, email, c.ID))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return lifecycle.Problemf(CodeLookForEmail, lifecycle.Values{"Email": email},
			"look for the e-mail %s: %w", email, describe(err))
	}
	return &EmailTakenError{Email: email, Holder: holder}
}
