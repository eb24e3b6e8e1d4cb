package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"maps"
	"strings"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// openServerDB opens a pool of connections to the server book at url
// through pgx, which reads the PG* variables and ~/.pgpass for what the URL
// leaves out, with every query's placeholders rewritten for PostgreSQL.
func openServerDB(url string) (*sql.DB, error) {
	c, err := serverConnectorFor(url, nil, nil)
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(c), nil
}

// readOnly makes a connection's transactions read only.
const readOnly = "default_transaction_read_only"

// openServerReader opens the pool of a book's readers: their transactions
// read only, as a file's readers are query_only, so that no read can
// change the book by mistake. The setting goes with the connection's
// start; a pooler in front of the server (PgBouncer) passes on only a few
// settings there and refuses the connection, so it is then made by the
// connection's first statement, which a pooler in session mode keeps for
// the connection and resets when it ends.
func openServerReader(url string) (*sql.DB, error) {
	bySetting, err := serverConnectorFor(url, map[string]string{readOnly: "on"}, nil)
	if err != nil {
		return nil, err
	}
	byStatement, err := serverConnectorFor(url, nil, func(ctx context.Context, conn *pgx.Conn) error {
		_, err := conn.Exec(ctx, "SET "+readOnly+" = on")
		return err
	})
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(&readerConnector{bySetting: bySetting, byStatement: byStatement}), nil
}

// readerConnector connects a reader by its start's setting until the
// server refuses that, and by a statement from then on.
type readerConnector struct {
	bySetting, byStatement driver.Connector
	refused                atomic.Bool
}

func (c *readerConnector) Connect(ctx context.Context) (driver.Conn, error) {
	if !c.refused.Load() {
		conn, err := c.bySetting.Connect(ctx)
		if !refusesStartSetting(err) {
			return conn, err
		}
		c.refused.Store(true)
	}
	return c.byStatement.Connect(ctx)
}

func (c *readerConnector) Driver() driver.Driver { return c.bySetting.Driver() }

// refusesStartSetting tells whether err is the refusal of a setting
// sent with a connection's start, as PgBouncer words it.
func refusesStartSetting(err error) bool {
	pgErr, ok := errors.AsType[*pgconn.PgError](err)
	return ok && pgErr.Code == protocolViolation && strings.Contains(pgErr.Message, "startup parameter")
}

// serverConnectorFor connects to url, each connection with the server's
// settings params and then, where given, made ready by ready.
func serverConnectorFor(url string, params map[string]string, ready func(context.Context, *pgx.Conn) error) (driver.Connector, error) {
	config, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	maps.Copy(config.RuntimeParams, params)
	if dialServer != nil {
		config.DialFunc = dialServer
	}
	// pgx prepares a statement before it first runs it, which takes a round
	// trip of its own, to keep it for the next time. A command runs most of
	// its statements once, and the board's are quick to plan: each is sent
	// with its values in one round trip instead, which halved the round trips
	// of a command. A URL that names a mode (for a pooler) keeps it.
	if !strings.Contains(url, "default_query_exec_mode=") {
		config.DefaultQueryExecMode = pgx.QueryExecModeExec
	}
	return serverConnector{stdlib.GetConnector(*config, connectOptions(ready)...)}, nil
}

// dialServer, when a test sets it, connects to the server in place of
// pgx's own dialling, to count what is sent.
var dialServer pgconn.DialFunc

// serverConnector hands out pgx's connections, each wrapped so that the
// store's ? placeholders become PostgreSQL's $N.
type serverConnector struct{ driver.Connector }

func (c serverConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &serverConn{pgxConn: conn.(pgxConn)}, nil
}

// pgxConn is what pgx's database/sql connection does, all of which the
// wrapper passes on.
type pgxConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.NamedValueChecker
}

// serverConn is one connection to the server. SQLite reads several
// queries of one connection side by side (the scoring merges streams of
// customers and their history) and writes while a query is read; a
// PostgreSQL connection answers one statement at a time. So a statement
// sent while a query's rows are still being read first reads the rest of
// them into memory, from where they are then served.
type serverConn struct {
	pgxConn
	reading *serverRows
	// ahead are the answers to statements sent ahead (sendAhead) that
	// were not run yet.
	ahead []aheadAnswer
	// failed is the first error of a statement sent ahead in the
	// transaction (see causeOf).
	failed error
}

