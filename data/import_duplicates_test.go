package data

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// dupFile names one customer of the book by e-mail (in another case) and
// brings one new customer.
const dupFile = "Name,E-Mail,Telefon\nAda L.,ADA@example.org,555\nBob,bob@example.org,\n"

func bookWithAda(t *testing.T) (*Book, int64) {
	t.Helper()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace", Company: "Engines", Email: "ada@example.org", Phone: "1", Tags: []string{"old"}})
	return b, id
}

func TestDuplicatesAreErrorsByDefault(t *testing.T) {
	b, id := bookWithAda(t)
	_, err := importText(t, b, Customers, dupFile, ImportOptions{})
	var bad *ImportError
	if !errors.As(err, &bad) || len(bad.Rows) != 1 ||
		bad.Rows[0].Error() != `test.csv:2: column "E-Mail": customer 1 ("Ada Lovelace") in the book has the same e-mail` ||
		!hasCode(bad.Rows[0], CodeDuplicateCustomer) {
		t.Fatalf("err = %v", err)
	}
	if n := bookSize(t, b); n != 1 {
		t.Errorf("book holds %d customers, want only Ada", n)
	}
	if c, _ := b.Customer(context.Background(), id); c.Phone != "1" {
		t.Errorf("Ada's phone = %q, want it untouched", c.Phone)
	}
}

func TestDuplicatesSkipped(t *testing.T) {
	b, id := bookWithAda(t)
	r := mustImportText(t, b, Customers, dupFile, ImportOptions{OnDuplicate: DuplicateSkip})
	if r.New != 1 || r.Skipped != 1 || r.Updated != 0 {
		t.Errorf("report = %+v", r)
	}
	if c, _ := b.Customer(context.Background(), id); c.Name != "Ada Lovelace" || c.Phone != "1" {
		t.Errorf("skipped Ada changed: %+v", c)
	}
	customerNamed(t, b, "bob@example.org")
}

func TestDuplicatesUpdatedOnlyInTheColumnsTheFileHas(t *testing.T) {
	b, id := bookWithAda(t)
	r := mustImportText(t, b, Customers, dupFile+"Ada again,ada@example.org,\n", ImportOptions{OnDuplicate: DuplicateUpdate})
	if r.New != 1 || r.Updated != 2 {
		t.Errorf("report = %+v", r)
	}
	c, _ := b.Customer(context.Background(), id)
	// The third row's empty phone leaves the second row's.
	if c.Name != "Ada again" || c.Phone != "555" || c.Company != "Engines" || !slices.Equal(c.Tags, []string{"old"}) || c.Email != "ada@example.org" {
		t.Errorf("updated Ada = %+v", c)
	}
	if got, _ := b.Resolve(context.Background(), "ada again"); got.ID != id {
		t.Errorf("the updated name does not find Ada: %+v", got)
	}
}

func TestUpdateByIDMovesThePhaseAndKeepsTheHistory(t *testing.T) {
	b, id := bookWithAda(t)
	// Ada came in at half past nine; the file is imported that afternoon.
	b.Now = func() time.Time { return time.Date(2026, 3, 10, 15, 0, 0, 0, time.UTC) }
	file := "id;Name;Phase;In phase since;Schlagworte;Archiviert\n1;Ada;Loyalty;10.03.2026 12:00;vip;10.03.2026 13:00\n"
	r := mustImportText(t, b, Customers, file, ImportOptions{OnDuplicate: DuplicateUpdate})
	if r.Updated != 1 {
		t.Errorf("report = %+v", r)
	}
	c, _ := b.Customer(context.Background(), id)
	at := func(h int) time.Time { return time.Date(2026, 3, 10, h, 0, 0, 0, time.UTC) }
	if c.Phase != "loyalty" || !c.PhaseSince.Equal(at(12)) || !slices.Equal(c.Tags, []string{"vip"}) || !c.ArchivedAt.Equal(at(13)) {
		t.Errorf("updated = %+v", c)
	}
	h, _ := b.History(context.Background(), id)
	if len(h.PhaseChanges) != 2 || h.PhaseChanges[1].From != "awareness" || h.PhaseChanges[1].To != "loyalty" || h.PhaseChanges[1].Reason != "import" {
		t.Errorf("phase changes = %+v", h.PhaseChanges)
	}
}

func TestDuplicateByNameAndCompanyWithoutEmail(t *testing.T) {
	b, _ := bookWithAda(t)
	file := "Name;Firma\nada lovelace;ENGINES\nAda Lovelace;Other Ltd\n"
	r := mustImportText(t, b, Customers, file, ImportOptions{OnDuplicate: DuplicateSkip})
	if r.Skipped != 1 || r.New != 1 {
		t.Errorf("report = %+v, want the same name and company skipped and another company new", r)
	}
}

func TestDuplicateWithinTheFile(t *testing.T) {
	b := openTestBook(t)
	file := "Name,E-Mail\nAda,ada@example.org\nAda Lovelace,ada@example.org\n"
	if _, err := importText(t, b, Customers, file, ImportOptions{}); err == nil || !strings.Contains(err.Error(), "test.csv:3: column \"E-Mail\": line 2 has the same e-mail") {
		t.Errorf("err = %v", err)
	}
	r := mustImportText(t, b, Customers, file, ImportOptions{OnDuplicate: DuplicateUpdate})
	if r.New != 1 || r.Updated != 1 {
		t.Errorf("report = %+v", r)
	}
	if c := customerNamed(t, b, "ada@example.org"); c.Name != "Ada Lovelace" {
		t.Errorf("name = %q, want the later row's", c.Name)
	}
}

