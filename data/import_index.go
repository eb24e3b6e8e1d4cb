package data

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// customerIndex finds the book's customers by id, e-mail and name during an
// import without a query per row. It is read once, in the import's
// transaction, and kept up to date with the customers the import adds or
// changes, so that a file that names a customer twice finds it the second
// time.
type customerIndex struct {
	byID    map[int64]*indexed
	byEmail map[string]*bucket // lower case
	byName  map[string]*bucket // lower case, as name_fold
	maxID   int64
}

// bucket holds the customers of one e-mail or name: those that were in the
// book before the import apart from those its file added, since a row with
// an id is only matched against the first, and a large file brings many
// rows of a common name.
type bucket struct {
	book, file []*indexed
	first      [1]*indexed // the room of the first customer, most keys' only one
}

// all lists the bucket's customers, the book's first.
func (b *bucket) all() []*indexed {
	if b == nil {
		return nil
	}
	return append(b.book[:len(b.book):len(b.book)], b.file...)
}

// ofBook lists the customers that were in the book before the import.
func (b *bucket) ofBook() []*indexed {
	if b == nil {
		return nil
	}
	return b.book
}

// list is the list of the bucket that holds e.
func (b *bucket) list(e *indexed) *[]*indexed {
	if e.line == 0 {
		return &b.book
	}
	return &b.file
}

// indexed is what the index knows of a customer.
type indexed struct {
	id                   int64
	email, name, company string
	keys                 customerKeys
	line                 int // the line of the file that added it; 0 when it was in the book before
}

// customerKeys are a customer's e-mail and name in lower case, as the index
// files them. An import works them out for its rows ahead of the writer.
type customerKeys struct{ email, name string }

func keysOf(email, name string) customerKeys {
	return customerKeys{email: strings.ToLower(email), name: strings.ToLower(name)}
}

// newIndexed is a customer for the index, added by the file's line (0 for
// one in the book before).
func newIndexed(id int64, email, name, company string, line int) *indexed {
	return &indexed{id: id, email: email, name: name, company: company, keys: keysOf(email, name), line: line}
}

// loadCustomerIndex reads the book's customers into an index with room
// for more, the rows of the file, so that it does not grow step by step
// while a large file is read.
func loadCustomerIndex(ctx context.Context, q querier, more int) (*customerIndex, error) {
	ix := &customerIndex{byID: make(map[int64]*indexed, more), byEmail: make(map[string]*bucket, more), byName: make(map[string]*bucket, more)}
	rows, err := q.QueryContext(ctx, `SELECT id, email, name, company FROM customers`)
	if err != nil {
		return nil, fmt.Errorf("read the book's customers: %w", describe(err))
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var email, name, company string
		if err := rows.Scan(&id, &email, &name, &company); err != nil {
			return nil, fmt.Errorf("read the book's customers: %w", describe(err))
		}
		ix.put(newIndexed(id, email, name, company, 0))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read the book's customers: %w", describe(err))
	}
	return ix, nil
}

func (ix *customerIndex) put(e *indexed) {
	ix.byID[e.id] = e
	ix.maxID = max(ix.maxID, e.id)
	if e.keys.email != "" {
		putIn(ix.byEmail, e.keys.email, e)
	}
	putIn(ix.byName, e.keys.name, e)
}

func putIn(m map[string]*bucket, key string, e *indexed) {
	b := m[key]
	if b == nil {
		b = &bucket{}
		m[key] = b
		*b.list(e) = b.first[:0]
	}
	l := b.list(e)
	*l = append(*l, e)
}

// drop removes a customer, before it is put back with changed fields.
func (ix *customerIndex) drop(e *indexed) {
	delete(ix.byID, e.id)
	remove := func(m map[string]*bucket, key string) {
		b := m[key]
		if b == nil {
			return
		}
		l := b.list(e)
		*l = slices.DeleteFunc(*l, func(x *indexed) bool { return x == e })
		if len(b.book)+len(b.file) == 0 {
			delete(m, key)
		}
	}
	remove(ix.byEmail, e.keys.email)
	remove(ix.byName, e.keys.name)
}

// twin finds the customer that a row of a customers import stands for: the
// one with its id, else with its e-mail, else with its name and company. It
// returns the field that matched. Rows of one file that carry different ids
// are different customers even where they share an e-mail or a name (an
// exported book may hold two people at one shared address), so they are
// only matched against the book and against rows without an id.
func (ix *customerIndex) twin(id int64, keys customerKeys, company string) (*indexed, field, error) {
	if e := ix.byID[id]; e != nil {
		return e, fieldID, nil
	}
	// A row with an id that no customer has is matched against the book
	// only: a row of the file with the same id would have been found by it.
	candidates := (*bucket).all
	if id != 0 {
		candidates = (*bucket).ofBook
	}
	if keys.email != "" {
		if e, err := only(candidates(ix.byEmail[keys.email]), nil); e != nil || err != nil {
			return e, fieldEmail, err
		}
	}
	// Two customers of one name and company but different e-mails are two
	// people.
	e, err := only(candidates(ix.byName[keys.name]), func(e *indexed) bool {
		return strings.EqualFold(e.company, company) && (e.email == "" || keys.email == "")
	})
	return e, fieldName, err
}

// find returns the customer a contact or purchase names, or nil. An id
// counts only where the e-mail or name the row also gives agree with it,
// since a file from another book carries that book's ids; a name counts
// only where it is the name of one customer.
func (ix *customerIndex) find(ref customerRef) (*indexed, error) {
	if e := ix.byID[ref.id]; e != nil && ref.agrees(e) {
		return e, nil
	}
	if ref.email != "" {
		if e, err := only(ix.byEmail[strings.ToLower(ref.email)].all(), nil); e != nil || err != nil {
			return e, err
		}
	}
	if ref.name == "" {
		return nil, nil
	}
	return only(ix.byName[strings.ToLower(ref.name)].all(), ref.agrees)
}

// agrees tells whether a customer can be the one the reference names: the
// same e-mail where both have one, else the same name and company.
func (r customerRef) agrees(e *indexed) bool {
	if r.email != "" && e.email != "" {
		return strings.EqualFold(r.email, e.email)
	}
	return (r.name == "" || strings.EqualFold(r.name, e.name)) &&
		(r.company == "" || e.company == "" || strings.EqualFold(r.company, e.company))
}

// only returns the one candidate that keep lets through (all when keep is
// nil), nil when there is none, and an error naming them when there are
// several.
func only(candidates []*indexed, keep func(*indexed) bool) (*indexed, error) {
	var found []*indexed
	for _, e := range candidates {
		if keep == nil || keep(e) {
			found = append(found, e)
		}
	}
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
	return nil, fmt.Errorf("%d customers in the book match (ids %s); name one by id or e-mail", len(found), strings.Join(ids, ", "))
}
