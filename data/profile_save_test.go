package data

import (
	"context"
	"errors"
	"testing"

	"tend/lifecycle"
)

func TestSaveProfileRefusesToOverwriteAChangeMadeElsewhere(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Email: "ada@a.de"})
	before, _ := b.Customer(ctx, id)
	// Another tend saves a new phone number meanwhile...
	if _, err := b.EditCustomer(ctx, id, func(c *lifecycle.Customer) error { c.Phone = "+49 1"; return nil }); err != nil {
		t.Fatal(err)
	}
	// ...and a contact, which is no change of the profile.
	contactAt(t, b, id, testNow.Add(-1), lifecycle.Neutral, false, testNow.AddDate(0, 0, 1))
	mine := before
	mine.Email = "ada@b.de"
	_, err := b.SaveProfile(ctx, before, mine)
	var changed *ChangedError
	if !errors.As(err, &changed) || len(changed.Changes) != 1 || changed.Changes[0] != "phone now +49 1" {
		t.Fatalf("save over a change made elsewhere: %v", err)
	}
	if c, _ := b.Customer(ctx, id); c.Email != "ada@a.de" || c.Phone != "+49 1" {
		t.Errorf("the refused save wrote: %+v", c)
	}
	saved, err := b.SaveProfile(ctx, changed.Current, mine)
	if err != nil || saved.Email != "ada@b.de" || saved.Phone != "" {
		t.Errorf("keeping mine over theirs: %+v, %v", saved, err)
	}
}
