package data

import (
	"context"
	"time"

	"tend/lifecycle"
)

// BoardAsk is what a read of the whole board (ReadWholeBoard) will read
// beside the phases' counts, so that a server book is sent it all at once.
type BoardAsk struct {
	// Columns are the windows of the columns the read reads.
	Columns []ColumnAsk
	// Marked are the marked customers the read looks up (OnBoard).
	Marked []int64
	// Today is the day whose follow-ups the read counts.
	Today time.Time
	// Facts asks for the book's facts too: its archived customers, its
	// currency and the follow-ups due (see BoardRead.FollowUpCounts).
	Facts bool
}

// ColumnAsk is a window of a board column: its phase's cards from a card
// on.
type ColumnAsk struct {
	Phase       string
	From, Limit int
}

// ReadWholeBoard is ReadBoard for a read that also reads what the board
// shows beside its columns (the lifecycle, the reasons, the book's
// counts). On a server book what ask names is sent in one round trip,
// over the one connection the read is made on.
func (b *Book) ReadWholeBoard(ctx context.Context, f Filter, ask BoardAsk, fn func(*BoardRead) error) error {
	return b.ReadBoard(ctx, f, func(r *BoardRead) error {
		if err := b.engine.sendAhead(ctx, r.q, r.ahead(ask)); err != nil {
			return lifecycle.Problemf(CodeCountBoard, nil, "read the board: %w", describe(err))
		}
		return fn(r)
	})
}

// ahead are the statements of the read that ask names.
func (r *BoardRead) ahead(ask BoardAsk) []statement {
	stmts := []statement{{query: lifecycleQuery}, {query: moveReasonsQuery}, {query: boardCountQuery}}
	if ask.Facts {
		stmts = append(stmts, statement{query: archivedQuery}, statement{query: currencyQuery}, followUpCountsRead(ask.Today))
	}
	if len(ask.Marked) > 0 {
		stmts = append(stmts, onBoardRead(r.e, ask.Marked))
	}
	if r.f.matched || r.found != nil {
		// A search's columns are read as its counts tell.
		return stmts
	}
	stmts = append(stmts, phaseTotalsRead(r.f))
	for _, c := range ask.Columns {
		f := r.f
		f.Phase = c.Phase
		where, args := cardsWhere(f, c.From, c.Limit)
		stmts = append(stmts, statement{customersQuery(where), args})
	}
	return stmts
}

// Lifecycle is Book.Lifecycle in the read.
func (r *BoardRead) Lifecycle(ctx context.Context) (lifecycle.Lifecycle, error) {
	return readLifecycle(ctx, r.q)
}

// MoveReasons is Book.MoveReasons in the read.
func (r *BoardRead) MoveReasons(ctx context.Context) ([]lifecycle.MoveReason, error) {
	return moveReasons(ctx, r.q)
}

// CountBoard counts the customers on the board, as Book.CountCustomers
// does without a filter.
func (r *BoardRead) CountBoard(ctx context.Context) (int, error) {
	return countCustomers(ctx, r.q, Filter{})
}

// CountArchived is Book.CountArchived in the read.
func (r *BoardRead) CountArchived(ctx context.Context) (int, error) { return countArchived(ctx, r.q) }

// Currency is Book.Currency in the read.
func (r *BoardRead) Currency(ctx context.Context) (string, error) { return bookCurrency(ctx, r.q) }

// FollowUpCounts is Book.FollowUpCounts in the read.
func (r *BoardRead) FollowUpCounts(ctx context.Context, today time.Time) (due, overdue int, err error) {
	return followUpCounts(ctx, r.q, today)
}

// OnBoard is Book.OnBoard in the read.
func (r *BoardRead) OnBoard(ctx context.Context, ids []int64) ([]lifecycle.Customer, error) {
	return onBoard(ctx, r.q, r.e, ids)
}

// ReadStart reads what a board is laid out by, the lifecycle, and the
// owner name of the book's user (Me), in one round trip on a server.
func (b *Book) ReadStart(ctx context.Context) (lc lifecycle.Lifecycle, me string, err error) {
	if b.engine.onFile() {
		if lc, err = b.Lifecycle(ctx); err == nil {
			me, err = b.Me(ctx)
		}
		return lc, me, err
	}
	conn, err := b.reader.Conn(ctx)
	if err != nil {
		return lc, me, lifecycle.Problemf(CodeReadLifecycle, nil, "read the lifecycle: %w", describe(err))
	}
	defer conn.Close()
	key, user := b.meKey(), b.User()
	err = b.engine.sendAhead(ctx, conn, []statement{{query: lifecycleQuery}, {settingQuery, []any{key}}})
	if err == nil {
		lc, err = readLifecycle(ctx, conn)
	}
	if err == nil {
		me, err = setting(ctx, conn, key, user)
	}
	return lc, me, err
}
