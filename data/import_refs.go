package data

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"tend/lifecycle"
)

// customerRef is how a contact or purchase names its customer.
type customerRef struct {
	id                   int64
	email, name, company string
	owner                string // of a customer created for it, where the row names one
}

// customerRef reads the customer columns. A customer cell holds an id, an
// e-mail address or a name, as a person would write it.
func (c *cells) customerRef() customerRef {
	var ref customerRef
	if s, ok := c.text(fieldCustomer); ok {
		switch {
		case allDigits(s):
			setCell(c, fieldCustomer, &ref.id, parseID)
		case strings.Contains(s, "@"):
			ref.email = s
		default:
			ref.name = s
		}
	}
	setCell(c, fieldCustomerID, &ref.id, parseID)
	setCell(c, fieldCustomerEmail, &ref.email, asText)
	setCell(c, fieldCustomerName, &ref.name, asText)
	setCell(c, fieldCustomerCompany, &ref.company, asText)
	return ref
}

// refField is the column to blame when a row's customer is not found.
func (c *cells) refField() field {
	for _, f := range customerRefs {
		if _, ok := c.text(f); ok {
			return f
		}
	}
	for _, f := range customerRefs {
		if c.cols.has(f) {
			return f
		}
	}
	return fieldCustomer
}

var errNoCustomer = lifecycle.Problemf(CodeNoCustomerRef, nil, "the row names no customer")

// customerFor finds the customer a contact or purchase names, or creates it
// where --create-missing allows. It returns 0 when the row is bad.
func (r *importRun) customerFor(c *cells, at time.Time, start lifecycle.Group) (int64, error) {
	ref := c.customerRef()
	if c.bad() {
		return 0, nil
	}
	first, _ := r.lc.First(start)
	return r.customerOf(c, ref, at, first.Key)
}

// customerOf finds the customer ref names, or creates it in the phase
// given where --create-missing allows.
func (r *importRun) customerOf(c *cells, ref customerRef, at time.Time, phase string) (int64, error) {
	if ref.id == 0 && ref.email == "" && ref.name == "" && ref.company == "" {
		c.fail(c.refField(), errNoCustomer)
		return 0, nil
	}
	found, err := r.ix.find(ref)
	switch {
	case bookFailed(err):
		return 0, err
	case err != nil:
		c.fail(c.refField(), err)
		return 0, nil
	case found != nil:
		return found.id, nil
	case !r.opt.CreateMissing:
		c.fail(c.refField(), lifecycle.Problemf(CodeNoMatch, ref.values(), "no customer in the book matches %s (import the customers first)", ref))
		return 0, nil
	}
	return r.createCustomer(c, ref, at, phase)
}

// createCustomer adds the customer a row names, with the name, e-mail,
// company and owner it gives, in phase, created when the row's contact or
// purchase happened.
func (r *importRun) createCustomer(c *cells, ref customerRef, at time.Time, phase string) (int64, error) {
	cust := lifecycle.Customer{Name: cmp.Or(ref.name, ref.email), Email: ref.email, Company: ref.company, Owner: ref.owner,
		CreatedAt: at, Phase: phase}
	if cust.Name == "" {
		c.fail(c.refField(), lifecycle.Problemf(CodeNoMatchID, lifecycle.Values{"ID": ref.id},
			"no customer has id %d, and the row gives no name or e-mail to create one", ref.id))
		return 0, nil
	}
	taken, err := r.ix.byID(ref.id)
	if err != nil {
		return 0, err
	}
	if taken == nil {
		cust.ID = ref.id
	}
	cust.Normalize()
	if _, err := profileProblem(cust, lifecycle.Customer{}); err != nil {
		c.fail(c.refField(), err)
		return 0, nil
	}
	// One at a time, not batched: the row's contact or purchase needs the
	// customer stored at once. It is flagged with the customers whose
	// history the import changed.
	id, err := insertCustomer(r.ctx, r.st, r.lc, cust, r.now, r.book.User())
	if err != nil {
		return 0, err
	}
	if _, err := r.st.ExecContext(r.ctx, `INSERT INTO `+addedLines+` (id, line) VALUES (?, ?)`, id, c.line); err != nil {
		return 0, lifecycle.Problemf(CodeRecordRowCustomer, lifecycle.Values{"Line": c.line},
			"record the customer of line %d: %w", c.line, describe(err))
	}
	r.ix.put(id, keysOf(cust.Email, cust.Name), false)
	r.report.CreatedCustomers++
	return id, nil
}

// String names the customer a row refers to, as the row gives it.
func (r customerRef) String() string {
	var parts []string
	if r.id != 0 {
		parts = append(parts, fmt.Sprintf("id %d", r.id))
	}
	for _, s := range []string{r.email, r.name, r.company} {
		if s != "" {
			parts = append(parts, fmt.Sprintf("%q", s))
		}
	}
	return strings.Join(parts, ", ")
}

// values are the parts of a reference, named.
func (r customerRef) values() lifecycle.Values {
	return lifecycle.Values{"ID": r.id, "Email": r.email, "Name": r.name, "Company": r.company}
}
