package data

import (
	"context"
	"testing"

	"tend/lifecycle"
)

// TestReadingsOfTheWholeBookArePaced checks that the full scoring and the
// insights each start the pace the process handed the book, and end it.
func TestReadingsOfTheWholeBookArePaced(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "retention", CreatedAt: daysBefore(100)})
	buyAt(t, b, id, daysBefore(50), 1000)
	var begun, ended int
	b.WholeReading = func() func() {
		begun++
		return func() { ended++ }
	}
	if _, err := b.Rescore(ctx); err != nil {
		t.Fatal(err)
	}
	if begun != 1 || ended != 1 {
		t.Errorf("the scoring began %d paced readings and ended %d, want 1 and 1", begun, ended)
	}
	if _, err := b.Insights(ctx, insightsQuery(b), nil); err != nil {
		t.Fatal(err)
	}
	if begun != 2 || ended != 2 {
		t.Errorf("with the insights %d paced readings began and %d ended, want 2 and 2", begun, ended)
	}
}
