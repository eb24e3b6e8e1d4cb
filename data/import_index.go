package data

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"tend/lifecycle"
)

// customerIndex finds the book's customers by id, e-mail and name during an
// import (for a contact or purchase, by one of their other e-mails too),
// the customers the import has added included, so that a file that names
// a customer twice finds it the second time. It holds no customer:
// they are read back from the import's transaction, which sees what it
// wrote. Filters of a bounded size tell which ids, e-mails and names no
// customer has, so that a new customer, most rows of a large file, costs
// no query, and the index takes no more memory for a file of millions of
// rows than 16 MiB a filter.
type customerIndex struct {
	ctx   context.Context
	st    *statements
	seen  *keyFilter // the keys of every customer
	book  *keyFilter // the keys of the customers in the book before the import
	maxID int64      // the largest id of a customer; no customer has a larger one
	count int        // the customers in the book before the import
	// written stores the customers the import has queued, before a lookup
	// that must see them.
	written func(context.Context) error
	// unindexed, when set, puts back the indexes of e-mails and names that
	// a large import sets aside, before the first lookup by them: most
	// large files never look up, and keeping the indexes up to date would
	// cost them a third of their time.
	unindexed func(context.Context) error
}

// addedLines records which line of the file added each customer the import
// added, in the import's transaction: a customer without a line was in the
// book before. It is a temporary table, dropped with the import; both
// engines find a temporary table by its name before the book's tables.
const addedLines = "import_lines"

// indexed is what the index knows of a customer.
type indexed struct {
	id                   int64
	email, name, company string
	others               string // the other e-mails, as their column holds them
	line                 int    // the line of the file that added it; 0 when it was in the book before
}

// hasOther tells whether key, an e-mail in lower case, is one of the
// customer's other e-mails.
func (e *indexed) hasOther(key string) bool {
	return slices.ContainsFunc(splitOthers(e.others), func(o string) bool { return strings.ToLower(o) == key })
}

// customerKeys are a customer's e-mail and name in lower case, as the index
// files them. An import works them out for its rows ahead of the writer.
type customerKeys struct{ email, name string }

func keysOf(email, name string) customerKeys {
	return customerKeys{email: strings.ToLower(email), name: strings.ToLower(name)}
}

// loadCustomerIndex files the keys of the book's customers, with room for
// those of more, and their other e-mails where the import finds customers
// byOthers.
func loadCustomerIndex(ctx context.Context, st *statements, more int, byOthers bool, written func(context.Context) error) (*customerIndex, error) {
	var inBook int
	if err := st.tx.QueryRowContext(ctx, `SELECT count(*) FROM customers`).Scan(&inBook); err != nil {
		return nil, lifecycle.Problemf(CodeCountBookCustomers, nil, "count the book's customers: %w", describe(err))
	}
	ix := &customerIndex{ctx: ctx, st: st, seen: newKeyFilter(inBook + more), book: newKeyFilter(inBook), written: written}
	rows, err := st.tx.QueryContext(ctx, `SELECT id, email, name_fold, other_emails FROM customers`)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadBookCustomers, nil, "read the book's customers: %w", describe(err))
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var email, name, others string
		if err := rows.Scan(&id, &email, &name, &others); err != nil {
			return nil, lifecycle.Problemf(CodeReadBookCustomers, nil, "read the book's customers: %w", describe(err))
		}
		ix.put(id, customerKeys{email: strings.ToLower(email), name: name}, true)
		if byOthers {
			for _, o := range splitOthers(others) {
				ix.seen.add(otherEmailKey, strings.ToLower(o))
			}
		}
		ix.count++
	}
	if err := rows.Err(); err != nil {
		return nil, lifecycle.Problemf(CodeReadBookCustomers, nil, "read the book's customers: %w", describe(err))
	}
	return ix, nil
}

// put files the keys of a customer the import added or changed, and of
// one in the book before it, ofBook. The keys it had before stay filed:
// the filters only tell where to look.
func (ix *customerIndex) put(id int64, keys customerKeys, ofBook bool) {
	ix.maxID = max(ix.maxID, id)
	ix.seen.addID(id)
	fileKeys(ix.seen, keys)
	if ofBook {
		fileKeys(ix.book, keys)
	}
}

func fileKeys(f *keyFilter, keys customerKeys) {
	if keys.email != "" {
		f.add(emailKey, keys.email)
	}
	f.add(nameKey, keys.name)
}

