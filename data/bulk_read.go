package data

import (
	"context"
	"encoding/json"

	"tend/lifecycle"
)

// OnBoard returns those customers of ids that are still in the book and
// not archived, as stored now, in the order of ids: what is left of a set
// the user marked after other writers changed the book. They are read in
// one statement, however many they are.
func (b *Book) OnBoard(ctx context.Context, ids []int64) ([]lifecycle.Customer, error) {
	return onBoard(ctx, b.reader, b.engine, ids)
}

func onBoard(ctx context.Context, q querier, e engine, ids []int64) ([]lifecycle.Customer, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	found, err := customersWhere(ctx, q, `c.id IN (`+e.idsIn("?")+`) AND c.archived_at IS NULL`, string(list))
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]lifecycle.Customer, len(found))
	for _, c := range found {
		byID[c.ID] = c
	}
	out := make([]lifecycle.Customer, 0, len(found))
	for _, id := range ids {
		if c, ok := byID[id]; ok {
			out = append(out, c)
			delete(byID, id) // an id given twice comes once
		}
	}
	return out, nil
}
