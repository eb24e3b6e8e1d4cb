package data

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"tend/lifecycle"
)

// columns says which column of a file holds which field.
type columns struct {
	index   [numFields]int   // the column of each field, -1 where the file has none
	also    [numFields][]int // the further columns of a field read from several (manyFields)
	names   []string         // the header as the file has it
	ignored []string         // columns that no field was found for
	derived []string         // columns of tend's exports that the book works out itself

	src   *importSource       // the system whose export the file is, or nil
	order lifecycle.DateOrder // how dates with slashes are read
	// alt is a second column of the system's for a field, read where the
	// first is empty (Odoo's "Related Company" after "Company Name"), -1
	// where there is none.
	alt [numFields]int
}

func (c *columns) has(f field) bool { return c.index[f] >= 0 }

// noColumns is a file's columns before any is found to hold a field.
func noColumns(header []string, src *importSource) *columns {
	c := &columns{names: header, src: src}
	for i := range c.index {
		c.index[i], c.alt[i] = -1, -1
	}
	return c
}

// fieldFinder looks up the fields of one entity by column name.
type fieldFinder struct {
	entity  Entity
	specs   []fieldSpec
	byKey   map[string]field
	derived map[string]bool
}

// fieldFinders are made on the first import, not at every start.
var fieldFinders = sync.OnceValue(newFieldFinders)

func newFieldFinders() map[Entity]*fieldFinder {
	out := map[Entity]*fieldFinder{}
	for e, specs := range importFields {
		ff := &fieldFinder{entity: e, specs: specs, byKey: map[string]field{}, derived: map[string]bool{}}
		for _, s := range specs {
			ff.byKey[columnKey(s.field.String())] = s.field
			for _, a := range s.aliases {
				ff.byKey[columnKey(a)] = s.field
			}
		}
		for _, d := range derivedColumns[e] {
			ff.derived[columnKey(d)] = true
		}
		out[e] = ff
	}
	return out
}

// matchColumns finds the field of each column: first the user's --map
// entries ("Column=field"), then the columns of the system whose export
// the file is (src, nil for none), then columns whose whole name is a
// known one, then columns whose name starts with one ("Umsatz/Jahr",
// "Value (EUR)"). A field is read from one column only, the first that
// names it, but for a customer's e-mail and phone: a further column of
// theirs, or one numbered ("E-Mail 2", "Phone 3"), holds other e-mails or
// phones, which are read from every column that holds them. A column of
// the system's that tend has no field for is left out, not read as
// another.
func matchColumns(what Entity, header []string, maps []string, src *importSource) (*columns, error) {
	ff := fieldFinders()[what]
	c := noColumns(header, src)
	used := make([]bool, len(header))
	for _, m := range maps {
		col, f, err := ff.mapping(m, header)
		if err != nil {
			return nil, err
		}
		if c.has(f) && !manyFields[f] {
			return nil, mappingError(m, CodeMapTaken, lifecycle.Values{"Field": f.String(), "Column": header[c.index[f]]},
				"field %s is already read from column %q", f, header[c.index[f]])
		}
		used[col] = c.take(f, col)
	}
	unread := c.assignSource(used)
	for _, keys := range []func(string) []string{wholeKey, looseKeys} {
		for i, h := range header {
			if !used[i] && !unread[i] {
				used[i] = ff.assign(c, i, keys(h))
			}
		}
	}
	for i, h := range header {
		if !used[i] && strings.TrimSpace(h) != "" {
			c.ignored = append(c.ignored, h)
		}
	}
	return c, ff.checkRequired(c)
}

// assignSource gives the columns of the file's system their fields, and
// returns which are the system's columns that no field reads.
func (c *columns) assignSource(used []bool) []bool {
	unread := make([]bool, len(c.names))
	if c.src == nil {
		return unread
	}
	known := c.src.byKey
	for i, h := range c.names {
		sc, ok := known[columnKey(h)]
		switch {
		case !ok || used[i]:
		case sc.field == fieldUnread:
			unread[i] = true
		case !c.has(sc.field) || manyFields[sc.field] || otherFields[sc.field] != 0:
			used[i] = c.take(sc.field, i)
		case c.alt[sc.field] < 0:
			c.alt[sc.field], used[i] = i, true
		}
	}
	return unread
}

// assign gives column i the first free field one of its keys names, and
// tells whether the column is taken care of.
func (ff *fieldFinder) assign(c *columns, i int, keys []string) bool {
	for _, key := range keys {
		if ff.derived[key] {
			c.derived = append(c.derived, c.names[i])
			return true
		}
		if f, ok := ff.byKey[key]; ok && c.take(f, i) {
			return true
		}
	}
	if f, n, ok := ff.numbered(c.names[i]); ok {
		if n > 1 {
			f = otherFields[f]
		}
		return c.take(f, i)
	}
	return false
}

// manyFields are read from every column that holds them; otherFields
// take the further columns of a field that is read from one.
var (
	manyFields  = map[field]bool{fieldOtherEmails: true, fieldOtherPhones: true}
	otherFields = map[field]field{fieldEmail: fieldOtherEmails, fieldPhone: fieldOtherPhones}
)

