package data

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"iter"
	"mime/quotedprintable"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-vcard"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/ianaindex"

	"tend/lifecycle"
)

// vcardColumns are the columns a vCard file is read as, each named by the
// property it comes from, so that a bad card names it: the rest of the
// import reads a card as it reads a row of a CSV file.
var vcardColumns = []struct {
	property string
	field    field
}{
	{"UID", fieldID}, {"FN", fieldName}, {"ORG", fieldCompany}, {"EMAIL", fieldEmail}, {"EMAIL", fieldOtherEmails},
	{"TEL", fieldPhone}, {"TEL", fieldOtherPhones}, {"CATEGORIES", fieldTags}, {"N", fieldGivenName},
	{"N", fieldFamilyName}, {"ADR", fieldStreet}, {"ADR", fieldPostcode}, {"ADR", fieldCity}, {"ADR", fieldRegion},
	{"ADR", fieldCountry}, {"NOTE", fieldNote},
}

// readProperties are the properties the import reads; a line of another
// (a photo, a key) is left out unread, however long.
var readProperties = map[string]bool{"UID": true, "FN": true, "N": true, "ORG": true, "EMAIL": true, "TEL": true,
	"CATEGORIES": true, "ADR": true, "NOTE": true, "VERSION": true}

// newVCardColumns are the columns of vcardColumns.
func newVCardColumns() *columns {
	c := noColumns(nil, nil)
	for i, vc := range vcardColumns {
		c.names = append(c.names, vc.property)
		c.index[vc.field] = i
	}
	return c
}

// readVCards reads a file of vCards as a table of customers: first counts
// its cards, then reads them one at a time. uids are the customers of the
// book by the UID their cards have, so that a card an export wrote finds
// its customer.
func readVCards(first io.Reader, again func() (io.Reader, error), uids map[string]int64) (*table, error) {
	most, err := countCards(first)
	if err != nil {
		return nil, err
	}
	src, err := again()
	if err != nil {
		return nil, err
	}
	return &table{encoding: encUTF8, header: newVCardColumns().names, most: most + 1,
		rows: vcardRows(src, uids)}, nil
}

// vcardRows reads the cards of src, each as a row on the line its BEGIN
// is on; a line outside a card, or a card without an END, is a bad row.
func vcardRows(src io.Reader, uids map[string]int64) iter.Seq2[tableRow, *RowError] {
	return func(yield func(tableRow, *RowError) bool) {
		l := newLineReader(src)
		for {
			line, err := l.logical()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				yield(tableRow{}, &RowError{Line: l.at, Err: err})
				return
			}
			switch {
			case strings.TrimSpace(line.text) == "":
				continue
			case !isBegin(line.text):
				if !yield(tableRow{}, &RowError{Line: line.at, Err: errOutsideCard}) {
					return
				}
				continue
			}
			row, bad := readCard(l, line.at, uids)
			if !yield(row, bad) {
				return
			}
		}
	}
}

var (
	errOutsideCard = lifecycle.Problemf(CodeVCardOutside, nil,
		"this line is outside a card (between BEGIN:VCARD and END:VCARD)")
	errNoEnd = lifecycle.Problemf(CodeVCardNoEnd, nil, "the card has no END:VCARD")
	errCard  = lifecycle.Problemf(CodeVCardUnreadable, nil, "the card cannot be read")
	errLong  = lifecycle.Problemf(CodeVCardLongLine, lifecycle.Values{"MiB": lifecycle.MaxImportLine >> 20},
		"the line is longer than %d MiB, the most a line may have", lifecycle.MaxImportLine>>20)
)

// readCard reads the lines of the card begun on line at, up to its END,
// and gives it as a row; a card with a line too long is read to its END
// and given as a bad row.
func readCard(l *lineReader, at int, uids map[string]int64) (tableRow, *RowError) {
	var text strings.Builder
	text.WriteString("BEGIN:VCARD\r\n")
	var bad *RowError
	for {
		line, err := l.logical()
		if errors.Is(err, io.EOF) {
			return tableRow{}, &RowError{Line: at, Err: errNoEnd}
		}
		if err != nil {
			return tableRow{}, &RowError{Line: l.at, Err: err}
		}
		if isBegin(line.text) {
			l.unread(&physical{text: line.text, at: line.at})
			return tableRow{}, &RowError{Line: at, Err: errNoEnd}
		}
		if isEnd(line.text) {
			break
		}
		name := propertyName(line.text)
		switch {
		case !readProperties[name]:
		case line.long && bad == nil:
			bad = &RowError{Line: line.at, Column: name, Err: errLong}
		default:
			text.WriteString(decodedLine(line.text) + "\r\n")
		}
	}
	if bad != nil {
		return tableRow{}, bad
	}
	text.WriteString("END:VCARD\r\n")
	card, err := vcard.NewDecoder(strings.NewReader(text.String())).Decode()
	if err != nil {
		return tableRow{}, &RowError{Line: at, Err: errCard}
	}
	return tableRow{line: at, cells: cardCells(card, uids)}, nil
}

