package data

import (
	"context"
	"database/sql/driver"
	"errors"
	"reflect"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// statement is a query with its arguments, as the store runs it.
type statement struct {
	query string
	args  []any
}

// aheadRequest is a list of statements that a read, or a write in its
// transaction, will run in that order, handed through the connection or
// transaction to its server connection (as a copyRequest is), which sends
// them in one round trip, one pipeline, and keeps their answers; each
// statement, when it is run, is answered from there. A server answered a
// board's first read of some seventeen statements one after another, and
// each round trip waits for the server's turn, and then for tend's.
type aheadRequest struct{ stmts []statement }

// aheadStatement marks the statement that carries an aheadRequest.
const aheadStatement = "-- tend: statements ahead"

func (postgresEngine) sendAhead(ctx context.Context, ex execer, stmts []statement) error {
	if len(stmts) == 0 {
		return nil
	}
	_, err := ex.ExecContext(ctx, aheadStatement, &aheadRequest{stmts: stmts})
	return err
}

// aheadAnswer is what the server answered to a statement sent ahead.
type aheadAnswer struct {
	stmt statement
	rows *heldRows
	err  error
}

// sendAhead sends the request's statements in one pipeline and keeps
// their answers, each statement's error among them, for the statements
// as they are run; one that has an answer waiting already is not sent
// again. What a statement was not sent ahead for goes to the server as
// ever.
func (c *serverConn) sendAhead(ctx context.Context, req *aheadRequest) (driver.Result, error) {
	conn, err := c.pgx("send statements ahead")
	if err != nil {
		return nil, err
	}
	batch := &pgx.Batch{}
	var sent []statement
	for _, s := range req.stmts {
		if c.waiting(s) {
			continue
		}
		args := make([]any, len(s.args))
		for i, a := range s.args {
			args[i] = asStored(a)
		}
		batch.Queue(numberedPlaceholders(s.query), args...)
		sent = append(sent, s)
	}
	if len(sent) == 0 {
		return driver.RowsAffected(0), nil
	}
	results := conn.SendBatch(ctx, batch)
	for _, s := range sent {
		rows, err := holdRows(conn, results)
		if err != nil && c.failed == nil && !transactionAborted(err) {
			c.failed = err
		}
		c.ahead = append(c.ahead, aheadAnswer{stmt: s, rows: rows, err: err})
	}
	results.Close()
	return driver.RowsAffected(0), nil
}

// waiting tells whether the statement has an answer waiting.
func (c *serverConn) waiting(s statement) bool {
	stored := make([]any, len(s.args))
	for i, a := range s.args {
		stored[i] = asStored(a)
	}
	return c.aheadOf(s.query, stored) >= 0
}

// aheadOf is where the answer to the query with args, as the connection
// stores them, waits in c.ahead; -1 where none does.
func (c *serverConn) aheadOf(query string, stored []any) int {
	return slices.IndexFunc(c.ahead, func(a aheadAnswer) bool {
		return a.stmt.query == query && slices.EqualFunc(a.stmt.args, stored, func(sent, run any) bool {
			return reflect.DeepEqual(asStored(sent), run)
		})
	})
}

// result is the answer as a statement's result that returns no rows.
func (a aheadAnswer) result() (driver.Result, error) {
	if a.err != nil {
		return nil, a.err
	}
	return driver.RowsAffected(a.rows.affected), nil
}

// answerAhead takes the answer sent ahead to the query with args, if one
// was.
func (c *serverConn) answerAhead(query string, args []driver.NamedValue) (aheadAnswer, bool) {
	if len(c.ahead) == 0 {
		return aheadAnswer{}, false
	}
	stored := make([]any, len(args))
	for i, a := range args {
		stored[i] = a.Value
	}
	i := c.aheadOf(query, stored)
	if i < 0 {
		return aheadAnswer{}, false
	}
	a := c.ahead[i]
	c.ahead = slices.Delete(c.ahead, i, i+1)
	return a, true
}

// forgetAhead drops the answers not asked for: a transaction or the
// connection's use ended.
func (c *serverConn) forgetAhead() { c.ahead, c.failed = nil, nil }

// causeOf is err, or where err only says that the transaction failed
// before, the failure of a statement sent ahead that failed it: statements
// are sent ahead in one order and may be run in another (a write's change
// mark goes with its lock but is asked after the write), so the statement
// that meets the aborted transaction first is not always the one that
// aborted it, and the user is told the cause (a lock waited for too long
// is "busy"), not its echo.
func (c *serverConn) causeOf(err error) error {
	if err != nil && c.failed != nil && transactionAborted(err) {
		return c.failed
	}
	return err
}

// transactionAborted tells the server's answer to a statement in a
// transaction that an earlier statement failed.
func transactionAborted(err error) bool {
	pgErr, ok := errors.AsType[*pgconn.PgError](err)
	return ok && pgErr.Code == "25P02"
}
