package data

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"tend/lifecycle"
)

// The reasons two customers are likely one person, most certain first.
const (
	SameEmail       = "same-email"
	SamePhone       = "same-phone"
	SameNameCompany = "same-name-company"
)

// reasonWeights rank the reasons: an e-mail is one person's, a phone may
// be a switchboard's, a name and company may be two namesakes'.
var reasonWeights = map[string]int{SameEmail: 4, SamePhone: 2, SameNameCompany: 1}

// Candidate is a customer as the search for duplicates reads it.
type Candidate struct {
	ID                          int64
	Name, Company, Email, Phone string
}

// DuplicatePair is two customers that are likely one person, the older
// record (the lower id) first, with the reasons in order of certainty.
type DuplicatePair struct {
	A, B    Candidate
	Reasons []string
}

// Duplicates finds the likely pairs among the customers not archived, the
// most certain first. One pass over the book in memory: a key per reason,
// and the customers that share a key.
func (b *Book) Duplicates(ctx context.Context) ([]DuplicatePair, error) {
	var cs []Candidate
	err := b.eachRow(ctx, `SELECT id, name, company, email, phone FROM customers WHERE archived_at IS NULL ORDER BY id`,
		func(rows *sql.Rows) error {
			var c Candidate
			if err := rows.Scan(&c.ID, &c.Name, &c.Company, &c.Email, &c.Phone); err != nil {
				return err
			}
			cs = append(cs, c)
			return nil
		})
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadCustomers, nil, "read the customers: %w", describe(err))
	}
	return FindDuplicates(cs), nil
}

// FindDuplicates pairs the candidates (in the order of their ids) that
// share an e-mail (in any case), a phone (by its digits, the country's
// code and a leading 0 aside) or a name and company (in any case, with
// accents and spacing folded). Of several that share a key, each is paired
// with the first, the oldest record, which a merge would keep.
func FindDuplicates(cs []Candidate) []DuplicatePair {
	type pairKey struct{ a, b int }
	found := map[pairKey][]string{}
	keys := []struct {
		reason string
		key    func(Candidate) string
	}{
		{SameEmail, func(c Candidate) string { return strings.ToLower(strings.TrimSpace(c.Email)) }},
		{SamePhone, func(c Candidate) string { return phoneKey(c.Phone) }},
		{SameNameCompany, nameCompanyKey},
	}
	for _, k := range keys {
		first := make(map[string]int, len(cs))
		for i, c := range cs {
			key := k.key(c)
			if key == "" {
				continue
			}
			if j, ok := first[key]; ok {
				found[pairKey{j, i}] = append(found[pairKey{j, i}], k.reason)
				continue
			}
			first[key] = i
		}
	}
	out := make([]DuplicatePair, 0, len(found))
	for p, reasons := range found {
		out = append(out, DuplicatePair{A: cs[p.a], B: cs[p.b], Reasons: reasons})
	}
	slices.SortFunc(out, func(x, y DuplicatePair) int {
		return cmp.Or(cmp.Compare(certainty(y), certainty(x)), cmp.Compare(x.A.ID, y.A.ID), cmp.Compare(x.B.ID, y.B.ID))
	})
	return out
}

// certainty is how sure the reasons of p make it.
func certainty(p DuplicatePair) int {
	n := 0
	for _, r := range p.Reasons {
		n += reasonWeights[r]
	}
	return n
}

// nameCompanyKey is a customer's name and company folded, "" without a name.
func nameCompanyKey(c Candidate) string {
	name := foldSpaced(c.Name)
	if name == "" {
		return ""
	}
	return name + "\x00" + foldSpaced(c.Company)
}

// foldSpaced is s in lower case without accents, its words one space apart.
func foldSpaced(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		for _, f := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, f) {
				b.WriteRune(unicode.ToLower(f))
			}
		}
	}
	return b.String()
}
