package data

import (
	"context"
	"strings"
	"time"
	"unicode"

	"tend/lifecycle"
)

// SearchHit is one thing a search of the whole book found: a customer by
// its own fields, or a contact or purchase by its words.
type SearchHit struct {
	Kind       string    // "customer", "contact" or "purchase"
	CustomerID int64     // the customer found, or whose entry was found
	Customer   string    // the customer's name
	EntryID    int64     // the contact's or purchase's id; 0 for a customer
	At         time.Time // when the contact or purchase happened; zero for a customer
	Field      string    // where it matched: "name", "company", "email", "phone", "owner", "tags", "summary", "note"
	Snippet    string    // the matched text, shortened around the match
	Marks      [][2]int  // byte ranges of the matched words in Snippet
}

// The kinds of a SearchHit.
const (
	HitCustomer = "customer"
	HitContact  = "contact"
	HitPurchase = "purchase"
)

// DefaultSearchLimit is how many hits a search gives when asked for none
// in particular.
const DefaultSearchLimit = 50

// Search finds query in the whole book: first the customers whose own
// fields hold it, the most urgent first, the archived after the active;
// then the contacts and purchases whose words begin with the query's
// words, the most recent first. At most limit hits (DefaultSearchLimit
// for 0 or less). A query with no letter or digit is refused.
func (b *Book) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	query = strings.TrimSpace(query)
	words := searchWords(query)
	if len(words) == 0 {
		return nil, lifecycle.Problemf(CodeSearchNothing, lifecycle.Values{"Query": query},
			"nothing to search for in %q: give a letter or a digit", query)
	}
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	hits, err := b.searchCustomers(ctx, query, limit)
	if err != nil || len(hits) == limit {
		return hits, err
	}
	entries, err := b.searchEntries(ctx, words, limit-len(hits))
	return append(hits, entries...), err
}

// searchWords are the words of a query, as the index of contacts and
// purchases splits text: runs of letters and digits.
func searchWords(query string) []string {
	return strings.FieldsFunc(query, func(r rune) bool { return !inWord(r) })
}

// inWord reports whether r belongs to a word, as the index splits text.
func inWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// searchCustomers finds the customers whose own fields hold query, the
// active by urgency, then the archived.
func (b *Book) searchCustomers(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	var hits []SearchHit
	for _, archived := range []bool{false, true} {
		f := Filter{Search: query, Archived: archived, Order: OrderUrgency, Limit: limit - len(hits)}
		err := b.EachCustomer(ctx, f, func(c lifecycle.Customer) error {
			hits = append(hits, customerHit(c, query))
			return nil
		})
		if err != nil || len(hits) == limit {
			return hits, err
		}
	}
	return hits, nil
}

// customerHit says in which of c's fields query is, and where.
func customerHit(c lifecycle.Customer, query string) SearchHit {
	hit := SearchHit{Kind: HitCustomer, CustomerID: c.ID, Customer: c.Name, Field: "name", Snippet: c.Name}
	fields := []struct{ name, text string }{
		{"name", c.Name}, {"company", c.Company}, {"email", c.Email}, {"phone", c.Phone}, {"owner", c.Owner},
		{"given_name", c.GivenName}, {"family_name", c.FamilyName}, {"street", c.Street}, {"postcode", c.Postcode},
		{"city", c.City}, {"region", c.Region}, {"country", c.Country}, {"tags", strings.Join(c.Tags, ", ")},
		{"email", strings.Join(c.OtherEmails, ", ")}, {"phone", strings.Join(c.OtherPhones, ", ")},
	}
	for _, f := range fields {
		if at, end, ok := findFolded(f.text, query); ok {
			hit.Field = f.name
			hit.Snippet, hit.Marks = shorten(f.text, [][2]int{{at, end}})
			return hit
		}
	}
	return hit
}
