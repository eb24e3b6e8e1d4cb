package data

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/emersion/go-vcard"

	"tend/lifecycle"
)

// exportCards exports the book's customers as vCards.
func exportCards(t *testing.T, b *Book) string {
	t.Helper()
	var out bytes.Buffer
	if _, err := b.Export(context.Background(), Customers, VCard, &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// addressBookView is what of a customer an address book holds.
func addressBookView(c lifecycle.Customer) lifecycle.Customer {
	return lifecycle.Customer{Name: c.Name, Company: c.Company, Email: c.Email, Phone: c.Phone, Tags: c.Tags,
		OtherEmails: c.OtherEmails, OtherPhones: c.OtherPhones, Details: lifecycle.Details{GivenName: c.GivenName,
			FamilyName: c.FamilyName, Street: c.Street, Postcode: c.Postcode, City: c.City, Region: c.Region, Country: c.Country}}
}

func TestVCardRoundTripKeepsWhatAnAddressBookHolds(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	customers := []lifecycle.Customer{
		{Name: "Dr. Jörg Müller", Company: "Müller & Söhne; Einkauf", Email: "joerg@mueller.de", Phone: "+49 761 12345",
			OtherEmails: []string{"jm@gmx.de", "j.mueller@verein.org"}, OtherPhones: []string{"0171 2345678"},
			Tags: []string{"Großkunde", "Messe"}, Phase: "retention", Details: lifecycle.Details{GivenName: "Jörg", FamilyName: "Müller",
				Street: "Kaiser-Joseph-Straße 12\nHinterhaus", Postcode: "79098", City: "Freiburg", Region: "BW", Country: "DE"}},
		{Name: "Café Zur Post", Phase: "retention", Tags: []string{}},
		{Name: strings.Repeat("Ein sehr langer Name ", 10) + "Ende", Email: "lang@beispiel.de", Phase: "retention", Tags: []string{}},
	}
	for _, c := range customers {
		addCustomer(t, b, c)
	}
	gone := addCustomer(t, b, lifecycle.Customer{Name: "Archiviert", Phase: "retention"})
	if err := b.Archive(ctx, gone, false); err != nil {
		t.Fatal(err)
	}
	cards := exportCards(t, b)
	if again := exportCards(t, b); again != cards {
		t.Error("a second export differs from the first: the UIDs are not stable")
	}
	checkCardLines(t, cards, 3)
	other := openTestBook(t)
	r := mustImportText(t, other, Customers, cards, ImportOptions{File: "book.vcf"})
	if r.New != 3 {
		t.Fatalf("report %+v; want 3 new (the archived customer left out)", r)
	}
	for _, want := range customers {
		want.Normalize()
		got := customerNamed(t, other, want.Name)
		if g, w := addressBookView(got), addressBookView(want); !sameView(g, w) {
			t.Errorf("after the round trip:\n got %+v\nwant %+v", g, w)
		}
	}
}

// sameView compares what an address book holds; the company's
// semicolon is written as a comma.
func sameView(got, want lifecycle.Customer) bool {
	want.Company = strings.ReplaceAll(want.Company, ";", ",")
	return got.Name == want.Name && got.Company == want.Company && got.Email == want.Email && got.Phone == want.Phone &&
		slices.Equal(got.Tags, want.Tags) && slices.Equal(got.OtherEmails, want.OtherEmails) &&
		slices.Equal(got.OtherPhones, want.OtherPhones) && got.Details == want.Details
}

// checkCardLines fails when cards are not n cards of vCard 3.0 whose
// lines are folded at 75 bytes and end in CRLF, each card with a UID.
func checkCardLines(t *testing.T, cards string, n int) {
	t.Helper()
	if got := strings.Count(cards, "BEGIN:VCARD\r\nVERSION:3.0\r\n"); got != n {
		t.Errorf("%d cards of version 3.0, want %d:\n%s", got, n, cards)
	}
	if got := strings.Count(cards, "\r\nUID:urn:uuid:"); got != n {
		t.Errorf("%d UIDs, want %d", got, n)
	}
	for line := range strings.SplitSeq(strings.TrimSuffix(cards, "\r\n"), "\r\n") {
		if len(line) > 75 || strings.Contains(line, "\n") {
			t.Errorf("line of %d bytes or with a bare line break: %q", len(line), line)
		}
	}
}

func TestACardTendExportedFindsItsCustomer(t *testing.T) {
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Anna Weber", Email: "anna@weber.de", Phase: "retention"})
	cards := strings.Replace(exportCards(t, b), "FN:Anna Weber", "FN:Anna Weber-Schmidt", 1)
	r := mustImportText(t, b, Customers, cards, ImportOptions{File: "anna.vcf", OnDuplicate: DuplicateUpdate})
	if c, _ := b.Customer(context.Background(), id); r.Updated != 1 || r.New != 0 || c.Name != "Anna Weber-Schmidt" {
		t.Errorf("report %+v, name %q; want the customer found by its UID and renamed", r, c.Name)
	}
}

func TestVCardsFromOtherProgramsImport(t *testing.T) {
	b := openTestBook(t)
	for _, f := range []string{"apple.vcf", "google.vcf", "outlook21.vcf"} {
		if r := mustImportFixture(t, b, Customers, f, ImportOptions{}); r.New != 2 {
			t.Errorf("%s: %+v; want 2 new", f, r)
		}
	}
	for _, want := range []lifecycle.Customer{
		{Name: "Dr. Jörg Müller", Company: "Müller & Söhne GmbH", Email: "joerg@mueller-soehne.de", Phone: "+49 761 12345",
			OtherEmails: []string{"joerg.mueller@gmx.de"}, OtherPhones: []string{"+49 171 2345678"}, Tags: []string{"Großkunde", "Messe"},
			Details: lifecycle.Details{GivenName: "Jörg", FamilyName: "Müller", Street: "Kaiser-Joseph-Straße 12",
				Postcode: "79098", City: "Freiburg im Breisgau", Region: "Baden-Württemberg", Country: "Deutschland"}},
		{Name: "Café Zur Post", Company: "Café Zur Post", Email: "info@cafe-zur-post.example", Phone: "07661 98765", Tags: []string{},
			Details: lifecycle.Details{Street: "Hauptstraße 1\nHinterhaus", Postcode: "79199", City: "Kirchzarten", Country: "Deutschland"}},
		{Name: "Anna-Lena Weiß", Company: "Beispiel Verlag", Email: "anna-lena.weiss@beispiel-verlag.example", Phone: "0170 1112223",
			OtherEmails: []string{"alw@posteo.example", "al.weiss@verein-der-freunde-des-langen-zeilenumbruchs-in-vcard-dateien.example"},
			OtherPhones: []string{"030 4445556"}, Tags: []string{"Autoren"}, Details: lifecycle.Details{GivenName: "Anna-Lena",
				FamilyName: "Weiß", Street: "Oranienstraße 5", Postcode: "10997", City: "Berlin", Country: "DE"}},
		{Name: "Pedro Álvarez", Email: "pedro@alvarez.example", Phone: "+34 600 123 456", Tags: []string{},
			Details: lifecycle.Details{GivenName: "Pedro", FamilyName: "Álvarez"}},
		{Name: "Jürgen Größer", Company: "Bäckerei Größer KG", Email: "juergen@baeckerei-groesser.example", Phone: "+49 151 9990001",
			OtherEmails: []string{"j.groesser@t-online.example"}, OtherPhones: []string{"+49 89 5556667"}, Tags: []string{"Lieferant"},
			Details: lifecycle.Details{GivenName: "Jürgen", FamilyName: "Größer", Street: "Münchner Straße 7\nHof links",
				Postcode: "80331", City: "München", Region: "Bayern", Country: "Deutschland"}},
		{Name: "Ewa Nowak", Phone: "+48 22 1234567", Tags: []string{}, Details: lifecycle.Details{GivenName: "Ewa", FamilyName: "Nowak"}},
	} {
		got := customerNamed(t, b, want.Name)
		if g, w := addressBookView(got), addressBookView(want); !sameView(g, w) {
			t.Errorf("%s:\n got %+v\nwant %+v", want.Name, g, w)
		}
	}
	checkNotes(t, b, map[string]string{"Dr. Jörg Müller": "Kennt uns über die Messe in Stuttgart, bitte im Herbst anrufen.",
		"Anna-Lena Weiß": "Mag keine Anrufe vor 10 Uhr.", "Jürgen Größer": "Liefert seit 2019 das Brot für die Kantine.\nZweite Zeile.",
		"Ewa Nowak": ""})
}

// checkNotes fails unless each customer named has the note given as its
// one contact, a note; "" for none.
func checkNotes(t *testing.T, b *Book, notes map[string]string) {
	t.Helper()
	for name, note := range notes {
		h, err := b.History(context.Background(), customerNamed(t, b, name).ID)
		if note == "" && (err != nil || len(h.Contacts) != 0) {
			t.Errorf("%s: %+v, %v; want no contact", name, h.Contacts, err)
		}
		if note != "" && (err != nil || len(h.Contacts) != 1 || h.Contacts[0].Kind != lifecycle.Note || h.Contacts[0].Summary != note) {
			t.Errorf("%s: %+v, %v; want the note %q", name, h.Contacts, err, note)
		}
	}
}

func TestABadCardIsNamedByItsLineAndNothingIsImported(t *testing.T) {
	card := func(lines ...string) string {
		return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + strings.Join(lines, "\r\n") + "\r\nEND:VCARD\r\n"
	}
	good := card("FN:Gut Genug", "EMAIL:gut@genug.de")
	for name, c := range map[string]struct {
		file, want string
		code       string
	}{
		"a control character": {good + card("FN:Null\x00Zeichen"), `test.csv:6: column "FN"`, CodeControlChar},
		"a huge name":         {good + card("FN:"+strings.Repeat("x", 600)), `test.csv:6: column "FN"`, lifecycle.CodeLimit},
		"a line over 1 MiB":   {good + card("FN:Lang", "NOTE:"+strings.Repeat("y", 100), "EMAIL:"+strings.Repeat("z", 1<<20)), `test.csv:10: column "EMAIL"`, CodeVCardLongLine},
		"no END":              {good + "BEGIN:VCARD\r\nFN:Offen\r\n", "test.csv:6:", CodeVCardNoEnd},
		"a line outside":      {good + "Hallo\r\n", "test.csv:6:", CodeVCardOutside},
		"a bad e-mail":        {good + card("FN:Zwei", "EMAIL;TYPE=PREF:a@b.de", "EMAIL:kein-at"), `test.csv:6: column "EMAIL"`, lifecycle.CodeCustomerEmail},
	} {
		b := openTestBook(t)
		_, err := importText(t, b, Customers, c.file, ImportOptions{})
		var refused *ImportError
		if !errors.As(err, &refused) || len(refused.Rows) != 1 || !strings.HasPrefix(refused.Rows[0].Error(), c.want) {
			t.Errorf("%s: %v; want one bad card, %s", name, err, c.want)
			continue
		}
		var coded lifecycle.Coded
		if !errors.As(refused.Rows[0].Err, &coded) || coded.Code() != c.code {
			t.Errorf("%s: %v; want %s", name, refused.Rows[0].Err, c.code)
		}
		if n := bookSize(t, b); n != 0 {
			t.Errorf("%s: %d customers written", name, n)
		}
	}
}

func TestAVCardOfContactsIsRefused(t *testing.T) {
	b := openTestBook(t)
	if _, err := importText(t, b, Contacts, "BEGIN:VCARD\nFN:A\nEND:VCARD\n", ImportOptions{}); !errors.Is(err, errVCardOnlyCustomers) {
		t.Errorf("import: %v", err)
	}
	if _, err := b.Export(context.Background(), Purchases, VCard, &bytes.Buffer{}); !errors.Is(err, errVCardOnlyCustomers) {
		t.Errorf("export: %v", err)
	}
}

func TestACardsNoteReachesACustomerTheBookHasOnce(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	created := daysBefore(400)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Anna Weber", Email: "anna@weber.de", CreatedAt: created})
	card := func(name, email, note string) string {
		return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + "\r\nEMAIL:" + email + "\r\nNOTE:" + note + "\r\nEND:VCARD\r\n"
	}
	cards := card("Anna Weber", "anna@weber.de", "Mag keine Anrufe vor 10 Uhr.") +
		card("Ben Roth", "ben@roth.de", "Kennt uns von der Messe.") + card("Ben Roth", "ben@roth.de", "Kennt uns von der Messe.")
	for range 2 {
		mustImportText(t, b, Customers, cards, ImportOptions{File: "cards.vcf", OnDuplicate: DuplicateUpdate})
	}
	checkNotes(t, b, map[string]string{"Anna Weber": "Mag keine Anrufe vor 10 Uhr.", "Ben Roth": "Kennt uns von der Messe."})
	// Dated when Anna came into the book: a note is no contact of today.
	if c, err := b.Customer(ctx, id); err != nil || !c.LastContactAt.Equal(created) {
		t.Errorf("Anna's last contact is %v (%v), want %v", c.LastContactAt, err, created)
	}
	// A note changed in the address book is a note of its own.
	mustImportText(t, b, Customers, card("Anna Weber", "anna@weber.de", "Lieber nach 11 Uhr."), ImportOptions{OnDuplicate: DuplicateUpdate})
	if h, err := b.History(ctx, id); err != nil || len(h.Contacts) != 2 {
		t.Errorf("Anna's contacts after a changed note: %+v, %v; want two notes", h.Contacts, err)
	}
}

// TestACardsCellsStandUnderTheirColumns reads a card that has every
// property the import takes: each cell is under the column of its field.
func TestACardsCellsStandUnderTheirColumns(t *testing.T) {
	card := vcard.Card{}
	card.SetValue(vcard.FieldUID, "urn:uuid:known")
	card.SetValue(vcard.FieldFormattedName, "Dr. Greta Hoffmann")
	card.SetName(&vcard.Name{GivenName: "Greta", FamilyName: "Hoffmann"})
	card.SetValue(vcard.FieldOrganization, "Hoffmann Hotels;Front desk")
	card.Add(vcard.FieldEmail, &vcard.Field{Value: "greta@hoffmann.example", Params: vcard.Params{vcard.ParamType: {"PREF"}}})
	card.Add(vcard.FieldEmail, &vcard.Field{Value: "g@private.example"})
	card.Add(vcard.FieldTelephone, &vcard.Field{Value: "tel:+49 30 1234", Params: vcard.Params{vcard.ParamType: {"PREF"}}})
	card.Add(vcard.FieldTelephone, &vcard.Field{Value: "+49 170 5678"})
	card.AddValue(vcard.FieldCategories, "hotel,vip")
	card.AddAddress(&vcard.Address{StreetAddress: "Hauptstraße 1", PostalCode: "10115", Locality: "Berlin", Region: "BE", Country: "DE"})
	card.AddValue(vcard.FieldNote, "Met at the fair")
	want := map[field]string{fieldID: "42", fieldName: "Dr. Greta Hoffmann", fieldCompany: "Hoffmann Hotels",
		fieldEmail: "greta@hoffmann.example", fieldOtherEmails: "g@private.example", fieldPhone: "+49 30 1234",
		fieldOtherPhones: "+49 170 5678", fieldTags: "hotel,vip", fieldGivenName: "Greta", fieldFamilyName: "Hoffmann",
		fieldStreet: "Hauptstraße 1", fieldPostcode: "10115", fieldCity: "Berlin", fieldRegion: "BE", fieldCountry: "DE",
		fieldNote: "Met at the fair"}
	cells := cardCells(card, map[string]int64{"urn:uuid:known": 42})
	if len(cells) != len(vcardColumns) || len(want) != len(vcardColumns) {
		t.Fatalf("%d cells and %d fields for %d columns", len(cells), len(want), len(vcardColumns))
	}
	for i, c := range vcardColumns {
		if cells[i] != want[c.field] {
			t.Errorf("column %d (%s) holds %q, want %q", i, c.property, cells[i], want[c.field])
		}
	}
}