// propertyName is the name of a line's property, without its group
// (Apple's and Google's item1.EMAIL) and in capitals.
func propertyName(line string) string {
	end := strings.IndexAny(line, ";:")
	if end < 0 {
		return ""
	}
	name := line[:end]
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		name = name[dot+1:]
	}
	return strings.ToUpper(name)
}

// decodedLine is a line with its value in UTF-8 and escaped as vCard 3.0
// writes it: a quoted-printable value (vCard 2.1) decoded, a value in
// another character set (its CHARSET, else Windows-1252 where it is not
// UTF-8) converted, those parameters left out, and 2.1's bare types
// (TEL;WORK;PREF) written as TYPE=, which the library reads.
func decodedLine(line string) string {
	head, value, ok := splitLine(line)
	if !ok {
		return line
	}
	params, charset := vcard21Params(head)
	qp := quotedPrintable(line)
	if !qp && charset == "" && utf8.ValidString(value) {
		return params + ":" + value
	}
	raw := []byte(value)
	if qp {
		if decoded, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(value))); err == nil {
			raw = decoded
		}
	}
	text := inUTF8(raw, charset)
	if qp {
		// vCard 2.1 escapes nothing: its line breaks were written as
		// =0D=0A, and a backslash is one.
		text = strings.NewReplacer("\\", "\\\\", "\r\n", "\\n", "\n", "\\n", "\r", "").Replace(text)
	}
	return params + ":" + text
}

// vcard21Params are the name and parameters of a line without ENCODING
// and CHARSET, bare types written as TYPE=, and the character set named.
func vcard21Params(head string) (params, charset string) {
	parts := strings.Split(head, ";")
	out := parts[:1]
	for _, p := range parts[1:] {
		key, v, named := strings.Cut(p, "=")
		switch up := strings.ToUpper(strings.TrimSpace(key)); {
		case up == "ENCODING" || !named && (up == "QUOTED-PRINTABLE" || up == "8BIT" || up == "BASE64"):
		case up == "CHARSET":
			charset = strings.Trim(v, `"`)
		case !named:
			out = append(out, "TYPE="+p)
		default:
			out = append(out, p)
		}
	}
	return strings.Join(out, ";"), charset
}

// splitLine cuts a line at the colon that ends its name and parameters
// (one in a quoted parameter does not).
func splitLine(line string) (head, value string, ok bool) {
	quoted := false
	for i, r := range line {
		switch {
		case r == '"':
			quoted = !quoted
		case r == ':' && !quoted:
			return line[:i], line[i+1:], true
		}
	}
	return "", "", false
}

// inUTF8 converts raw from charset to UTF-8: UTF-8 is kept, an unknown or
// missing character set taken as Windows-1252 where raw is not UTF-8.
func inUTF8(raw []byte, charset string) string {
	if charset != "" && !strings.EqualFold(charset, "UTF-8") {
		if enc, err := ianaindex.MIME.Encoding(charset); err == nil && enc != nil {
			if out, err := enc.NewDecoder().Bytes(raw); err == nil {
				return string(out)
			}
		}
	}
	if utf8.Valid(raw) {
		return string(raw)
	}
	out, _ := charmap.Windows1252.NewDecoder().Bytes(raw)
	return string(out)
}

// vcardIndex is the column of vcardColumns each field is read into, -1
// for a field a card has none of.
var vcardIndex = newVCardColumns().index

// cardRow is a card's cells in the order of vcardColumns, set and read by
// field, so that a column added or moved there moves its cell along.
type cardRow []string

func (r cardRow) set(f field, v string) { r[vcardIndex[f]] = v }

func (r cardRow) get(f field) string { return r[vcardIndex[f]] }