func TestDuplicateContactsAndPurchases(t *testing.T) {
	b, id := bookWithAda(t)
	purchases := "Kunde;Datum;Betrag;Notiz\nada@example.org;01.03.2024;12,50;first\nada@example.org;01.03.2024;12,50;second\n"
	mustImportText(t, b, Purchases, purchases, ImportOptions{})
	again := "Kunde;Datum;Betrag;Notiz\nada@example.org;01.03.2024;12,50;changed\nada@example.org;01.03.2024;12,50;\nada@example.org;01.03.2024;12,50;third\n"
	if _, err := importText(t, b, Purchases, again, ImportOptions{}); err == nil || !strings.Contains(err.Error(), `test.csv:2: column "Datum": the same purchase is already in the book (purchase 1)`) {
		t.Errorf("err = %v", err)
	}
	// Two stored purchases match two rows; the third equal row is a third
	// purchase of the same amount that day.
	r := mustImportText(t, b, Purchases, again, ImportOptions{OnDuplicate: DuplicateUpdate})
	if r.Updated != 2 || r.New != 1 {
		t.Errorf("report = %+v", r)
	}
	h, _ := b.History(context.Background(), id)
	notes := []string{}
	for _, p := range h.Purchases {
		notes = append(notes, p.Note)
	}
	if !slices.Equal(notes, []string{"changed", "second", "third"}) {
		t.Errorf("notes = %q", notes)
	}
	if c, _ := b.Customer(context.Background(), id); c.Purchases != 3 || c.TotalSpend != 3750 {
		t.Errorf("summary = %+v", c.Summary)
	}
	contacts := "Kunde;Datum;Art;Zusammenfassung;Stimmung\nada@example.org;02.03.2024;Anruf;Renewal;positiv\n"
	mustImportText(t, b, Contacts, contacts, ImportOptions{})
	r = mustImportText(t, b, Contacts, strings.Replace(contacts, "positiv", "negativ", 1), ImportOptions{OnDuplicate: DuplicateUpdate})
	h, _ = b.History(context.Background(), id)
	if r.Updated != 1 || len(h.Contacts) != 1 || h.Contacts[0].Sentiment != lifecycle.Negative {
		t.Errorf("report %+v, contacts %+v", r, h.Contacts)
	}
	r = mustImportText(t, b, Contacts, contacts, ImportOptions{OnDuplicate: DuplicateSkip})
	if r.Skipped != 1 || r.New != 0 {
		t.Errorf("report = %+v", r)
	}
}

// An exported book may hold two people at one shared address; imported
// into an empty book, both come back, each under its own id.
func TestExportedCustomersSharingAnEmailImportAsTwo(t *testing.T) {
	src := openTestBook(t)
	addCustomer(t, src, lifecycle.Customer{Name: "Anna Weber", Company: "Weber KG", Email: "info@weber.de"})
	addSharingEmail(t, src, lifecycle.Customer{Name: "Jonas Weber", Company: "Weber KG", Email: "info@weber.de"})
	dst := openTestBook(t)
	rep := mustImportText(t, dst, Customers, string(exportCSV(t, src, Customers)), ImportOptions{})
	if rep.New != 2 || bookSize(t, dst) != 2 {
		t.Errorf("imported %+v, book holds %d; want both customers", rep, bookSize(t, dst))
	}
	// Without ids the shared address cannot tell them apart: that stays an
	// error rather than a guess.
	_, err := importText(t, dst, Customers, "name,email\nA. Weber,info@weber.de\n", ImportOptions{OnDuplicate: DuplicateUpdate})
	if err == nil || !strings.Contains(err.Error(), "e-mail") {
		t.Errorf("an ambiguous e-mail = %v", err)
	}
}

// A row with an id no customer has is matched against the customers that
// were in the book, never against the file's other rows with ids.
func TestRowWithANewIDMatchesOnlyTheBook(t *testing.T) {
	b, _ := bookWithAda(t)
	file := "id,name,email\n7,Ada L.,ADA@example.org\n8,Bob,shared@example.org\n9,Bobby,shared@example.org\n"
	_, err := importText(t, b, Customers, file, ImportOptions{})
	var bad *ImportError
	if !errors.As(err, &bad) || len(bad.Rows) != 1 || !strings.Contains(bad.Rows[0].Error(), `test.csv:2: column "email": customer 1`) {
		t.Fatalf("err = %v, want only line 2 to match Ada", err)
	}
	r := mustImportText(t, b, Customers, file, ImportOptions{OnDuplicate: DuplicateSkip})
	if r.New != 2 || r.Skipped != 1 {
		t.Errorf("report = %+v, want Bob and Bobby new and Ada skipped", r)
	}
}

// E-mails that differ only in the case of letters outside ASCII are one
// address, as are names, whether the first is in the book or the file.
func TestImportFindsTwinsThatDifferInTheCaseOfAccentedLetters(t *testing.T) {
	b := openTestBook(t)
	mustImportText(t, b, Customers, "Name,E-Mail\nÉlodie Brun,ÉLODIE@example.com\n", ImportOptions{})
	_, err := importText(t, b, Customers, "Name,E-Mail\nElodie,élodie@example.com\nÖzil Kaya,\nÖZIL KAYA,\n", ImportOptions{})
	for _, want := range []string{`test.csv:2: column "E-Mail": customer 1 ("Élodie Brun") in the book has the same e-mail`,
		`test.csv:4: column "Name": line 3 has the same name and company`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want %q", err, want)
		}
	}
}
