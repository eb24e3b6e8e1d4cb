package data

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"tend/lifecycle"
)

// cells is one row of an import, read field by field. Problems are
// collected rather than returned, so that a row reports all of them and the
// import goes on to find the problems of the other rows.
type cells struct {
	line   int
	values []string
	cols   *columns
	now    time.Time
	errs   []RowError
}

// text returns the trimmed cell of a field, and whether it is non-empty.
func (c *cells) text(f field) (string, bool) {
	i := c.cols.index[f]
	if i < 0 || i >= len(c.values) {
		return "", false
	}
	s := strings.TrimSpace(c.values[i])
	return s, s != ""
}

// fail records what is wrong with the cell of a field.
func (c *cells) fail(f field, err error) {
	c.errs = append(c.errs, RowError{Line: c.line, Column: c.column(f), Err: err})
}

// column names a field's column as the file does, or by the field's own
// name where the file has no such column.
func (c *cells) column(f field) string {
	if i := c.cols.index[f]; i >= 0 {
		return c.cols.names[i]
	}
	return f.String()
}

// failRow records a problem of the whole row.
func (c *cells) failRow(err error) {
	c.errs = append(c.errs, RowError{Line: c.line, Err: err})
}

func (c *cells) bad() bool { return len(c.errs) > 0 }

var errEmptyCell = errors.New("the cell is empty")

// require reports the fields whose cells are empty.
func (c *cells) require(fields ...field) {
	for _, f := range fields {
		if _, ok := c.text(f); !ok {
			c.fail(f, errEmptyCell)
		}
	}
}

// checkWidth refuses a row with more filled cells than the header has
// columns: a separator in a cell that is not quoted has most likely split it.
func (c *cells) checkWidth() {
	for _, extra := range c.values[min(len(c.cols.names), len(c.values)):] {
		if strings.TrimSpace(extra) != "" {
			c.failRow(fmt.Errorf("has %d cells but the header names %d columns; does a cell hold the separator without quotes?",
				len(c.values), len(c.cols.names)))
			return
		}
	}
}

// setCell parses a field's cell into dst when the cell is not empty; an
// empty cell leaves dst as it is, so that an update keeps what the file
// does not give.
func setCell[T any](c *cells, f field, dst *T, parse func(string) (T, error)) {
	s, ok := c.text(f)
	if !ok {
		return
	}
	v, err := parse(s)
	if err != nil {
		c.fail(f, err)
		return
	}
	*dst = v
}

func asText(s string) (string, error) { return s, nil }

// past reads a time of something that happened; future one that is due.
func (c *cells) past(s string) (time.Time, error) {
	return lifecycle.ParseWhen(s, c.now, lifecycle.Past)
}

func (c *cells) future(s string) (time.Time, error) {
	return lifecycle.ParseWhen(s, c.now, lifecycle.Future)
}

// applyProfile copies the row's customer fields onto c: all of them for a
// new customer, and for an update only what the file gives. The id is read
// by rowID, since an update keeps the stored one.
func (c *cells) applyProfile(dst *lifecycle.Customer, lc lifecycle.Lifecycle) {
	setCell(c, fieldName, &dst.Name, asText)
	setCell(c, fieldCompany, &dst.Company, asText)
	setCell(c, fieldEmail, &dst.Email, asText)
	setCell(c, fieldPhone, &dst.Phone, asText)
	setCell(c, fieldOwner, &dst.Owner, asText)
	setCell(c, fieldPhase, &dst.Phase, func(s string) (string, error) {
		p, err := lc.Find(s)
		return p.Key, err
	})
	setCell(c, fieldValue, &dst.Value, lifecycle.ParseAmount)
	setCell(c, fieldTags, &dst.Tags, splitTags)
	setCell(c, fieldPromoter, &dst.Promoter, parseYesNo)
	setCell(c, fieldDoNotContact, &dst.DoNotContact, parseYesNo)
	setCell(c, fieldCreatedAt, &dst.CreatedAt, c.past)
	setCell(c, fieldPhaseSince, &dst.PhaseSince, c.past)
	setCell(c, fieldArchivedAt, &dst.ArchivedAt, c.past)
}

