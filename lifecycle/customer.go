package lifecycle

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Customer is one entry of the book, with the summaries of its history that
// the board and the flags need without reading the history itself.
type Customer struct {
	ID      int64
	Name    string
	Company string
	Email   string
	Phone   string
	// OtherEmails and OtherPhones are the customer's further addresses
	// and numbers, none of them the primary one or there twice.
	OtherEmails  []string
	OtherPhones  []string
	Owner        string
	Tags         []string
	Phase        string // phase key
	PhaseSince   time.Time
	Value        Money // expected yearly revenue
	Promoter     bool
	DoNotContact bool
	CreatedAt    time.Time
	UpdatedAt    time.Time
	ArchivedAt   time.Time // zero unless archived
	// Flags are the kinds of flag the customer had when last scored, most
	// urgent first.
	Flags []FlagKind
	// FollowUpDue is when the customer's open follow-up is due; zero when
	// none is.
	FollowUpDue time.Time
	Summary
	Details
}

// Summary holds what the history of a customer adds up to.
type Summary struct {
	LastContactAt  time.Time // zero when there is none
	LastPurchaseAt time.Time
	Contacts       int
	Purchases      int
	TotalSpend     Money
}

// Archived tells whether the customer was archived (soft-deleted).
func (c Customer) Archived() bool { return !c.ArchivedAt.IsZero() }

// Normalize trims the text fields and sorts and de-duplicates the tags, so
// that equal customers compare equal.
func (c *Customer) Normalize() {
	for _, f := range []*string{&c.Name, &c.Company, &c.Email, &c.Phone, &c.Owner} {
		*f = strings.TrimSpace(*f)
	}
	c.Details.normalize()
	c.normalizeOthers()
	c.Tags = NormalizeTags(c.Tags)
}

// NormalizeTags trims, drops empty and duplicate (case-insensitive) tags and
// sorts them; of tags that differ only in case, the first spelling stays.
func NormalizeTags(tags []string) []string {
	out := make([]string, 0, len(tags))
	for _, t := range tags {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, compareLower)
	return slices.CompactFunc(out, func(a, b string) bool { return compareLower(a, b) == 0 })
}

// compareLower orders strings as their lower case does, without making the
// lower case: an import sorts the tags of every row.
func compareLower(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if c := cmp.Compare(unicode.ToLower(ra), unicode.ToLower(rb)); c != 0 {
			return c
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}

// Validate checks the fields a user enters for a new customer.
func (c Customer) Validate() error { return c.ValidateChange(Customer{}) }

// ValidateChange checks a customer changed from was, judging the limits
// of only the values that changed (see [Customer.CheckLimits]).
func (c Customer) ValidateChange(was Customer) error {
	if strings.TrimSpace(c.Name) == "" {
		return Problemf(CodeCustomerNameEmpty, nil, "the name is empty")
	}
	// First, so that no error below quotes a value of a megabyte.
	if err := c.CheckLimits(was); err != nil {
		return err
	}
	if id, ok := MarkedID(strings.TrimSpace(c.Name)); ok && c.Name != was.Name {
		return Problemf(CodeCustomerNameID, Values{"Name": c.Name, "ID": id},
			"the name %q reads as the id of customer %d (#%d); give a name that does not", c.Name, id, id)
	}
	if e := strings.TrimSpace(c.Email); e != "" && !looksLikeEmail(e) {
		return Problemf(CodeCustomerEmail, Values{"Email": e}, "email %q is not an address like name@example.com", e)
	}
	if err := c.Details.validate(was.Details); err != nil {
		return err
	}
	if err := c.validateOthers(was); err != nil {
		return err
	}
	if c.Value < 0 {
		return Problemf(CodeCustomerValue, Values{"Value": c.Value}, "value %s is negative", c.Value)
	}
	for _, t := range c.Tags {
		// Files list a customer's tags in one cell, split at these.
		if strings.ContainsAny(t, ",;") {
			return Problemf(CodeCustomerTagSeparator, Values{"Tag": t},
				"tag %q holds a comma or semicolon, which separate tags; make it two tags or leave them out", t)
		}
		// The book reads a customer's tags joined by a control character,
		// and no tag has a use for a tab, a line break or an escape.
		if strings.IndexFunc(t, unicode.IsControl) >= 0 {
			return Problemf(CodeCustomerTagControl, Values{"Tag": t},
				"tag %q holds a control character (a tab, a line break or the like), which a tag cannot", t)
		}
	}
	return nil
}

func looksLikeEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && at < len(s)-1 && strings.Count(s, "@") == 1 && !strings.ContainsAny(s, " \t\r\n<>,;")
}

// SearchText is what a free-text search over a customer looks at, folded to
// lower case.
func (c Customer) SearchText() string {
	parts := []string{c.Name, c.Company, c.Email, c.Owner, c.Phone}
	parts = append(parts, c.Details.searchParts()...)
	// After the details, so that a customer without others keeps the
	// search text it had.
	parts = append(parts, c.OtherEmails...)
	parts = append(parts, c.OtherPhones...)
	parts = append(parts, c.Tags...)
	return strings.ToLower(strings.Join(parts, "\x1f"))
}
