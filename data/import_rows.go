package data

import (
	"strconv"
	"strings"

	"tend/lifecycle"
)

// applyProfile copies the row's customer fields onto dst: all of them for a
// new customer, and for an update only what the file gives. The id is read
// by rowID, since an update keeps the stored one. A phase is read by
// phase, which knows the stages of the file's system.
func (c *cells) applyProfile(dst *lifecycle.Customer, phase func(string) (string, error)) {
	setCell(c, fieldName, &dst.Name, asText)
	setCell(c, fieldCompany, &dst.Company, asText)
	setCell(c, fieldEmail, &dst.Email, asText)
	setCell(c, fieldPhone, &dst.Phone, asText)
	setCell(c, fieldOwner, &dst.Owner, asText)
	setCell(c, fieldPhase, &dst.Phase, phase)
	setCell(c, fieldValue, &dst.Value, lifecycle.ParseAmount)
	tags := splitTags
	if c.cols.src != nil && c.cols.src.splitTags != nil {
		tags = c.cols.src.splitTags
	}
	setCell(c, fieldTags, &dst.Tags, tags)
	setCell(c, fieldPromoter, &dst.Promoter, parseYesNo)
	setCell(c, fieldDoNotContact, &dst.DoNotContact, parseYesNo)
	setCell(c, fieldCreatedAt, &dst.CreatedAt, c.happened)
	setCell(c, fieldPhaseSince, &dst.PhaseSince, c.happened)
	setCell(c, fieldArchivedAt, &dst.ArchivedAt, c.happened)
	for i, d := range dst.Details.Fields() {
		setCell(c, detailFields[i], d.Value, asText)
	}
	if others := c.others(fieldOtherEmails); len(others) > 0 {
		dst.OtherEmails = others
	}
	if others := c.others(fieldOtherPhones); len(others) > 0 {
		dst.OtherPhones = others
	}
}

// others reads the other e-mails or phones of a row from every column
// that holds them, a cell holding several separated by semicolons or line
// breaks.
func (c *cells) others(f field) []string {
	var out []string
	for _, i := range append([]int{c.cols.index[f]}, c.cols.also[f]...) {
		if i >= 0 && i < len(c.values) {
			out = append(out, lifecycle.SplitOthers(cellText(strings.TrimSpace(c.values[i])))...)
		}
	}
	return out
}

// detailFields are the import's fields of a customer's details, in the
// order of lifecycle.Details.Fields.
var detailFields = []field{fieldGivenName, fieldFamilyName, fieldSalutation, fieldStreet, fieldPostcode,
	fieldCity, fieldRegion, fieldCountry, fieldLanguage}

// rowID is the customer id a row gives, or 0.
func (c *cells) rowID() int64 {
	var id int64
	setCell(c, fieldID, &id, parseID)
	return id
}

// applyContact copies the row's contact fields onto dst.
func (c *cells) applyContact(dst *lifecycle.Contact) {
	setCell(c, fieldAt, &dst.At, c.past)
	setCell(c, fieldKind, &dst.Kind, inGerman(lifecycle.ParseKind))
	setCell(c, fieldDirection, &dst.Direction, inGerman(lifecycle.ParseDirection))
	setCell(c, fieldSummary, &dst.Summary, asText)
	setCell(c, fieldSentiment, &dst.Sentiment, inGerman(lifecycle.ParseSentiment))
	setCell(c, fieldMoment, &dst.Moment, parseYesNo)
	setCell(c, fieldFollowUp, &dst.FollowUp, c.future)
	c.applyAuthor(&dst.Who)
}

// applyAuthor copies the row's author onto dst when the file has the
// column: an empty cell is an entry whose author is unknown, as exported.
func (c *cells) applyAuthor(dst *string) {
	if c.cols.has(fieldWho) {
		*dst, _ = c.text(fieldWho)
	}
}

// applyPurchase copies the row's purchase fields onto dst. Without a
// currency column, a currency written with the amount ("$ 12.50") counts.
func (c *cells) applyPurchase(dst *lifecycle.Purchase) {
	setCell(c, fieldAt, &dst.At, c.past)
	setCell(c, fieldAmount, &dst.Amount, lifecycle.ParseAmount)
	if amount, ok := c.text(fieldAmount); ok {
		if cur := currencyIn(amount); cur != "" {
			dst.Currency = cur
		}
	}
	setCell(c, fieldCurrency, &dst.Currency, parseCurrency)
	var note []string
	if s, ok := c.text(fieldNote); ok {
		note = append(note, s)
	}
	if q, ok := c.text(fieldQuantity); ok {
		if _, err := strconv.ParseUint(q, 10, 32); err != nil {
			c.fail(fieldQuantity, lifecycle.Problemf(CodeNotWhole, lifecycle.Values{"Value": q}, "%q is not a whole number", q))
		}
		note = append(note, "quantity "+q)
	}
	if len(note) > 0 {
		dst.Note = strings.Join(note, " · ")
	}
	c.applyAuthor(&dst.Who)
}
