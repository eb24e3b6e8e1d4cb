package lifecycle

import "strings"

// Details are the optional parts of a customer's name and postal address,
// and the language to write to them in. The display name stays the
// customer's name; these serve letters, drafts and address books, whose
// address has the parts a vCard's ADR has.
type Details struct {
	GivenName  string
	FamilyName string
	Salutation string // "Dear Ms", "Sehr geehrte Frau": as the customer is addressed
	Street     string
	Postcode   string
	City       string
	Region     string
	Country    string
	Language   string // a BCP 47 tag: de, en, de-AT
}

// DetailField is one of a customer's details, by the key files, flags and
// the audit trail name it with.
type DetailField struct {
	Key   string
	Value *string
}

// Fields are d's parts by their keys, in the order forms and files list
// them.
func (d *Details) Fields() []DetailField {
	return []DetailField{
		{"given_name", &d.GivenName}, {"family_name", &d.FamilyName}, {"salutation", &d.Salutation},
		{"street", &d.Street}, {"postcode", &d.Postcode}, {"city", &d.City},
		{"region", &d.Region}, {"country", &d.Country}, {"language", &d.Language},
	}
}

// Given is the customer's given name, or the first word of the name when
// none is kept.
func (c Customer) Given() string {
	if c.GivenName != "" {
		return c.GivenName
	}
	if words := strings.Fields(c.Name); len(words) > 0 {
		return words[0]
	}
	return ""
}

// normalize trims every part and writes the language as its canonical tag
// when it is one.
func (d *Details) normalize() {
	for _, f := range d.Fields() {
		*f.Value = strings.TrimSpace(*f.Value)
	}
	if tag, err := ParseLanguage(d.Language); err == nil && d.Language != "" {
		d.Language = tag
	}
}

// validate refuses a language that is not a tag.
func (d Details) validate(was Details) error {
	if d.Language == "" || d.Language == was.Language {
		return nil
	}
	_, err := ParseLanguage(d.Language)
	return err
}

// searchParts are the details a search finds the customer by: the name's
// parts and the address. Empty ones are left out, so that a customer
// without details is searched by the text it had before they existed.
func (d Details) searchParts() []string {
	var parts []string
	for _, s := range []string{d.GivenName, d.FamilyName, d.Street, d.Postcode, d.City, d.Region, d.Country} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return parts
}
