package data

import (
	"context"
	"slices"
	"testing"

	"tend/lifecycle"
)

// TestOwnersAndTagsListTheActiveCustomersOnce checks the insights' filter
// choices: each owner and tag of a customer on the book once, whatever its
// case, sorted, without the empty owner and without archived customers'.
func TestOwnersAndTagsListTheActiveCustomersOnce(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "awareness", Owner: "ben", Tags: []string{"vip", "Nord"}})
	addCustomer(t, b, lifecycle.Customer{Name: "Bo", Phase: "awareness", Owner: "Anna", Tags: []string{"VIP"}})
	addCustomer(t, b, lifecycle.Customer{Name: "Cy", Phase: "awareness"})
	gone := addCustomer(t, b, lifecycle.Customer{Name: "Di", Phase: "awareness", Owner: "Zoe", Tags: []string{"old"}})
	if err := b.Archive(ctx, gone, false); err != nil {
		t.Fatal(err)
	}
	owners, err := b.Owners(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Anna", "ben"}; !slices.Equal(owners, want) {
		t.Errorf("owners %q, want %q", owners, want)
	}
	tags, err := b.Tags(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(tags) != 2 || tags[0] != "Nord" || !slices.Contains([]string{"vip", "VIP"}, tags[1]) {
		t.Errorf("tags %q, want Nord and vip once", tags)
	}
}