// rowID is the customer id a row gives, or 0.
func (c *cells) rowID() int64 {
	var id int64
	setCell(c, fieldID, &id, parseID)
	return id
}

// applyContact copies the row's contact fields onto dst.
func (c *cells) applyContact(dst *lifecycle.Contact) {
	setCell(c, fieldAt, &dst.At, c.past)
	setCell(c, fieldKind, &dst.Kind, func(s string) (lifecycle.Kind, error) { return lifecycle.ParseKind(inEnglish(s)) })
	setCell(c, fieldDirection, &dst.Direction, func(s string) (lifecycle.Direction, error) { return lifecycle.ParseDirection(inEnglish(s)) })
	setCell(c, fieldSummary, &dst.Summary, asText)
	setCell(c, fieldSentiment, &dst.Sentiment, func(s string) (lifecycle.Sentiment, error) { return lifecycle.ParseSentiment(inEnglish(s)) })
	setCell(c, fieldMoment, &dst.Moment, parseYesNo)
	setCell(c, fieldFollowUp, &dst.FollowUp, c.future)
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
			c.fail(fieldQuantity, fmt.Errorf("%q is not a whole number", q))
		}
		note = append(note, "quantity "+q)
	}
	if len(note) > 0 {
		dst.Note = strings.Join(note, " · ")
	}
}

// customerRef is how a contact or purchase names its customer.
type customerRef struct {
	id                   int64
	email, name, company string
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

func parseID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%q is not a customer number (a whole number above 0)", s)
	}
	return id, nil
}

// splitTags reads the tags of one cell, separated by semicolons, or by
// commas when there is no semicolon.
func splitTags(s string) ([]string, error) {
	sep := ","
	if strings.Contains(s, ";") {
		sep = ";"
	}
	return lifecycle.NormalizeTags(strings.Split(s, sep)), nil
}

var yesNo = map[string]bool{
	"1": true, "true": true, "yes": true, "y": true, "ja": true, "j": true, "x": true, "wahr": true, "✓": true,
	"0": false, "false": false, "no": false, "n": false, "nein": false, "falsch": false, "-": false,
}

func parseYesNo(s string) (bool, error) {
	v, ok := yesNo[strings.ToLower(s)]
	if !ok {
		return false, fmt.Errorf("%q is neither yes nor no (use yes/no, ja/nein, true/false, 1/0 or x)", s)
	}
	return v, nil
}

// germanWords translates the German words for kinds, directions and
// sentiments of contacts that German files use.
var germanWords = map[string]string{
	"anruf": "call", "telefonat": "call", "telefon": "call", "e-mail": "email", "mail": "email",
	"termin": "meeting", "treffen": "meeting", "besuch": "meeting", "besprechung": "meeting",
	"nachricht": "message", "sms": "message", "chat": "message", "notiz": "note",
	"eingehend": "in", "ein": "in", "ausgehend": "out", "aus": "out",
	"positiv": "positive", "negativ": "negative",
}

func inEnglish(s string) string {
	if w, ok := germanWords[strings.ToLower(strings.TrimSpace(s))]; ok {
		return w
	}
	return s
}

// currencySigns are the currencies written as a sign.
var currencySigns = map[string]string{"€": "EUR", "$": "USD", "£": "GBP"}

// parseCurrency reads a three-letter code or a currency sign.
func parseCurrency(s string) (string, error) {
	if code, ok := currencySigns[s]; ok {
		return code, nil
	}
	code := strings.ToUpper(s)
	if len(code) != 3 || strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return "", fmt.Errorf("%q is not a currency (a three-letter code like EUR, or €, $ or £)", s)
	}
	return code, nil
}

// currencyIn finds a currency written with an amount, or returns "".
func currencyIn(amount string) string {
	for sign, code := range currencySigns {
		if strings.Contains(amount, sign) {
			return code
		}
	}
	for _, word := range strings.Fields(amount) {
		if code, err := parseCurrency(word); err == nil && strings.ToUpper(word) == word {
			return code
		}
	}
	return ""
}

var errNoCustomer = errors.New("the row names no customer")
