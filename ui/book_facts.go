package ui

import (
	"context"
	"time"

	"tend/ui/words"
)

// bookFacts are what the screens say of the whole book beside the board,
// read with it, though no filter changes them: a read of the board reads
// them again only after a change of the book was heard of, or on a new
// day (see Model.changes).
type bookFacts struct {
	archived int    // customers archived, off the board
	currency string // the one currency of every purchase, or ""
	// due and overdue count the open follow-ups due today and overdue.
	due, overdue int
}

// factsReader reads the book's facts: a book, or a read of the board.
type factsReader interface {
	CountArchived(ctx context.Context) (int, error)
	Currency(ctx context.Context) (string, error)
	FollowUpCounts(ctx context.Context, today time.Time) (due, overdue int, err error)
}

// readBookFacts reads the book's facts, its follow-ups as of today.
func readBookFacts(ctx context.Context, b factsReader, today time.Time) (bookFacts, error) {
	var f bookFacts
	var err error
	if f.archived, err = b.CountArchived(ctx); err != nil {
		return f, err
	}
	if f.currency, err = b.Currency(ctx); err != nil {
		return f, err
	}
	f.due, f.overdue, err = b.FollowUpCounts(ctx, today)
	return f, err
}

// customerCount says how many customers the book holds on the board, and
// how many more it keeps archived, so that the count of a book whose
// customers were archived does not read as customers lost.
func (m *Model) customerCount() string {
	if m.facts.archived > 0 {
		return words.N("book.count.customers-archived", m.count, words.V{"Archived": words.Number(m.facts.archived)})
	}
	return words.N("count.customers", m.count)
}
