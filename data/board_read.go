package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"strings"

	"tend/lifecycle"
)

// BoardRead reads the board under one filter: the phases' counts, a
// column's page and where a card stands. Within ReadBoard they read one
// snapshot of the book.
type BoardRead struct {
	e engine
	q interface {
		querier
		execer
	}
	f Filter
	// found are the phases' counts under the filter and all those
	// without it, read once for the choice of how a column is read.
	found, all map[string]PhaseTotal
}

// PhaseTotals is Book.PhaseTotals under the read's filter.
func (r *BoardRead) PhaseTotals(ctx context.Context) (map[string]PhaseTotal, error) {
	if r.found == nil {
		found, err := phaseTotals(ctx, r.q, r.f)
		if err != nil {
			return nil, err
		}
		r.found = found
	}
	return r.found, nil
}

// Cards is Book.Cards of the phase under the read's filter.
func (r *BoardRead) Cards(ctx context.Context, phase string, offset, limit int) ([]lifecycle.Customer, error) {
	f := r.f
	f.Phase = phase
	if f.matched {
		few, err := r.fewMatches(ctx, phase, offset+limit)
		if err != nil {
			return nil, err
		}
		if few {
			return cardsOfMatches(ctx, r.q, f, offset, limit)
		}
	}
	return cards(ctx, r.q, f, offset, limit)
}

// walkPerMatch is how many entries of a column's index a walk reads in
// the time it takes to read and sort one of the matches: reading a
// customer by id and sorting it costs about ten steps of a walk, which
// reads an entry and asks the table of the matches about it.
const walkPerMatch = 10

// fewMatches reports whether a column's first cards, up to the card
// through, are read sooner from the phase's matches, sorted, than by
// walking the phase's index until as many of them are found: a search
// that few customers of a large phase match has the walk read the whole
// phase for a handful.
func (r *BoardRead) fewMatches(ctx context.Context, phase string, through int) (bool, error) {
	found, err := r.PhaseTotals(ctx)
	if err != nil {
		return false, err
	}
	if r.all == nil {
		if r.all, err = phaseTotals(ctx, r.q, Filter{}); err != nil {
			return false, err
		}
	}
	k, size := found[phase].Count, r.all[phase].Count
	if r.f.Flagged {
		size = r.all[phase].Flagged
	}
	walked := size
	if k > 0 {
		walked = min(size, through*size/k)
	}
	return k*walkPerMatch < walked, nil
}

// cardsOfMatches is cards of a read that holds its search's matches
// (f.matched), read from the phase's matches: their keys of the order
// are sorted first and only the page's customers read whole, as a
// customer's tags are read for each customer read.
func cardsOfMatches(ctx context.Context, q querier, f Filter, offset, limit int) ([]lifecycle.Customer, error) {
	order := f.boardOrder().orderBy()
	flagged := ""
	if f.Flagged {
		flagged = ` AND m.urgency > 0`
	}
	return customersWhere(ctx, q, `c.id IN (SELECT c.id FROM board_matches m CROSS JOIN customers c
		WHERE m.phase = ? AND c.id = m.id`+flagged+` ORDER BY `+order+` LIMIT ? OFFSET ?) ORDER BY `+order,
		f.Phase, limit, offset)
}

// CardIndex is Book.CardIndex under the read's filter.
func (r *BoardRead) CardIndex(ctx context.Context, id int64) (lifecycle.Customer, int, error) {
	return cardIndex(ctx, r.q, r.f, id)
}

// ReadBoard calls fn with a read of the board under f. A search of the
// active customers (by no tag or owner) is matched once for the whole
// read: the customers it finds are held in a temporary table of the
// read's connection, and the counts, the card's place and every column
// read through it. Asking each of them to match the search again took seven
// searches a key of the board's / filter. One or two characters that many
// customers hold are not held but counted (see readCommonSearch).
func (b *Book) ReadBoard(ctx context.Context, f Filter, fn func(*BoardRead) error) error {
	f = b.filtered(f)
	s := strings.TrimSpace(f.Search)
	if s == "" || f.Archived || f.Tag != "" || f.Owner != "" {
		return b.readBoardOnOne(ctx, f, fn)
	}
	// Counting a common short search walks SQLite's indexes by name; a
	// server holds its matches.
	if !indexAnswers(s) && b.engine.onFile() {
		share, err := searchTextShare(ctx, b.reader, s)
		if err != nil {
			return lifecycle.Problemf(CodeCountBoard, nil, "read the board: %w", describe(err))
		}
		if share >= commonShare {
			return b.readCommonSearch(ctx, f, share, fn)
		}
	}
	conn, err := b.reader.Conn(ctx)
	if err != nil {
		return lifecycle.Problemf(CodeCountBoard, nil, "read the board: %w", describe(err))
	}
	defer conn.Close()
	tx, err := holdMatches(ctx, conn, b.engine, s)
	if err != nil {
		return lifecycle.Problemf(CodeCountBoard, nil, "read the board: %w", describe(err))
	}
	defer tx.Rollback() // which drops the table of the matches
	f.Search, f.matched = "", true
	return fn(&BoardRead{e: b.engine, q: tx, f: f})
}

