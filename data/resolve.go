package data

import (
	"context"
	"fmt"
	"strings"

	"tend/lifecycle"
)

// AmbiguousError says that a reference to a customer matched several.
type AmbiguousError struct {
	Ref     string
	Matches []lifecycle.Customer
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q matches %d customers; name one by #id or e-mail:", e.Ref, len(e.Matches))
	for i, c := range e.Matches {
		if i == maxListedMatches {
			fmt.Fprintf(&b, "; …")
			break
		}
		sep := ", "
		if i == 0 {
			sep = " "
		}
		fmt.Fprintf(&b, "%s#%d %s", sep, c.ID, c.Name)
		if c.Company != "" {
			fmt.Fprintf(&b, " (%s)", c.Company)
		}
		if c.Email != "" {
			fmt.Fprintf(&b, " <%s>", c.Email)
		}
	}
	return b.String()
}

const maxListedMatches = 10

// Resolve finds the one customer a user means: by id (#5 or id:5), by
// email, by the whole name (case-insensitively), or failing that by a part
// of the name or company that only one customer has, as typed or else
// with accents folded as the search folds them ("muller" finds Müller).
// A bare number is an id, unless a customer has that number for a name:
// then the name wins (see [lifecycle.BareID]). Archived customers are
// found too.
func (b *Book) Resolve(ctx context.Context, ref string) (lifecycle.Customer, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return lifecycle.Customer{}, lifecycle.Problemf(CodeNoRef, nil, "no customer named")
	}
	if id, ok := lifecycle.MarkedID(ref); ok {
		return b.Customer(ctx, id)
	}
	if id, ok := lifecycle.BareID(ref); ok {
		found, err := b.customersWhere(ctx, `c.name_fold = ? ORDER BY c.archived_at IS NOT NULL, c.id LIMIT ?`, ref, maxListedMatches+1)
		switch {
		case err != nil:
			return lifecycle.Customer{}, err
		case len(found) == 1:
			return found[0], nil
		case len(found) > 1:
			return lifecycle.Customer{}, &AmbiguousError{Ref: ref, Matches: found}
		}
		return b.Customer(ctx, id)
	}
	for _, q := range refQueries(b.engine, ref) {
		found, err := b.customersWhere(ctx, q.where+` ORDER BY c.archived_at IS NOT NULL, c.name_fold LIMIT ?`, q.arg, maxListedMatches+1)
		if err != nil {
			return lifecycle.Customer{}, err
		}
		switch len(found) {
		case 0:
			continue
		case 1:
			return found[0], nil
		}
		return lifecycle.Customer{}, &AmbiguousError{Ref: ref, Matches: found}
	}
	return lifecycle.Customer{}, NotFoundError{Ref: ref}
}

// refQuery is a condition on customers that a reference may mean, with
// its argument.
type refQuery struct {
	where string
	arg   any
}

// refQueries are the conditions a reference is tried by, in turn: the
// e-mail if it looks like one, the whole name, a part of the customer's
// fields as typed, and from three characters on a part with accents
// folded, which the search index answers.
func refQueries(e engine, ref string) []refQuery {
	var queries []refQuery
	if strings.Contains(ref, "@") {
		queries = append(queries, refQuery{`c.email = ? COLLATE NOCASE AND c.email <> ''`, ref})
	}
	queries = append(queries,
		refQuery{`c.name_fold = ?`, strings.ToLower(ref)},
		refQuery{`c.search LIKE ? ESCAPE '\'`, "%" + escapeLike(strings.ToLower(ref)) + "%"})
	if indexAnswers(ref) {
		folded, arg := searchCondition(e, ref)
		queries = append(queries, refQuery{folded, arg})
	}
	return queries
}

func (b *Book) customersWhere(ctx context.Context, where string, args ...any) ([]lifecycle.Customer, error) {
	return customersWhere(ctx, b.reader, where, args...)
}

// customersQuery reads the customers that where lets through.
func customersQuery(where string) string {
	return `SELECT ` + customerColumns + ` FROM customers c WHERE ` + where
}

func customersWhere(ctx context.Context, q querier, where string, args ...any) ([]lifecycle.Customer, error) {
	rows, err := q.QueryContext(ctx, customersQuery(where), args...)
	if err != nil {
		return nil, lifecycle.Problemf(CodeFindCustomers, nil, "find customers: %w", describe(err))
	}
	defer rows.Close()
	var out []lifecycle.Customer
	for rows.Next() {
		c, err := scanCustomer(rows)
		if err != nil {
			return nil, lifecycle.Problemf(CodeFindCustomers, nil, "find customers: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// escapeLike makes s match itself in a LIKE pattern with ESCAPE '\'.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
