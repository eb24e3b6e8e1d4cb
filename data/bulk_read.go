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

// onBoardRead is the statement that reads the customers of ids on the
// board: the ids go as one JSON list, so that any number of them is one
// statement with one value.
func onBoardRead(e engine, ids []int64) statement {
	list, _ := json.Marshal(ids) // a list of numbers always marshals
	return statement{customersQuery(onBoardWhere(e)), []any{string(list)}}
}

// onBoardWhere lets through the customers of a JSON list of ids who are
// not archived.
func onBoardWhere(e engine) string {
	return `c.id IN (` + e.idsIn("?") + `) AND c.archived_at IS NULL`
}

func onBoard(ctx context.Context, q querier, e engine, ids []int64) ([]lifecycle.Customer, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	s := onBoardRead(e, ids)
	found, err := customersWhere(ctx, q, onBoardWhere(e), s.args...)
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