// readBoardOnOne calls fn with a read of the board under f, which holds no
// search, on one connection of a server's, so that statements may be sent
// ahead on it; a file's are read from its pool.
func (b *Book) readBoardOnOne(ctx context.Context, f Filter, fn func(*BoardRead) error) error {
	if b.engine.onFile() {
		return fn(&BoardRead{e: b.engine, q: b.reader, f: f})
	}
	conn, err := b.reader.Conn(ctx)
	if err != nil {
		return lifecycle.Problemf(CodeCountBoard, nil, "read the board: %w", describe(err))
	}
	defer conn.Close()
	return fn(&BoardRead{e: b.engine, q: conn, f: f})
}

// holdMatches begins a read on conn and fills board_matches in it with the
// ids of the customers the search s matches. The table is the only thing
// the read writes: the connection's guard against writes is lifted for its
// filling alone (a file's query_only, a server's read-only transaction),
// and the rollback that ends the read drops it.
func holdMatches(ctx context.Context, conn *sql.Conn, e engine, s string) (*sql.Tx, error) {
	if !e.onFile() {
		return fillMatchesIn(ctx, conn, e, s, `SET TRANSACTION READ WRITE`, `SET TRANSACTION READ ONLY`)
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA query_only = 0"); err != nil {
		return nil, err
	}
	tx, err := fillMatchesIn(ctx, conn, e, s, "", "")
	if _, guard := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA query_only = 1"); guard != nil {
		// A reader that could write goes back to no one.
		conn.Raw(func(any) error { return driver.ErrBadConn })
		if err == nil {
			tx.Rollback()
		}
		return nil, guard
	}
	return tx, err
}

// fillMatchesIn begins a transaction on conn and fills board_matches in
// it, after the statement lift and before guard ("" for none); on a
// failure it ends it.
func fillMatchesIn(ctx context.Context, conn *sql.Conn, e engine, s, lift, guard string) (*sql.Tx, error) {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	if lift != "" {
		_, err = tx.ExecContext(ctx, lift)
	}
	if err == nil {
		err = fillMatches(ctx, tx, e, s)
	}
	if err == nil && guard != "" {
		_, err = tx.ExecContext(ctx, guard)
	}
	if err != nil {
		tx.Rollback()
		return nil, err
	}
	return tx, nil
}

// fillMatches creates board_matches and fills it with the active customers
// the search s matches, with what a column's header counts of them: from
// the search index, or for one or two characters from the index of the
// active customers' search text, which is a fifth of their rows. The ids
// go in in their order, which took a third of the time of adding them in
// the order of the search text.
func fillMatches(ctx context.Context, tx *sql.Tx, e engine, s string) error {
	if _, err := tx.ExecContext(ctx, e.matchesTable()); err != nil {
		return err
	}
	cond, arg := searchCondition(e, s)
	query := `INSERT INTO board_matches SELECT c.id, c.phase, c.value_cents, c.urgency
		FROM customers c INDEXED BY customers_search_text WHERE c.archived_at IS NULL AND ` + cond + ` ORDER BY c.id`
	if indexAnswers(s) {
		matches, _ := e.customerMatches(s)
		query = `INSERT INTO board_matches SELECT c.id, c.phase, c.value_cents, c.urgency
			FROM (` + matches + `) AS f CROSS JOIN customers c INDEXED BY customers_board_sums
			WHERE c.id = f.id AND c.archived_at IS NULL`
	}
	_, err := tx.ExecContext(ctx, query, arg)
	return err
}
