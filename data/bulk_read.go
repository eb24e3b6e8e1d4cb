package data

import (
	"context"
	"errors"

	"tend/lifecycle"
)

// OnBoard returns those customers of ids that are still in the book and
// not archived, as stored now, in the order of ids: what is left of a set
// the user marked after other writers changed the book.
func (b *Book) OnBoard(ctx context.Context, ids []int64) ([]lifecycle.Customer, error) {
	return onBoard(ctx, b.reader, ids)
}

func onBoard(ctx context.Context, q querier, ids []int64) ([]lifecycle.Customer, error) {
	var out []lifecycle.Customer
	for _, id := range ids {
		c, err := customerByID(ctx, q, id)
		var gone NotFoundError
		switch {
		case errors.As(err, &gone):
			continue
		case err != nil:
			return nil, err
		case !c.Archived():
			out = append(out, c)
		}
	}
	return out, nil
}
