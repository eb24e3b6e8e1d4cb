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