// settle frees the connection for the next statement.
func (c *serverConn) settle() {
	if c.reading != nil {
		c.reading.drain()
		c.reading = nil
	}
}

func (c *serverConn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

// PrepareContext prepares nothing on the server: pgx keeps each
// connection's statements prepared by their text already.
func (c *serverConn) PrepareContext(_ context.Context, query string) (driver.Stmt, error) {
	return &serverStmt{conn: c, query: query}, nil
}

func (c *serverConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	c.settle()
	tx, err := c.pgxConn.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return serverTx{tx, c}, nil
}

func (c *serverConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	c.settle()
	if req, ok := carried[copyRequest](copyStatement, query, args); ok {
		return c.copyIn(ctx, req)
	}
	if req, ok := carried[aheadRequest](aheadStatement, query, args); ok {
		return c.sendAhead(ctx, req)
	}
	if a, ok := c.answerAhead(query, args); ok {
		res, err := a.result()
		return res, c.causeOf(err)
	}
	res, err := c.pgxConn.ExecContext(ctx, numberedPlaceholders(query), args)
	return res, c.causeOf(err)
}

func (c *serverConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if a, ok := c.answerAhead(query, args); ok {
		return a.rows, c.causeOf(a.err)
	}
	c.settle()
	rows, err := c.pgxConn.QueryContext(ctx, numberedPlaceholders(query), args)
	if err != nil {
		return nil, c.causeOf(err)
	}
	c.reading = &serverRows{Rows: rows, conn: c}
	return c.reading, nil
}

func (c *serverConn) ResetSession(ctx context.Context) error {
	c.settle()
	c.forgetAhead()
	return c.pgxConn.ResetSession(ctx)
}

func (c *serverConn) Close() error {
	c.settle()
	forgetMade(c.pgxConn)
	return c.pgxConn.Close()
}

// CheckNamedValue writes a yes or no as 1 or 0, as SQLite keeps it, into
// the book's integer columns, and passes a copy on to ExecContext; pgx
// takes every other value as it is.
func (c *serverConn) CheckNamedValue(v *driver.NamedValue) error {
	switch v.Value.(type) {
	case *copyRequest, *aheadRequest:
		return nil
	}
	v.Value = asStored(v.Value)
	return c.pgxConn.CheckNamedValue(v)
}

// carried finds the request a statement marked marker carries to the
// connection, as its one argument: database/sql gives no other way to the
// connection of a transaction.
func carried[T any](marker, query string, args []driver.NamedValue) (*T, bool) {
	if query != marker || len(args) != 1 {
		return nil, false
	}
	req, ok := args[0].Value.(*T)
	return req, ok
}

// pgx is the connection's own, for what database/sql has no words for (a
// copy, a pipeline); doing says what, in the error of a connection that
// is not pgx's.
func (c *serverConn) pgx(doing string) (*pgx.Conn, error) {
	std, ok := c.pgxConn.(*stdlib.Conn)
	if !ok {
		return nil, errors.New("the server's connection cannot " + doing)
	}
	return std.Conn(), nil
}

// serverTx ends a transaction once the connection is free.
type serverTx struct {
	driver.Tx
	conn *serverConn
}

func (t serverTx) Commit() error   { t.conn.settle(); t.conn.forgetAhead(); return t.Tx.Commit() }
func (t serverTx) Rollback() error { t.conn.settle(); t.conn.forgetAhead(); return t.Tx.Rollback() }

// serverStmt is a statement run through its connection's wrapper.
type serverStmt struct {
	conn  *serverConn
	query string
}

func (s *serverStmt) Close() error  { return nil }
func (s *serverStmt) NumInput() int { return -1 }

func (s *serverStmt) Exec([]driver.Value) (driver.Result, error) {
	return nil, errors.New("use ExecContext")
}

func (s *serverStmt) Query([]driver.Value) (driver.Rows, error) {
	return nil, errors.New("use QueryContext")
}

func (s *serverStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	return s.conn.ExecContext(ctx, s.query, args)
}

func (s *serverStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	return s.conn.QueryContext(ctx, s.query, args)
}