// The queries of the customers by each key, the book's first, then the
// file's in the order it added them.
const (
	indexedColumns = `SELECT c.id, c.email, c.name, c.company, c.other_emails, coalesce(a.line, 0) FROM customers c
		LEFT JOIN ` + addedLines + ` a ON a.id = c.id WHERE `
	indexedOrder = ` ORDER BY a.line IS NOT NULL, a.line, c.id`
	byIDQuery    = indexedColumns + `c.id = ?`
	// The index of e-mails folds ASCII letters only; byEmail keeps those
	// that fold to the key.
	byEmailQuery = indexedColumns + `c.email = ? COLLATE NOCASE AND c.email <> ''` + indexedOrder
	// A key with other letters is looked for among all e-mails.
	byAnyEmailQuery = indexedColumns + `c.email <> ''` + indexedOrder
	byNameQuery     = indexedColumns + `c.name_fold = ?` + indexedOrder
	// No index holds the other e-mails: they are looked for among all,
	// where the filter says one may be the key; byOtherEmail keeps those
	// that are.
	byOtherEmailQuery    = indexedColumns + `lower(c.other_emails) LIKE ? ESCAPE '\'` + indexedOrder
	byAnyOtherEmailQuery = indexedColumns + `c.other_emails <> ''` + indexedOrder
)

// byID is the customer with id, or nil.
func (ix *customerIndex) byID(id int64) (*indexed, error) {
	if id == 0 || id > ix.maxID || !ix.seen.hasID(id) {
		return nil, nil
	}
	found, err := ix.lookup(byIDQuery, id)
	if len(found) == 0 {
		return nil, err
	}
	return found[0], err
}

// byEmail lists the customers whose e-mail is key in lower case, where
// filed says one may have it.
func (ix *customerIndex) byEmail(filed *keyFilter, key string) ([]*indexed, error) {
	if !filed.has(emailKey, key) {
		return nil, nil
	}
	query, args := byEmailQuery, []any{key}
	if !isASCII(key) {
		query, args = byAnyEmailQuery, nil
	}
	found, err := ix.lookupByKey(query, args...)
	return keepOnly(found, func(e *indexed) bool { return strings.ToLower(e.email) == key }), err
}

// byOtherEmail lists the customers one of whose other e-mails is key in
// lower case, where the filter of the book's other e-mails says one may
// have it: a contact or purchase names its customer by any of them.
func (ix *customerIndex) byOtherEmail(key string) ([]*indexed, error) {
	if !ix.seen.has(otherEmailKey, key) {
		return nil, nil
	}
	query, args := byOtherEmailQuery, []any{likePattern(key)}
	if !isASCII(key) {
		query, args = byAnyOtherEmailQuery, nil
	}
	found, err := ix.lookup(query, args...)
	return keepOnly(found, func(e *indexed) bool { return e.hasOther(key) }), err
}

// byName lists the customers whose name is key in lower case, where filed
// says one may have it.
func (ix *customerIndex) byName(filed *keyFilter, key string) ([]*indexed, error) {
	if !filed.has(nameKey, key) {
		return nil, nil
	}
	return ix.lookupByKey(byNameQuery, key)
}

// lookupByKey is lookup by e-mail or name, where they are indexed.
func (ix *customerIndex) lookupByKey(query string, args ...any) ([]*indexed, error) {
	if ix.unindexed != nil {
		if err := ix.unindexed(ix.ctx); err != nil {
			return nil, &indexFailure{err}
		}
		ix.unindexed = nil
	}
	return ix.lookup(query, args...)
}

// indexFailure is a lookup the book failed, which ends the import, unlike
// a row that matches several customers.
type indexFailure struct{ err error }

func (e *indexFailure) Error() string { return e.err.Error() }
func (e *indexFailure) Unwrap() error { return e.err }

// bookFailed tells whether err is a failure of the book, not of the row.
func bookFailed(err error) bool {
	var failure *indexFailure
	return errors.As(err, &failure)
}

// lookup reads the customers query finds, after storing those queued.
func (ix *customerIndex) lookup(query string, args ...any) ([]*indexed, error) {
	found, err := ix.read(query, args...)
	if err != nil {
		return nil, &indexFailure{err}
	}
	return found, nil
}

