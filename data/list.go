package data

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"

	"tend/lifecycle"
)

// Filter narrows a listing of customers. Empty fields do not filter.
type Filter struct {
	Phase    string // phase key
	Tag      string
	Owner    string
	Search   string // a part of name, company, email, phone, owner or a tag
	Archived bool   // list the archived customers instead of the active ones
	Flagged  bool   // only customers with a flag
	Limit    int    // 0 lists all
	// Order is the order of the listing, which narrows nothing: empty is
	// each listing's own, the board's by urgency, a list's by name.
	Order Order
	// walk asks the search of each customer in the order's index, for a
	// search that many customers match (see EachCustomer).
	walk bool
	// matched reads the search's matches from board_matches, which a
	// read of the board fills once with active customers (see ReadBoard).
	matched bool
	// index is the engine whose search index answers the search: the
	// book's, which every read of the book sets (see Book.filtered).
	index engine
}

// unfiltered reports whether the filter lets every active customer through.
func (f Filter) unfiltered() bool {
	f.Order, f.index = "", nil
	return f == Filter{}
}

// filtered is f read in the book: its search answered by the book's index.
func (b *Book) filtered(f Filter) Filter {
	f.index = b.engine
	return f
}

// boardOrder is the order of the board's cards: by urgency unless the
// filter names another.
func (f Filter) boardOrder() Order {
	if f.Order == "" {
		return OrderUrgency
	}
	return f.Order
}

// listOrder is the order of a list: by name unless the filter names
// another.
func (f Filter) listOrder() Order {
	if f.Order == "" {
		return OrderName
	}
	return f.Order
}

func (f Filter) where() (string, []any) {
	conds := []string{"c.archived_at IS NULL"}
	if f.Archived {
		conds[0] = "c.archived_at IS NOT NULL"
	}
	var args []any
	if f.Phase != "" {
		conds = append(conds, "c.phase = ?")
		args = append(args, f.Phase)
	}
	if f.Tag != "" {
		conds = append(conds, taggedWith("?"))
		args = append(args, f.Tag)
	}
	if f.Owner != "" {
		conds = append(conds, "c.owner = ? COLLATE NOCASE")
		args = append(args, f.Owner)
	}
	if f.Flagged {
		conds = append(conds, f.flaggedCondition())
	}
	if f.matched {
		conds = append(conds, "+c.id IN (SELECT id FROM board_matches)")
	} else if s := strings.TrimSpace(f.Search); s != "" {
		cond, arg := searchCondition(f.index, s)
		if f.walk {
			cond = "+" + cond
		}
		conds = append(conds, cond)
		args = append(args, arg)
	}
	return strings.Join(conds, " AND "), args
}

// searchCondition is the condition that a customer's search text holds s.
// From three characters on the search index answers, which finds s in any
// of 100,000 customers at once and folds accents, so that "muller" finds
// Müller; the index knows nothing shorter than three characters, so one or
// two are looked for by reading every customer's search text.
func searchCondition(e engine, s string) (string, any) {
	if !indexAnswers(s) {
		return `c.search LIKE ? ESCAPE '\'`, likePattern(s)
	}
	matches, arg := e.customerMatches(s)
	return `c.id IN (` + matches + `)`, arg
}

// likePattern is the pattern of LIKE that finds s, in lower case, in a
// lower-case text: a customer's search text, its other e-mails.
func likePattern(s string) string { return "%" + escapeLike(strings.ToLower(s)) + "%" }

// indexAnswers reports whether the search index can answer the search s:
// the trigram index knows nothing shorter than three characters.
func indexAnswers(s string) bool { return utf8.RuneCountInString(s) >= 3 }

// flaggedCondition is the condition that a customer has a flag: its
// urgency is that of its most urgent flag. In an order other than by
// urgency it is written so that SQLite does not take it for a range of
// the urgency index: the order's index, which holds the urgency too,
// then gives a page of the flagged without sorting them all per page
// (100 ms for a column of 15,000 on the large book, against a few).
func (f Filter) flaggedCondition() string {
	if f.Order == "" || f.Order == OrderUrgency {
		return "c.urgency > 0"
	}
	return "+c.urgency > 0"
}

