package data

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"testing"

	"tend/lifecycle"
)

// countingQuerier counts the statements run through it.
type countingQuerier struct {
	q querier
	n int
}

func (c *countingQuerier) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	c.n++
	return c.q.QueryContext(ctx, query, args...)
}

func (c *countingQuerier) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	c.n++
	return c.q.QueryRowContext(ctx, query, args...)
}

// TestTheMarkedAreReadInOneStatement reads what is left of sets of marks
// of growing size: one statement each, the archived and the forgotten left
// out, the others in the order asked and each once.
func TestTheMarkedAreReadInOneStatement(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	var ids []int64
	for i := range 12 {
		ids = append(ids, addCustomer(t, b, lifecycle.Customer{Name: fmt.Sprintf("Marked %02d", i), Phase: "awareness"}))
	}
	if err := b.Archive(ctx, ids[3], false); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 2, 12} {
		asked := slices.Clone(ids[:n])
		slices.Reverse(asked)
		asked = append(asked, 1<<40, asked[0]) // one the book never held, one twice
		q := &countingQuerier{q: b.reader}
		got, err := onBoard(ctx, q, b.engine, asked)
		if err != nil {
			t.Fatal(err)
		}
		if q.n != 1 {
			t.Errorf("%d marks took %d statements, want 1", n, q.n)
		}
		var want, gotIDs []int64
		for _, id := range asked[:n] {
			if id != ids[3] {
				want = append(want, id)
			}
		}
		for _, c := range got {
			gotIDs = append(gotIDs, c.ID)
		}
		if !slices.Equal(gotIDs, want) {
			t.Errorf("%d marks: on the board are %v, want %v", n, gotIDs, want)
		}
	}
	if got, err := b.OnBoard(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("no marks: %v, %v", got, err)
	}
}