func (ix *customerIndex) read(query string, args ...any) ([]*indexed, error) {
	if err := ix.written(ix.ctx); err != nil {
		return nil, err
	}
	rows, err := ix.st.QueryContext(ix.ctx, query, args...)
	if err != nil {
		return nil, lifecycle.Problemf(CodeLookUpCustomer, nil, "look up a customer: %w", describe(err))
	}
	defer rows.Close()
	var found []*indexed
	for rows.Next() {
		var e indexed
		if err := rows.Scan(&e.id, &e.email, &e.name, &e.company, &e.others, &e.line); err != nil {
			return nil, lifecycle.Problemf(CodeLookUpCustomer, nil, "look up a customer: %w", describe(err))
		}
		found = append(found, &e)
	}
	if err := rows.Err(); err != nil {
		return nil, lifecycle.Problemf(CodeLookUpCustomer, nil, "look up a customer: %w", describe(err))
	}
	return found, nil
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// ofBook keeps the customers that were in the book before the import.
func ofBook(e *indexed) bool { return e.line == 0 }

// twin finds the customer that a row of a customers import stands for: the
// one with its id, else with its e-mail, else with its name and company. It
// returns the field that matched. Rows of one file that carry different ids
// are different customers even where they share an e-mail or a name (an
// exported book may hold two people at one shared address), so they are
// only matched against the book and against rows without an id.
func (ix *customerIndex) twin(id int64, keys customerKeys, company string) (*indexed, field, error) {
	if e, err := ix.byID(id); e != nil || err != nil {
		return e, fieldID, err
	}
	// A row with an id that no customer has is matched against the book
	// only: a row of the file with the same id would have been found by it.
	candidates, filed := func(found []*indexed) []*indexed { return found }, ix.seen
	if id != 0 {
		candidates = func(found []*indexed) []*indexed { return keepOnly(found, ofBook) }
		filed = ix.book
	}
	if keys.email != "" {
		found, err := ix.byEmail(filed, keys.email)
		if err != nil {
			return nil, fieldEmail, err
		}
		if e, err := only(candidates(found), nil); e != nil || err != nil {
			return e, fieldEmail, err
		}
	}
	found, err := ix.byName(filed, keys.name)
	if err != nil {
		return nil, fieldName, err
	}
	// Two customers of one name and company but different e-mails are two
	// people.
	e, err := only(candidates(found), func(e *indexed) bool {
		return strings.EqualFold(e.company, company) && (e.email == "" || keys.email == "")
	})
	return e, fieldName, err
}

// find returns the customer a contact or purchase names, or nil. An id
// counts only where the e-mail or name the row also gives agree with it,
// since a file from another book carries that book's ids; an e-mail is
// the customer's own, else one of its other e-mails; a name counts only
// where it is the name of one customer.
func (ix *customerIndex) find(ref customerRef) (*indexed, error) {
	if e, err := ix.byID(ref.id); err != nil || e != nil && ref.agrees(e) {
		return e, err
	}
	if ref.email != "" {
		if e, err := ix.byAnyEmail(strings.ToLower(ref.email)); e != nil || err != nil {
			return e, err
		}
	}
	if ref.name == "" {
		return nil, nil
	}
	found, err := ix.byName(ix.seen, strings.ToLower(ref.name))
	if err != nil {
		return nil, err
	}
	return only(found, ref.agrees)
}

// byAnyEmail is the one customer whose e-mail is key, in lower case, else
// the one of whose other e-mails it is; nil for none.
func (ix *customerIndex) byAnyEmail(key string) (*indexed, error) {
	found, err := ix.byEmail(ix.seen, key)
	if err != nil {
		return nil, err
	}
	if e, err := only(found, nil); e != nil || err != nil {
		return e, err
	}
	if found, err = ix.byOtherEmail(key); err != nil {
		return nil, err
	}
	return only(found, nil)
}

// agrees tells whether a customer can be the one the reference names: the
// same e-mail where both have one, else the same name and company.
func (r customerRef) agrees(e *indexed) bool {
	if r.email != "" && e.email != "" {
		return strings.EqualFold(r.email, e.email) || e.hasOther(strings.ToLower(r.email))
	}
	return (r.name == "" || strings.EqualFold(r.name, e.name)) &&
		(r.company == "" || e.company == "" || strings.EqualFold(r.company, e.company))
}

// keepOnly is the candidates that keep lets through (all when keep is nil).
func keepOnly(candidates []*indexed, keep func(*indexed) bool) []*indexed {
	var found []*indexed
	for _, e := range candidates {
		if keep == nil || keep(e) {
			found = append(found, e)
		}
	}
	return found
}

// only returns the one candidate that keep lets through (all when keep is
// nil), nil when there is none, and an error naming them when there are
// several.
func only(candidates []*indexed, keep func(*indexed) bool) (*indexed, error) {
	found := keepOnly(candidates, keep)
	switch len(found) {
	case 0:
		return nil, nil
	case 1:
		return found[0], nil
	}
	ids := make([]string, len(found))
	for i, e := range found {
		ids[i] = fmt.Sprint(e.id)
	}
	return nil, lifecycle.Problemf(CodeAmbiguousRef, lifecycle.Values{"Count": len(found), "IDs": ids},
		"%d customers in the book match (ids %s); name one by id or e-mail", len(found), strings.Join(ids, ", "))
}