// taggedWith is the condition that the customer c has the tag that the
// parameter p names, in any case. SQLite reads the customers with the tag
// once, a scan of the tags, where asking of each customer whether it has
// the tag made a list of 100,000 customers by a tag take half a second.
func taggedWith(p string) string {
	return `c.id IN (SELECT t.customer_id FROM tags t WHERE t.tag = ` + p + ` COLLATE NOCASE)`
}

// EachCustomer calls fn for every customer the filter lets through, in the
// filter's order (by name unless it names another), reading them one at a time so that a long list starts at once.
func (b *Book) EachCustomer(ctx context.Context, f Filter, fn func(lifecycle.Customer) error) error {
	f = b.filtered(f)
	if f.Limit > 0 && f.walkable() {
		walk, err := b.searchesMany(ctx, f.Search)
		if err != nil {
			return lifecycle.Problemf(CodeListCustomers, nil, "list customers: %w", err)
		}
		f.walk = walk
	}
	where, args := f.where()
	query := `SELECT ` + customerColumns + ` FROM customers c WHERE ` + where + ` ORDER BY ` + f.listOrder().orderBy()
	if f.Limit > 0 {
		query += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	var stopped error // fn's, passed on as it is
	err := b.engine.eachRow(ctx, b.reader, query, args, func(rows *sql.Rows) error {
		c, err := scanCustomer(rows)
		if err == nil {
			stopped = fn(c)
			err = stopped
		}
		return err
	})
	if stopped == nil && err != nil {
		return lifecycle.Problemf(CodeListCustomers, nil, "list customers: %w", describe(err))
	}
	return stopped
}

// manyFound is how many customers a search must match for a short list
// of them to walk the order's index: the first of 10,000 customers by
// name come from the first few thousand entries of the index by name,
// each asked of the search's set, in milliseconds, where reading each of
// the 10,000 to sort them took a quarter of a second. A search that few
// match reads them and sorts them.
var manyFound = 500

// walkable reports whether an index holds the listing's customers in its
// order: the index by name holds every customer, a phase's indexes its
// active ones. Without one, a walk reads every customer to sort them, as
// the index's set does, and asking how many match would only add to it.
func (f Filter) walkable() bool {
	return f.listOrder() == OrderName || f.Phase != "" && !f.Archived
}

// searchesMany reports whether at least manyFound customers match the
// search s, which the index answers without reading a customer.
func (b *Book) searchesMany(ctx context.Context, s string) (bool, error) {
	s = strings.TrimSpace(s)
	if !indexAnswers(s) {
		return false, nil
	}
	matches, arg := b.engine.customerMatches(s)
	var n int
	err := b.reader.QueryRowContext(ctx, `SELECT count(*) FROM (`+matches+` LIMIT ?) AS m`, arg, manyFound).Scan(&n)
	if err != nil {
		return false, describe(err)
	}
	return n == manyFound, nil
}

// CountCustomers returns how many customers the filter lets through.
func (b *Book) CountCustomers(ctx context.Context, f Filter) (int, error) {
	return countCustomers(ctx, b.reader, b.filtered(f))
}

// boardCountQuery counts the active customers from the totals the
// triggers keep.
const boardCountQuery = `SELECT coalesce(sum(customers), 0) FROM phase_totals`

func countCustomers(ctx context.Context, q querier, f Filter) (int, error) {
	where, args := f.where()
	query := `SELECT count(*) FROM customers c WHERE ` + where
	if f.unfiltered() {
		query = boardCountQuery
	}
	var n int
	if err := q.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
		return 0, lifecycle.Problemf(CodeCountList, nil, "count customers: %w", describe(err))
	}
	return n, nil
}
