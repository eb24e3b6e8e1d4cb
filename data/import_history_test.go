package data

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

func TestContactsFindTheirCustomerByEmailNameAndID(t *testing.T) {
	b := openTestBook(t)
	mustImportFixture(t, b, Customers, "customers_en.tsv", ImportOptions{})
	ada, grace := customerNamed(t, b, "ada@example.org"), customerNamed(t, b, "grace@example.org")
	if ada.ID != 1 {
		t.Fatalf("Ada has id %d; the fixture names her as customer 1", ada.ID)
	}
	r := mustImportFixture(t, b, Contacts, "contacts.csv", ImportOptions{})
	if r.New != 3 || r.CreatedCustomers != 0 {
		t.Errorf("report = %+v", r)
	}
	h, _ := b.History(context.Background(), ada.ID)
	checkAdasContacts(t, h.Contacts)
	h, _ = b.History(context.Background(), grace.ID)
	checkGracesContacts(t, h.Contacts)
	if c, _ := b.Customer(context.Background(), ada.ID); c.Contacts != 2 || !c.LastContactAt.Equal(dayUTC(2024, 3, 7)) {
		t.Errorf("Ada's summary = %+v", c.Summary)
	}
}

// checkAdasContacts checks the contacts.csv fixture's two contacts with
// Ada: a call found by her e-mail, with every field, and an offer found by
// her id, with the defaults for its empty cells.
func checkAdasContacts(t *testing.T, contacts []lifecycle.Contact) {
	t.Helper()
	if len(contacts) != 2 {
		t.Fatalf("Ada's contacts = %+v, want the one by e-mail and the one by id", contacts)
	}
	call := contacts[0]
	if call.Kind != lifecycle.Call || call.Direction != lifecycle.In || call.Sentiment != lifecycle.Positive || !call.Moment ||
		!call.At.Equal(time.Date(2024, 3, 5, 14, 30, 0, 0, time.UTC)) || !call.FollowUp.Equal(dayUTC(2024, 4, 1)) || call.Summary != "Renewal talk" {
		t.Errorf("call = %+v", call)
	}
	if offer := contacts[1]; offer.Kind != lifecycle.Email || offer.Direction != lifecycle.Out || offer.Sentiment != lifecycle.Neutral || offer.Moment {
		t.Errorf("offer = %+v, want the defaults for empty cells", offer)
	}
}

// checkGracesContacts checks the fixture's contact with Grace, whose cells
// are in German words.
func checkGracesContacts(t *testing.T, contacts []lifecycle.Contact) {
	t.Helper()
	if len(contacts) != 1 || contacts[0].Kind != lifecycle.Call || contacts[0].Direction != lifecycle.Out ||
		contacts[0].Sentiment != lifecycle.Negative || !contacts[0].Moment {
		t.Errorf("Grace's contacts (German words) = %+v", contacts)
	}
}

func TestContactsOfCustomersNotInTheBookAreBadRows(t *testing.T) {
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada"})
	addCustomer(t, b, lifecycle.Customer{Name: "Max Mustermann", Company: "A"})
	addCustomer(t, b, lifecycle.Customer{Name: "Max Mustermann", Company: "B"})
	file := "Kunde;Datum;Notiz\nAda;01.03.2024;ok\nNiemand;01.03.2024;call\nMax Mustermann;01.03.2024;which one\n;01.03.2024;nobody\n"
	_, err := importText(t, b, Contacts, file, ImportOptions{})
	var bad *ImportError
	if !errors.As(err, &bad) || len(bad.Rows) != 3 {
		t.Fatalf("err = %v", err)
	}
	want := []string{
		`test.csv:3: column "Kunde": no customer in the book matches "Niemand" (import the customers first)`,
		`test.csv:4: column "Kunde": 2 customers in the book match (ids 2, 3); name one by id or e-mail`,
		`test.csv:5: column "Kunde": the row names no customer`,
	}
	for i, w := range want {
		if got := bad.Rows[i].Error(); got != w {
			t.Errorf("bad row %d = %q, want %q", i, got, w)
		}
	}
	if h, _ := b.History(context.Background(), 1); len(h.Contacts) != 0 {
		t.Errorf("the good row was stored from a refused import: %+v", h.Contacts)
	}
}

func TestAnIDFromAnotherBookCountsOnlyWhenTheEmailAgrees(t *testing.T) {
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Bob", Email: "bob@example.org"})
	ada := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Email: "ada@example.org"})
	file := "customer_id,customer_email,customer_name,at,amount\n1,ada@example.org,Ada,2024-03-01,10\n"
	mustImportText(t, b, Purchases, file, ImportOptions{})
	if c, _ := b.Customer(context.Background(), ada); c.Purchases != 1 {
		t.Errorf("Ada has %d purchases; the row's id 1 is Bob's here, its e-mail Ada's", c.Purchases)
	}
}

