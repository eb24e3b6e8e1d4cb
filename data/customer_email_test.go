package data

import (
	"context"
	"errors"
	"strings"
	"testing"

	"tend/lifecycle"
)

func TestASecondCustomerWithOneEmailIsRefused(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	anna := addCustomer(t, b, lifecycle.Customer{Name: "Anna Schmidt", Email: "anna@example.org"})
	var taken *EmailTakenError
	for _, email := range []string{"anna@example.org", " ANNA@Example.org "} {
		_, err := b.AddCustomer(ctx, lifecycle.Customer{Name: "Anna S.", Email: email})
		if !errors.As(err, &taken) || taken.Holder.ID != anna || err.Error() != strings.TrimSpace(email)+" is already the e-mail of Anna Schmidt (#1)" {
			t.Errorf("add with %q: %v; want it refused, naming Anna", email, err)
		}
	}
	if n, _ := b.CountCustomers(ctx, Filter{}); n != 1 {
		t.Errorf("%d customers after the refusals, want 1", n)
	}
	bob := addCustomer(t, b, lifecycle.Customer{Name: "Bob"})
	addCustomer(t, b, lifecycle.Customer{Name: "Carla"}) // no e-mail clashes with none
	_, err := b.EditCustomer(ctx, bob, func(c *lifecycle.Customer) error { c.Email = "Anna@example.org"; return nil })
	if !errors.As(err, &taken) || taken.Holder.ID != anna {
		t.Errorf("edit Bob to Anna's e-mail: %v; want it refused", err)
	}
	if got, _ := b.Customer(ctx, bob); got.Email != "" {
		t.Errorf("Bob's e-mail is %q after the refusal", got.Email)
	}
	if _, err := b.EditCustomer(ctx, anna, func(c *lifecycle.Customer) error { c.Email = "ANNA@example.org"; return nil }); err != nil {
		t.Errorf("Anna's own e-mail in capitals: %v", err)
	}
}

func TestABookWithTwoCustomersOnOneEmailStillWorks(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	first := addCustomer(t, b, lifecycle.Customer{Name: "Anna", Email: "anna@example.org"})
	second := addSharingEmail(t, b, lifecycle.Customer{Name: "Anne", Email: "anna@example.org"})
	for _, id := range []int64{first, second} {
		if _, err := b.EditCustomer(ctx, id, func(c *lifecycle.Customer) error { c.Phone = "+49 30 1"; return nil }); err != nil {
			t.Errorf("edit the phone of #%d: %v", id, err)
		}
	}
	var amb *AmbiguousError
	if _, err := b.Resolve(ctx, "anna@example.org"); !errors.As(err, &amb) {
		t.Errorf("Resolve(the shared e-mail) = %v; want an ambiguity", err)
	}
}

// addSharingEmail adds c with an e-mail address another customer may have
// already, as books written before e-mails had to differ hold them.
func addSharingEmail(t *testing.T, b *Book, c lifecycle.Customer) int64 {
	t.Helper()
	email := c.Email
	c.Email = ""
	id := addCustomer(t, b, c)
	if _, err := b.writer.ExecContext(context.Background(), `UPDATE customers SET email = ? WHERE id = ?`, email, id); err != nil {
		t.Fatal(err)
	}
	return id
}
