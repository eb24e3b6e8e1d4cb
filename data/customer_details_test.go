package data

import (
	"context"
	"errors"
	"testing"

	"tend/lifecycle"
)

func TestACustomersDetailsAreKeptSearchedAndAudited(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Anna Weber", Phase: "retention", Details: lifecycle.Details{
		GivenName: " Anna ", FamilyName: "Weber", Salutation: "Liebe Anna", Street: "Lindenweg 4\nHinterhaus",
		Postcode: "79098", City: "Freiburg", Region: "Baden-Württemberg", Country: "DE", Language: "DE-at"}})
	c, err := b.Customer(ctx, id)
	want := lifecycle.Details{GivenName: "Anna", FamilyName: "Weber", Salutation: "Liebe Anna",
		Street: "Lindenweg 4\nHinterhaus", Postcode: "79098", City: "Freiburg", Region: "Baden-Württemberg",
		Country: "DE", Language: "de-AT"}
	if err != nil || c.Details != want {
		t.Fatalf("read back %+v, %v; want %+v", c.Details, err, want)
	}
	checkFoundBy(t, b, id, map[string]string{"freib": "city", "lindenw": "street", "79098": "postcode"})
	_, err = b.EditCustomer(ctx, id, func(c *lifecycle.Customer) error {
		c.City, c.Language = "Basel", "en"
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if hits, _ := b.Search(ctx, "freib", 5); len(hits) != 0 {
		t.Errorf("the old city is still found: %+v", hits)
	}
	checkDetailAudit(t, b, id)
	if found, err := b.Check(ctx); err != nil || len(found) != 0 {
		t.Errorf("check: %v, %v", found, err)
	}
}

// auditChanges are the customer's changes in the audit trail, the last
// of each field's, as old and new value by the field.
func auditChanges(t *testing.T, b *Book, id int64) map[string][2]string {
	t.Helper()
	h, err := b.History(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]string{}
	for _, e := range h.Audit {
		got[e.Field] = [2]string{e.Old, e.New}
	}
	return got
}

func checkDetailAudit(t *testing.T, b *Book, id int64) {
	t.Helper()
	got := auditChanges(t, b, id)
	if got["city"] != [2]string{"Freiburg", "Basel"} || got["language"] != [2]string{"de-AT", "en"} || len(got) != 2 {
		t.Errorf("audit %v; want city and language changed", got)
	}
}

func TestALanguageThatIsNoTagIsRefused(t *testing.T) {
	b := openTestBook(t)
	for _, bad := range []string{"deutsch", "e", "x-", "en_GB!"} {
		_, err := b.AddCustomer(context.Background(), lifecycle.Customer{Name: "Bad", Details: lifecycle.Details{Language: bad}})
		var coded lifecycle.Coded
		if !errors.As(err, &coded) || coded.Code() != lifecycle.CodeCustomerLanguage {
			t.Errorf("language %q: %v; want %s", bad, err, lifecycle.CodeCustomerLanguage)
		}
	}
}

func TestTheGivenNameIsTheNamesFirstWordWhenNoneIsKept(t *testing.T) {
	for _, c := range []struct{ name, given, want string }{
		{"Anna Weber", "", "Anna"}, {"  Jo  ", "", "Jo"}, {"Anna Weber", "Annette", "Annette"}, {"", "", ""},
	} {
		if got := (lifecycle.Customer{Name: c.name, Details: lifecycle.Details{GivenName: c.given}}).Given(); got != c.want {
			t.Errorf("%q/%q: %q, want %q", c.name, c.given, got, c.want)
		}
	}
}