func TestPurchasesOfAShopCreateTheirCustomers(t *testing.T) {
	b := openTestBook(t)
	mustImportFixture(t, b, Customers, "customers_de_1252.csv", ImportOptions{})
	r := mustImportFixture(t, b, Purchases, "purchases_shop.csv", ImportOptions{CreateMissing: true, Map: []string{"Bestellnummer=note"}})
	if r.New != 3 || r.CreatedCustomers != 1 || len(r.Ignored) != 0 {
		t.Errorf("report = %+v", r)
	}
	checkShopCustomers(t, b)
	if _, err := importFixture(t, openTestBook(t), Purchases, "purchases_shop.csv", ImportOptions{}); err == nil ||
		!strings.Contains(err.Error(), `purchases_shop.csv:2: column "Kunde": no customer in the book matches "j.mueller@example.de", "Jürgen Müller"`) {
		t.Errorf("without --create-missing: %v", err)
	}
}

// checkShopCustomers checks the customers after purchases_shop.csv: Müller,
// who was in the book, with his purchase, and the customer it created with
// hers.
func checkShopCustomers(t *testing.T, b *Book) {
	t.Helper()
	m := customerNamed(t, b, "j.mueller@example.de")
	if m.Purchases != 1 || m.TotalSpend != 123456 || !m.LastPurchaseAt.Equal(dayUTC(2024, 3, 1)) {
		t.Errorf("Müller's summary = %+v", m.Summary)
	}
	n := customerNamed(t, b, "neu@example.de")
	if n.Name != "Neue Kundin" || n.Phase != "conversion" || !n.CreatedAt.Equal(dayUTC(2024, 3, 2)) || n.Purchases != 2 || n.TotalSpend != 11150 {
		t.Errorf("created customer = %+v", n)
	}
	h, _ := b.History(context.Background(), n.ID)
	if len(h.Purchases) != 2 || h.Purchases[0].Currency != "EUR" || h.Purchases[0].Note != "1002" || h.Purchases[1].Amount != 9900 {
		t.Errorf("purchases = %+v", h.Purchases)
	}
}

func TestPurchaseCurrencyFromTheAmountOrItsColumn(t *testing.T) {
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada"})
	file := "Kunde;Datum;Betrag;Währung\nAda;01.03.2024;$ 12.50;\nAda;02.03.2024;12,50;chf\nAda;03.03.2024;-5;\n"
	mustImportText(t, b, Purchases, file, ImportOptions{})
	h, _ := b.History(context.Background(), id)
	var got []string
	for _, p := range h.Purchases {
		got = append(got, p.Amount.String()+" "+p.Currency)
	}
	if strings.Join(got, ", ") != "12.50 USD, 12.50 CHF, -5.00 EUR" {
		t.Errorf("purchases = %q", got)
	}
}

func TestCDNOWSampleImportsAsPurchases(t *testing.T) {
	b, r := cdnowBook(t) // imported into an empty book, as importFixture would
	if r.Separator != Blanks || r.Rows != 6919 || r.New != 6919 || r.CreatedCustomers != 2357 {
		t.Errorf("report = %+v", r)
	}
	if n := bookSize(t, b); n != 2357 {
		t.Errorf("%d customers, want 2357", n)
	}
	checkCDNOWCustomer4(t, b)
	// The full cohort's file has a header and four columns; its customer
	// 00004 is the sample's, whose purchases are in the book already.
	r = mustImportFixture(t, b, Purchases, "CDNOW_master_head.txt", ImportOptions{CreateMissing: true, OnDuplicate: DuplicateSkip})
	if r.Rows != 12 || r.New != 9 || r.Skipped != 3 || r.CreatedCustomers != 3 {
		t.Errorf("master report = %+v", r)
	}
}

// checkCDNOWCustomer4 checks the sample's customer 00004: the summary of
// its four purchases and the first of them, in dollars with its quantity.
func checkCDNOWCustomer4(t *testing.T, b *Book) {
	t.Helper()
	c := customerNamed(t, b, "CDNOW 00004")
	if c.Purchases != 4 || c.TotalSpend != 10050 || !c.CreatedAt.Equal(dayUTC(1997, 1, 1)) || !c.LastPurchaseAt.Equal(dayUTC(1997, 12, 12)) {
		t.Errorf("CDNOW 00004 = %+v", c)
	}
	h, _ := b.History(context.Background(), c.ID)
	if p := h.Purchases[0]; p.Currency != "USD" || p.Note != "quantity 2" || p.Amount != 2933 {
		t.Errorf("first purchase = %+v", p)
	}
}
