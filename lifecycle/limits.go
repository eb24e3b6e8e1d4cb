package lifecycle

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// The most a customer's book takes of any one value. They keep a pasted
// document or a runaway file from making a customer unreadable on the board
// and the book too large to back up, and are far above what a person types.
const (
	MaxTextChars  = 500      // a name, company, e-mail, phone or owner, in characters
	MaxTagChars   = 100      // one tag, in characters
	MaxTags       = 200      // tags of one customer
	MaxNoteBytes  = 64 << 10 // a contact's summary or a purchase's note, in bytes of UTF-8
	MaxImportLine = 1 << 20  // one row of an imported file, in bytes
)

// LimitError says that a value is over its limit. Field names the value
// in the domain's words: name, company, email, phone, owner, tag, tags,
// summary or note.
type LimitError struct {
	Field string
	Size  int    // what the value has
	Max   int    // what it may have
	Unit  string // characters, bytes or tags
}

func (e *LimitError) Code() string { return CodeLimit }

func (e *LimitError) Values() map[string]any {
	return Values{"Field": e.Field, "Size": e.Size, "Max": e.Max, "Unit": e.Unit}
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("the %s has %s %s; it may have %s at most", fieldWords[e.Field],
		grouped(e.Size), e.Unit, grouped(e.Max))
}

// fieldWords name the fields in errors.
var fieldWords = map[string]string{"name": "name", "company": "company", "email": "e-mail address",
	"phone": "phone number", "owner": "owner", "tag": "tag", "tags": "customer", "summary": "summary", "note": "note"}

// grouped writes a count with thousands separated: 10,000,000.
func grouped(n int) string { return Money(n * 100).Grouped() }

// checkChars refuses a text of more than max characters.
func checkChars(field, s string, max int) error {
	// A string of at most max bytes has at most max characters: most
	// values are told apart without counting.
	if len(s) <= max {
		return nil
	}
	if n := utf8.RuneCountInString(s); n > max {
		return &LimitError{Field: field, Size: n, Max: max, Unit: "characters"}
	}
	return nil
}

// CheckNote refuses a contact's summary or a purchase's note over
// MaxNoteBytes; field is "summary" or "note".
func CheckNote(field, s string) error {
	if len(s) > MaxNoteBytes {
		return &LimitError{Field: field, Size: len(s), Max: MaxNoteBytes, Unit: "bytes"}
	}
	return nil
}

// CheckLimits refuses a profile whose values are over their limits. Only
// the values that differ from was are judged: a value stored before the
// limits, or by another tool, stays readable and can be kept as it is
// while other fields change, but a value the user sets must be within.
// A new customer is judged against the zero Customer.
func (c Customer) CheckLimits(was Customer) error {
	for _, f := range []struct {
		name     string
		now, was string
	}{
		{"name", c.Name, was.Name}, {"company", c.Company, was.Company}, {"email", c.Email, was.Email},
		{"phone", c.Phone, was.Phone}, {"owner", c.Owner, was.Owner},
	} {
		if f.now != f.was {
			if err := checkChars(f.name, f.now, MaxTextChars); err != nil {
				return err
			}
		}
	}
	wasFields := was.Details.Fields()
	for i, f := range c.Details.Fields() {
		if *f.Value != *wasFields[i].Value {
			if err := checkChars(f.Key, *f.Value, MaxTextChars); err != nil {
				return err
			}
		}
	}
	if err := c.checkOthers(was); err != nil {
		return err
	}
	return c.checkTags(was.Tags)
}

// checkTags refuses tags over their limits, where they changed from was.
func (c Customer) checkTags(was []string) error {
	if slices.Equal(c.Tags, was) {
		return nil
	}
	if len(c.Tags) > MaxTags {
		return &LimitError{Field: "tags", Size: len(c.Tags), Max: MaxTags, Unit: "tags"}
	}
	for _, t := range c.Tags {
		if slices.Contains(was, t) {
			continue
		}
		if err := checkChars("tag", t, MaxTagChars); err != nil {
			return Problemf(CodeLimitTag, Values{"Tag": truncated(t, 20)}, "tag %q: %w", truncated(t, 20)+"…", err)
		}
	}
	return nil
}

// truncated is the first n characters of s, to quote a long value.
func truncated(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
