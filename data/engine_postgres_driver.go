package data

import (
	"context"
	"database/sql"
	"database/sql/driver"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// openServerDB opens a pool of connections to the server book at url
// through pgx, which reads the PG* variables and ~/.pgpass for what the URL
// leaves out, with every query's placeholders rewritten for PostgreSQL.
func openServerDB(url string) (*sql.DB, error) {
	config, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(serverConnector{stdlib.GetConnector(*config)}), nil
}

// serverConnector hands out pgx's connections, each wrapped so that the
// store's ? placeholders become PostgreSQL's $N.
type serverConnector struct{ driver.Connector }

func (c serverConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return serverConn{conn.(pgxConn)}, nil
}

// pgxConn is what pgx's database/sql connection does, all of which the
// wrapper passes on.
type pgxConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.NamedValueChecker
}

type serverConn struct{ pgxConn }

func (c serverConn) Prepare(query string) (driver.Stmt, error) {
	return c.pgxConn.Prepare(numberedPlaceholders(query))
}

func (c serverConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.pgxConn.PrepareContext(ctx, numberedPlaceholders(query))
}

func (c serverConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.pgxConn.ExecContext(ctx, numberedPlaceholders(query), args)
}

func (c serverConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	return c.pgxConn.QueryContext(ctx, numberedPlaceholders(query), args)
}

// CheckNamedValue writes a yes or no as 1 or 0, as SQLite keeps it, into
// the book's integer columns; pgx takes every other value as it is.
func (c serverConn) CheckNamedValue(v *driver.NamedValue) error {
	if yes, ok := v.Value.(bool); ok {
		v.Value = int64(0)
		if yes {
			v.Value = int64(1)
		}
	}
	return c.pgxConn.CheckNamedValue(v)
}
