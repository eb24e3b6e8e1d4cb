package lifecycle

import (
	"slices"
	"strings"
	"unicode"
)

// MaxOthers is how many other e-mail addresses, and how many other phone
// numbers, a customer holds: far more than a person has, few enough that a
// runaway file cannot make a customer unreadable.
const MaxOthers = 20

// OtherSeparator joins a customer's other e-mails or phones in one cell
// of a file; a cell read is split at it, at a comma-free ";" or at a line
// break.
const OtherSeparator = "; "

// normalizeOthers trims the other e-mails and phones, drops the empty
// ones and those equal to the primary or to one before them (an e-mail in
// any case), and makes the first the primary where there is none: a
// customer reached only by mobile is reached by that.
func (c *Customer) normalizeOthers() {
	c.Email, c.OtherEmails = withOthers(c.Email, c.OtherEmails, strings.EqualFold)
	c.Phone, c.OtherPhones = withOthers(c.Phone, c.OtherPhones, samePhone)
}

func withOthers(primary string, others []string, same func(a, b string) bool) (string, []string) {
	var out []string
	for _, o := range others {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		if primary == "" {
			primary = o
			continue
		}
		if same(o, primary) || slices.ContainsFunc(out, func(k string) bool { return same(k, o) }) {
			continue
		}
		out = append(out, o)
	}
	return primary, out
}

// samePhone tells whether two phone numbers are written with the same
// digits and plus sign: "+49 30 1234" is "+49-30-1234".
func samePhone(a, b string) bool { return phoneDigits(a) == phoneDigits(b) }

func phoneDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '+' || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// SplitOthers reads a cell of other e-mails or phones: they are separated
// by semicolons or line breaks.
func SplitOthers(cell string) []string {
	return strings.FieldsFunc(cell, func(r rune) bool { return r == ';' || r == '\n' || r == '\r' })
}

// validateOthers refuses another e-mail that is not an address, and
// another phone with a control character or the separator of a file's
// cell; only the values that were not there before are judged.
func (c Customer) validateOthers(was Customer) error {
	for _, e := range c.OtherEmails {
		if !slices.Contains(was.OtherEmails, e) && !looksLikeEmail(e) {
			return Problemf(CodeCustomerEmail, Values{"Email": e}, "email %q is not an address like name@example.com", e)
		}
	}
	for _, p := range c.OtherPhones {
		if slices.Contains(was.OtherPhones, p) {
			continue
		}
		if strings.ContainsRune(p, ';') || strings.IndexFunc(p, unicode.IsControl) >= 0 {
			return Problemf(CodeCustomerPhone, Values{"Phone": p},
				"phone %q holds a semicolon or a control character, which separate a customer's phones", p)
		}
	}
	return nil
}

// checkOthers refuses more other e-mails or phones than MaxOthers, or
// one over the limit of a text, where they changed from was.
func (c Customer) checkOthers(was Customer) error {
	for _, f := range []struct {
		name     string
		now, was []string
	}{{"email", c.OtherEmails, was.OtherEmails}, {"phone", c.OtherPhones, was.OtherPhones}} {
		if slices.Equal(f.now, f.was) {
			continue
		}
		if len(f.now) > MaxOthers && len(f.now) > len(f.was) {
			return Problemf(CodeCustomerOthersMany, Values{"Kind": f.name, "Count": len(f.now), "Max": MaxOthers},
				"the customer has %d other %ss; they may have %d at most", len(f.now), f.name, MaxOthers)
		}
		for _, v := range f.now {
			if err := checkChars(f.name, v, MaxTextChars); err != nil && !slices.Contains(f.was, v) {
				return err
			}
		}
	}
	return nil
}

// OthersProblem says what is wrong with the other e-mails and phones
// held for c, as tend check reports it; nil when nothing is. A book
// written by another tool may hold what tend refuses to write.
func (c Customer) OthersProblem() error {
	n := c
	n.normalizeOthers()
	if !slices.Equal(n.OtherEmails, c.OtherEmails) || !slices.Equal(n.OtherPhones, c.OtherPhones) {
		return Problemf(CodeCustomerOthersTwice, nil, "an other e-mail or phone is empty, there twice or the primary one")
	}
	if err := c.checkOthers(Customer{}); err != nil {
		return err
	}
	return c.validateOthers(Customer{})
}

// RemoveEmail takes the address e off the customer, the primary one or
// another, in any case; the first other becomes the primary when the
// primary goes (see Normalize).
func (c *Customer) RemoveEmail(e string) {
	c.Email, c.OtherEmails = removeFrom(c.Email, c.OtherEmails, strings.TrimSpace(e), strings.EqualFold)
}

// RemovePhone takes the number p off the customer, as RemoveEmail does,
// however its digits are grouped.
func (c *Customer) RemovePhone(p string) {
	c.Phone, c.OtherPhones = removeFrom(c.Phone, c.OtherPhones, strings.TrimSpace(p), samePhone)
}

func removeFrom(primary string, others []string, gone string, same func(a, b string) bool) (string, []string) {
	if primary != "" && same(primary, gone) {
		primary = ""
	}
	return primary, slices.DeleteFunc(slices.Clone(others), func(o string) bool { return same(o, gone) })
}