// cardCells are the cells of a card, in the order of vcardColumns.
func cardCells(card vcard.Card, uids map[string]int64) []string {
	r := make(cardRow, len(vcardColumns))
	if id, ok := uids[strings.ToLower(strings.TrimSpace(card.Value(vcard.FieldUID)))]; ok {
		r.set(fieldID, strconv.FormatInt(id, 10))
	}
	r.set(fieldName, unescaped(card.PreferredValue(vcard.FieldFormattedName)))
	org, _, _ := strings.Cut(card.PreferredValue(vcard.FieldOrganization), ";") // the company; then its units
	r.set(fieldCompany, unescaped(org))
	email, otherEmails := reachCells(card, vcard.FieldEmail, "mailto:")
	r.set(fieldEmail, email)
	r.set(fieldOtherEmails, otherEmails)
	phone, otherPhones := reachCells(card, vcard.FieldTelephone, "tel:")
	r.set(fieldPhone, phone)
	r.set(fieldOtherPhones, otherPhones)
	r.set(fieldTags, strings.Join(categories(card), ","))
	if n := card.Name(); n != nil {
		r.set(fieldGivenName, unescaped(n.GivenName))
		r.set(fieldFamilyName, unescaped(n.FamilyName))
		if r.get(fieldName) == "" {
			r.set(fieldName, strings.Join(nonEmpty(r.get(fieldGivenName), unescaped(n.AdditionalName), r.get(fieldFamilyName)), " "))
		}
	}
	if r.get(fieldName) == "" {
		r.set(fieldName, r.get(fieldCompany)) // a company's card may name only the company
	}
	if a := preferredAddress(card); a != nil {
		r.set(fieldStreet, strings.Join(nonEmpty(unescaped(a.StreetAddress), unescaped(a.ExtendedAddress), unescaped(a.PostOfficeBox)), "\n"))
		r.set(fieldPostcode, unescaped(a.PostalCode))
		r.set(fieldCity, unescaped(a.Locality))
		r.set(fieldRegion, unescaped(a.Region))
		r.set(fieldCountry, unescaped(a.Country))
	}
	r.set(fieldNote, strings.Join(nonEmpty(mapped(card.Values(vcard.FieldNote), unescaped)...), "\n\n"))
	return r
}

// reachCells are a card's e-mails or phones: the preferred one, and the
// others in the order of the card, a line each.
func reachCells(card vcard.Card, key, scheme string) (primary, others string) {
	pref := card.Preferred(key)
	var rest []string
	for _, f := range card[key] {
		v := strings.TrimSpace(f.Value)
		if len(v) >= len(scheme) && strings.EqualFold(v[:len(scheme)], scheme) {
			v = v[len(scheme):]
		}
		if f == pref {
			primary = v
		} else {
			rest = append(rest, v)
		}
	}
	return primary, strings.Join(rest, "\n")
}

// categories are a card's tags: each CATEGORIES line holds several,
// separated by commas. Google's myContacts, which every card it exports
// has, is none.
func categories(card vcard.Card) []string {
	var out []string
	for _, v := range card.Values(vcard.FieldCategories) {
		for _, t := range strings.Split(v, ",") {
			if t = unescaped(strings.TrimSpace(t)); t != "" && !strings.EqualFold(t, "myContacts") {
				out = append(out, t)
			}
		}
	}
	return out
}

// preferredAddress is the card's preferred address, or nil.
func preferredAddress(card vcard.Card) *vcard.Address {
	if f := card.Preferred(vcard.FieldAddress); f != nil {
		for _, a := range card.Addresses() {
			if a.Field == f {
				return a
			}
		}
	}
	return nil
}

func mapped(list []string, f func(string) string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = f(s)
	}
	return out
}

func nonEmpty(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// unescaped undoes the escapes the library leaves: \; and \N.
func unescaped(s string) string {
	return strings.NewReplacer(`\;`, ";", `\N`, "\n", `\:`, ":").Replace(s)
}

// customerUIDs are the book's customers by the UID their cards have.
func (b *Book) customerUIDs(ctx context.Context) (map[string]int64, error) {
	uids := map[string]int64{}
	err := b.eachRow(ctx, `SELECT id, created_at FROM customers`, func(rows *sql.Rows) error {
		var id, created int64
		if err := rows.Scan(&id, &created); err != nil {
			return err
		}
		uids[customerUID(id, created)] = id
		return nil
	})
	return uids, err
}
