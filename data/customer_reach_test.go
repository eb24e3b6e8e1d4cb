package data

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"tend/lifecycle"
)

func TestOtherEmailsAndPhonesAreKeptSearchedAndAudited(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Anna Weber", Email: "anna@weber.de", Phone: "+49 30 1234", Phase: "retention",
		OtherEmails: []string{" anna.privat@gmx.de ", "ANNA@weber.de", "", "anna.privat@GMX.de", "a.weber@verein.org"},
		OtherPhones: []string{"+49-30-1234", "0171 555 666"}})
	c, err := b.Customer(ctx, id)
	if err != nil || !slices.Equal(c.OtherEmails, []string{"anna.privat@gmx.de", "a.weber@verein.org"}) ||
		!slices.Equal(c.OtherPhones, []string{"0171 555 666"}) {
		t.Fatalf("read back %q, %q, %v; want the others trimmed, without the primary and without twins", c.OtherEmails, c.OtherPhones, err)
	}
	checkFoundBy(t, b, id, map[string]string{"verein.org": "email", "555 666": "phone"})
	_, err = b.EditCustomer(ctx, id, func(c *lifecycle.Customer) error {
		c.RemoveEmail("Anna@Weber.de")
		c.RemovePhone("0171555666")
		c.OtherPhones = append(c.OtherPhones, "+41 44 000")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	c, _ = b.Customer(ctx, id)
	if c.Email != "anna.privat@gmx.de" || !slices.Equal(c.OtherEmails, []string{"a.weber@verein.org"}) ||
		c.Phone != "+49 30 1234" || !slices.Equal(c.OtherPhones, []string{"+41 44 000"}) {
		t.Errorf("after the edit: %q %q, %q %q; want the next e-mail primary", c.Email, c.OtherEmails, c.Phone, c.OtherPhones)
	}
	if hits, _ := b.Search(ctx, "555 666", 5); len(hits) != 0 {
		t.Errorf("the removed phone is still found: %+v", hits)
	}
	checkOthersAudit(t, b, id)
	if found, err := b.Check(ctx); err != nil || len(found) != 0 {
		t.Errorf("check: %v, %v", found, err)
	}
}

// checkFoundBy fails unless each query finds the customer id alone, by
// the field given.
func checkFoundBy(t *testing.T, b *Book, id int64, fields map[string]string) {
	t.Helper()
	for query, field := range fields {
		hits, err := b.Search(context.Background(), query, 5)
		if err != nil || len(hits) != 1 || hits[0].CustomerID != id || hits[0].Field != field {
			t.Errorf("search %q: %+v, %v; want the customer by its %s", query, hits, err, field)
		}
	}
}

func checkOthersAudit(t *testing.T, b *Book, id int64) {
	t.Helper()
	got := auditChanges(t, b, id)
	if got["other e-mails"] != [2]string{"anna.privat@gmx.de, a.weber@verein.org", "a.weber@verein.org"} ||
		got["other phones"] != [2]string{"0171 555 666", "+41 44 000"} || got["e-mail"][1] != "anna.privat@gmx.de" {
		t.Errorf("audit %q; want the other e-mails, the other phones and the e-mail changed", got)
	}
}

func TestABadOtherEmailOrPhoneIsRefused(t *testing.T) {
	b := openTestBook(t)
	many := make([]string, lifecycle.MaxOthers+1)
	for i := range many {
		many[i] = strings.Repeat("1", i+1)
	}
	for code, c := range map[string]lifecycle.Customer{
		lifecycle.CodeCustomerEmail:      {Name: "A", Email: "a@b.de", OtherEmails: []string{"kein-at"}},
		lifecycle.CodeCustomerPhone:      {Name: "B", OtherPhones: []string{"1", "2\x00"}},
		lifecycle.CodeCustomerOthersMany: {Name: "C", Phone: "0", OtherPhones: many},
		lifecycle.CodeLimit:              {Name: "D", Email: "d@b.de", OtherEmails: []string{strings.Repeat("x", 600) + "@b.de"}},
	} {
		_, err := b.AddCustomer(context.Background(), c)
		var coded lifecycle.Coded
		if !errors.As(err, &coded) || coded.Code() != code {
			t.Errorf("%s: %v; want %s", c.Name, err, code)
		}
	}
}

func TestImportReadsOtherEmailsAndPhonesFromSeveralColumnsAndExportsThemBack(t *testing.T) {
	b := openTestBook(t)
	text := "Name,E-Mail,E-Mail 2,E-Mail 3,Telefon,Mobil,Weitere Telefonnummern\n" +
		"Jörg Müller,jm@firma.de,jm@privat.de,\"j@a.de; j@b.de\",030 1,0170 2,\"0171 3\n0172 4\"\n" +
		"Ohne Erste,,nur@zweite.de,,,,\n"
	r := mustImportText(t, b, Customers, text, ImportOptions{})
	if r.New != 2 || len(r.Ignored) != 0 {
		t.Fatalf("report %+v; want 2 new and no column left out", r)
	}
	j := customerNamed(t, b, "jm@firma.de")
	if !slices.Equal(j.OtherEmails, []string{"jm@privat.de", "j@a.de", "j@b.de"}) ||
		!slices.Equal(j.OtherPhones, []string{"0170 2", "0171 3", "0172 4"}) {
		t.Errorf("Müller: %q, %q", j.OtherEmails, j.OtherPhones)
	}
	if o := customerNamed(t, b, "Ohne Erste"); o.Email != "nur@zweite.de" || len(o.OtherEmails) != 0 {
		t.Errorf("a customer with only a second e-mail: %q %q; want it primary", o.Email, o.OtherEmails)
	}
	var out bytes.Buffer
	if _, err := b.Export(context.Background(), Customers, CSV, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "jm@privat.de; j@a.de; j@b.de") {
		t.Errorf("the export does not list the other e-mails in one cell:\n%s", out.String())
	}
	again := openTestBook(t)
	mustImportText(t, again, Customers, out.String(), ImportOptions{})
	back := customerNamed(t, again, "jm@firma.de")
	if !slices.Equal(back.OtherEmails, j.OtherEmails) || !slices.Equal(back.OtherPhones, j.OtherPhones) {
		t.Errorf("after export and import: %q, %q; want %q, %q", back.OtherEmails, back.OtherPhones, j.OtherEmails, j.OtherPhones)
	}
}

func TestCheckFindsOtherEmailsTendWouldNotWrite(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Von Hand", Email: "a@b.de", Phase: "retention"})
	if _, err := b.writer.ExecContext(ctx, `UPDATE customers SET other_emails = ? WHERE id = ?`, "A@b.de\nkaputt", id); err != nil {
		t.Fatal(err)
	}
	found, err := b.Check(ctx)
	var coded lifecycle.Coded
	if err != nil || len(found) != 1 || !errors.As(found[0], &coded) || coded.Code() != CodeCheckOthers {
		t.Errorf("check: %v, %v; want one finding %s", found, err, CodeCheckOthers)
	}
}

func TestContactsAndPurchasesFindTheirCustomerByAnOtherEmail(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	anna := addCustomer(t, b, lifecycle.Customer{Name: "Anna Schmidt", Email: "anna@a.example",
		OtherEmails: []string{"A_S@Laden.example", "jürgen@müller.example"}})
	for _, name := range []string{"Bob", "Carl"} {
		addCustomer(t, b, lifecycle.Customer{Name: name, Email: strings.ToLower(name) + "@b.example", OtherEmails: []string{"office@b.example"}})
	}
	mustImportText(t, b, Contacts, "customer_email,at,summary\n"+
		"a_s@laden.example,2026-01-02,called\nJÜRGEN@MÜLLER.example,2026-01-03,wrote\n", ImportOptions{})
	mustImportText(t, b, Purchases, "customer_id,customer_email,at,amount\n"+
		fmt.Sprint(anna)+",A_S@LADEN.EXAMPLE,2026-01-04,12.50\n", ImportOptions{})
	h, err := b.History(ctx, anna)
	if err != nil || len(h.Contacts) != 2 || len(h.Purchases) != 1 {
		t.Errorf("Anna's history: %d contacts, %d purchases, %v; want 2 and 1", len(h.Contacts), len(h.Purchases), err)
	}
	// An address two customers keep as another names neither.
	_, err = importText(t, b, Contacts, "customer_email,at,summary\noffice@b.example,2026-01-05,who?\n", ImportOptions{})
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Rows) != 1 || !hasCode(ie.Rows[0].Err, CodeAmbiguousRef) {
		t.Errorf("a row naming two customers' other e-mail: %v", err)
	}
}
