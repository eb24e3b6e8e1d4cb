package data

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"tend/lifecycle"
)

// TestAListingComesWholeInBatchesAndStopsWhenAsked: a listing longer
// than the server's first batches comes whole and in order (on a file in
// one walk); a reader that stops gets its own error back, and the book
// goes on as before.
func TestAListingComesWholeInBatchesAndStopsWhenAsked(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	var want []string
	for i := range firstFetch*5 + 7 {
		name := fmt.Sprintf("Customer %03d", i)
		addCustomer(t, b, lifecycle.Customer{Name: name, Phase: "retention"})
		want = append(want, name)
	}
	var got []string
	err := b.EachCustomer(ctx, Filter{Phase: "retention"}, func(c lifecycle.Customer) error {
		got = append(got, c.Name)
		return nil
	})
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("listed %d customers (%v), want %d in order by name", len(got), err, len(want))
	}

	stop := errors.New("the pipe closed")
	read := 0
	err = b.EachCustomer(ctx, Filter{Phase: "retention"}, func(lifecycle.Customer) error {
		read++
		return stop
	})
	if err != stop || read != 1 {
		t.Fatalf("a reader that stopped at once read %d and got %v, want 1 and its own error", read, err)
	}
	addCustomer(t, b, lifecycle.Customer{Name: "After", Phase: "retention"})
	if n, err := b.CountCustomers(ctx, Filter{Phase: "retention"}); err != nil || n != len(want)+1 {
		t.Fatalf("after the stopped listing: %d customers (%v), want %d", n, err, len(want)+1)
	}
}
