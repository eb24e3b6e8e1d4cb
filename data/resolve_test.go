package data

import (
	"context"
	"errors"
	"testing"

	"tend/lifecycle"
)

func TestResolveReadsIdsAndNamesThatAreNumbers(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	ana := addCustomer(t, b, lifecycle.Customer{Name: "Ana"})
	bob := addCustomer(t, b, lifecycle.Customer{Name: "Bob"})
	named := addCustomer(t, b, lifecycle.Customer{Name: "1"}) // a customer named as Ana's id
	tests := []struct {
		ref  string
		want int64
	}{
		{"#1", ana}, {" #1 ", ana}, {"id:1", ana}, {"ID:1", ana}, {"id: 1", ana},
		{"1", named}, // the name wins over the id
		{"2", bob},   // no one has that name: the id
		{"#2", bob},
		{"#3", named}, {"3", named},
	}
	for _, tt := range tests {
		if got, err := b.Resolve(ctx, tt.ref); err != nil || got.ID != tt.want {
			t.Errorf("Resolve(%q) = #%d, %v; want #%d", tt.ref, got.ID, err, tt.want)
		}
	}
	for _, ref := range []string{"#9", "id:9", "9"} {
		if _, err := b.Resolve(ctx, ref); !errors.Is(err, ErrNotFound) {
			t.Errorf("Resolve(%q) = %v; want not found", ref, err)
		}
	}
	addCustomer(t, b, lifecycle.Customer{Name: "1"})
	var amb *AmbiguousError
	if _, err := b.Resolve(ctx, "1"); !errors.As(err, &amb) || len(amb.Matches) != 2 {
		t.Errorf("Resolve(1) with two customers named 1 = %v; want an ambiguity", err)
	}
	if got, err := b.Resolve(ctx, "#1"); err != nil || got.ID != ana {
		t.Errorf("Resolve(#1) = #%d, %v; want Ana", got.ID, err)
	}
}

// TestResolveFoldsAccentsWhenNothingMatchesAsTyped finds a customer by a
// part of the name typed without its accents, as the search does, when
// no customer holds the part as typed; two such are an ambiguity that
// names both, and a customer that holds it as typed wins.
func TestResolveFoldsAccentsWhenNothingMatchesAsTyped(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	joerg := addCustomer(t, b, lifecycle.Customer{Name: "Jörg Müller", Company: "Zoë Café GmbH"})
	addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace"})
	for _, ref := range []string{"muller", "MULLER", "jorg mul", "zoe cafe", "Müller"} {
		if got, err := b.Resolve(ctx, ref); err != nil || got.ID != joerg {
			t.Errorf("Resolve(%q) = #%d, %v; want Jörg Müller", ref, got.ID, err)
		}
	}
	if _, err := b.Resolve(ctx, "mu"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Resolve(mu) = %v; want not found: two letters are matched as typed", err)
	}
	anna := addCustomer(t, b, lifecycle.Customer{Name: "Anna Müller"})
	var amb *AmbiguousError
	if _, err := b.Resolve(ctx, "muller"); !errors.As(err, &amb) || len(amb.Matches) != 2 ||
		amb.Matches[0].ID != anna || amb.Matches[1].ID != joerg {
		t.Errorf("Resolve(muller) with two Müllers = %v; want an ambiguity naming both", err)
	}
	plain := addCustomer(t, b, lifecycle.Customer{Name: "Hans Muller"})
	if got, err := b.Resolve(ctx, "muller"); err != nil || got.ID != plain {
		t.Errorf("Resolve(muller) beside Hans Muller = #%d, %v; want Hans Muller, who holds it as typed", got.ID, err)
	}
}