// take reads field f from column i where f is not read yet or is read
// from several columns, else the field its further columns go to; it
// tells whether the column is taken.
func (c *columns) take(f field, i int) bool {
	switch {
	case !c.has(f):
		c.index[f] = i
	case manyFields[f]:
		c.also[f] = append(c.also[f], i)
	case otherFields[f] != 0:
		return c.take(otherFields[f], i)
	default:
		return false
	}
	return true
}

// numbered finds a numbered column of a customer's e-mail or phone
// ("E-Mail 2", "Telefon 3", "Email 2 Address"), its field and number.
func (ff *fieldFinder) numbered(name string) (field, int, bool) {
	key := columnKey(name)
	start := strings.IndexFunc(key, unicode.IsDigit)
	if start <= 0 {
		return 0, 0, false
	}
	end := start + strings.IndexFunc(key[start:], func(r rune) bool { return !unicode.IsDigit(r) })
	if end < start {
		end = len(key)
	}
	n, err := strconv.Atoi(key[start:end])
	f, ok := ff.byKey[key[:start]+key[end:]]
	if err != nil || !ok || otherFields[f] == 0 {
		return 0, 0, false
	}
	return f, n, true
}

// mapping reads one --map entry, "Column=field".
func (ff *fieldFinder) mapping(m string, header []string) (int, field, error) {
	at := strings.LastIndexByte(m, '=')
	if at < 0 {
		return 0, 0, mappingError(m, CodeMapForm, nil, "write it as 'Column=field'")
	}
	name, fieldName := strings.TrimSpace(m[:at]), m[at+1:]
	f, ok := ff.byKey[columnKey(fieldName)]
	if !ok {
		return 0, 0, mappingError(m, CodeMapField, lifecycle.Values{"Entity": string(ff.entity), "Field": fieldName, "Fields": ff.fieldNames()},
			"%s have no field %q (the fields are: %s)", ff.entity, fieldName, strings.Join(ff.fieldNames(), ", "))
	}
	for _, same := range []func(a, b string) bool{
		func(a, b string) bool { return strings.TrimSpace(a) == b },
		func(a, b string) bool { return columnKey(a) == columnKey(b) },
	} {
		for i, h := range header {
			if same(h, name) {
				return i, f, nil
			}
		}
	}
	return 0, 0, mappingError(m, CodeMapColumn, lifecycle.Values{"Column": name, "Columns": header},
		"the file has no column %q (its columns are: %s)", name, quoteAll(header))
}

func (ff *fieldFinder) fieldNames() []string {
	names := make([]string, len(ff.specs))
	for i, s := range ff.specs {
		names[i] = s.field.String()
	}
	return names
}

// requiredFields are the fields an import cannot do without; of each group
// one is enough. Customers need one column to tell them apart (a new one
// needs its name, which each row then reports if it lacks).
var requiredFields = map[Entity][][]field{
	Customers: {{fieldName, fieldEmail, fieldID, fieldGivenName, fieldFamilyName}},
	Contacts:  {customerRefs, {fieldAt}, {fieldSummary}},
	Purchases: {customerRefs, {fieldAt}, {fieldAmount}},
	Deals:     {customerRefs, {fieldTitle}, {fieldStatus, fieldStage}},
}

var customerRefs = []field{fieldCustomer, fieldCustomerID, fieldCustomerEmail, fieldCustomerName}

func (ff *fieldFinder) checkRequired(c *columns) error {
	for _, group := range requiredFields[ff.entity] {
		found := false
		for _, f := range group {
			found = found || c.has(f)
		}
		if !found {
			return lifecycle.Problemf(CodeColumnMissing, lifecycle.Values{"Field": group[0].String(), "Examples": ff.examples(group[0])},
				"no column holds the %s (tend looks for %s)", strings.ReplaceAll(group[0].String(), "_", " "), ff.examples(group[0]))
		}
	}
	return nil
}

// examples names a few of the column names a field is found by.
func (ff *fieldFinder) examples(f field) string {
	for _, s := range ff.specs {
		if s.field == f && len(s.aliases) > 0 {
			return quoteAll(s.aliases[:min(3, len(s.aliases))]) + ", …"
		}
	}
	return fmt.Sprintf("%q", f.String())
}

func quoteAll(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(quoted, ", ")
}

// columnKey reduces a column name to what matching compares: lower case,
// umlauts spelled out as in "Waehrung", and letters and digits only, so that
// "E-Mail", "e_mail" and "EMail" are one name.
func columnKey(name string) string {
	return lifecycle.FoldKeep(norm.NFC.String(name), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

func wholeKey(name string) []string { return []string{columnKey(name)} }

// unitWords may end a column name without changing its field: "Betrag in
// EUR", "Umsatz netto".
var unitWords = map[string]bool{"in": true, "eur": true, "euro": true, "€": true, "usd": true, "$": true,
	"chf": true, "gbp": true, "£": true, "netto": true, "brutto": true, "net": true, "gross": true}

// looseKeys are the shorter forms of a column name to try when the whole
// name is not known: the part before a bracket, slash, comma or colon, and
// that without trailing units.
func looseKeys(name string) []string {
	if i := strings.IndexAny(name, "([/|:,"); i > 0 {
		name = name[:i]
	}
	words := strings.Fields(name)
	for len(words) > 1 && unitWords[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return []string{columnKey(name), columnKey(strings.Join(words, " "))}
}
