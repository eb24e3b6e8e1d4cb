package data

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha1"
	"database/sql"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-vcard"

	"tend/lifecycle"
)

// VCard is the export format of an address book: a vCard 3.0 card per
// customer. 3.0 rather than 4.0, since it is what the phones' and mail
// programs' address books (iOS, Android, Outlook, Google Contacts) all
// import; several of them read 4.0 poorly or not at all.
const VCard Format = "vcard"

// vcardVersion is the version the export writes.
const vcardVersion = "3.0"

// uidNamespace is the name space of the UIDs the export gives customers
// (a UUID of version 5, from the customer's id and creation time): the
// same customer gets the same UID in every export, also of a backup or a
// copy of the book, so that an address book updates its card rather than
// adding a second one, and an import into the book finds the customer.
var uidNamespace = [16]byte{0x5e, 0x0d, 0x2b, 0x8c, 0x41, 0x7a, 0x4f, 0x1e, 0x9c, 0x3b, 0x66, 0xd2, 0x0f, 0xa4, 0x71, 0x93}

// customerUID is the UID a customer's card has: urn:uuid: and a UUID of
// version 5 from its id and creation time.
func customerUID(id, created int64) string {
	h := sha1.New()
	h.Write(uidNamespace[:])
	fmt.Fprintf(h, "tend customer %d created %d", id, created)
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // the RFC 4122 variant
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// exportVCards writes a card for each customer on the board, oldest id
// first; archived customers are left out, as an address book has no use
// for them. It returns how many cards it wrote.
func (b *Book) exportVCards(ctx context.Context, w io.Writer) (int, error) {
	out := bufio.NewWriter(w)
	enc := &foldingWriter{w: out}
	n := 0
	err := b.eachRow(ctx, `SELECT `+customerColumns+` FROM customers c WHERE c.archived_at IS NULL ORDER BY c.id`,
		func(rows *sql.Rows) error {
			c, err := scanCustomer(rows)
			if err != nil {
				return err
			}
			n++
			return vcard.NewEncoder(enc).Encode(customerCard(c))
		})
	if err == nil {
		err = out.Flush()
	}
	return n, err
}

// customerCard is the card of a customer. The primary e-mail and phone
// are marked preferred; the address is a work address, as a customer's
// is.
func customerCard(c lifecycle.Customer) vcard.Card {
	card := vcard.Card{}
	card.SetValue(vcard.FieldVersion, vcardVersion)
	card.SetValue(vcard.FieldProductID, "-//tend//customer book//EN")
	card.SetValue(vcard.FieldUID, customerUID(c.ID, c.CreatedAt.Unix()))
	card.SetValue(vcard.FieldFormattedName, c.Name)
	card.SetName(&vcard.Name{FamilyName: component(c.FamilyName), GivenName: component(c.GivenName)})
	if c.Company != "" {
		card.SetValue(vcard.FieldOrganization, component(c.Company))
	}
	addReach(card, vcard.FieldEmail, c.Email, c.OtherEmails, "INTERNET")
	addReach(card, vcard.FieldTelephone, c.Phone, c.OtherPhones, "VOICE")
	if c.Street+c.Postcode+c.City+c.Region+c.Country != "" {
		card.AddAddress(&vcard.Address{Field: &vcard.Field{Params: vcard.Params{vcard.ParamType: {"WORK"}}},
			StreetAddress: component(c.Street), Locality: component(c.City), Region: component(c.Region),
			PostalCode: component(c.Postcode), Country: component(c.Country)})
	}
	// A card each: the library would escape the commas of one list.
	for _, t := range c.Tags {
		card.AddValue(vcard.FieldCategories, t)
	}
	return card
}

// addReach adds the primary value, preferred, and the others.
func addReach(card vcard.Card, key, primary string, others []string, kind string) {
	if primary == "" {
		return
	}
	card.Add(key, &vcard.Field{Value: primary, Params: vcard.Params{vcard.ParamType: {kind, "PREF"}}})
	for _, o := range others {
		card.Add(key, &vcard.Field{Value: o, Params: vcard.Params{vcard.ParamType: {kind}}})
	}
}

// component is a part of a structured value (N, ORG, ADR), whose parts a
// semicolon separates: one in the text is written as a comma.
func component(s string) string { return strings.ReplaceAll(s, ";", ",") }

// foldingWriter folds the lines the encoder writes at 75 bytes, as vCard
// asks, never inside a character: a line break and a space go between.
type foldingWriter struct {
	w    io.Writer
	line []byte // the line so far, until its line break
}

// maxLineBytes is the longest line of a card, its line break aside.
const maxLineBytes = 75

func (f *foldingWriter) Write(p []byte) (int, error) {
	for rest := p; len(rest) > 0; {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			f.line = append(f.line, rest...)
			break
		}
		f.line = append(f.line, rest[:i+1]...)
		rest = rest[i+1:]
		if err := f.flushLine(); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// flushLine writes the line held, folded.
func (f *foldingWriter) flushLine() error {
	line := bytes.TrimRight(f.line, "\r\n")
	f.line = f.line[:0]
	limit := maxLineBytes
	var out bytes.Buffer
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		out.Write(line[:cut])
		out.WriteString("\r\n ")
		line = line[cut:]
		limit = maxLineBytes - 1 // the space that starts a folded line counts
	}
	out.Write(line)
	out.WriteString("\r\n")
	_, err := f.w.Write(out.Bytes())
	return err
}

// errVCardOnlyCustomers refuses a vCard of contacts or purchases: a card
// is a person's.
var errVCardOnlyCustomers = lifecycle.Problemf(CodeVCardOnlyCustomers, nil,
	"a vCard holds customers only; contacts and purchases are CSV or JSON")

// exportVCard writes the customers as cards, as Export does.
func (b *Book) exportVCard(ctx context.Context, what Entity, w io.Writer) (int, error) {
	if what != Customers {
		return 0, errVCardOnlyCustomers
	}
	n, err := b.exportVCards(ctx, w)
	if err != nil {
		return n, lifecycle.Problemf(CodeExport, lifecycle.Values{"What": what}, "export %s: %w", what, err)
	}
	return n, nil
}
