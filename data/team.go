package data

import (
	"context"
	"database/sql"
	"time"

	"github.com/jackc/pgx/v5"

	"tend/lifecycle"
)

// ServerState is what a database on a server holds, as tend team init and
// tend team upgrade find it, with the names the rights of a team's roles
// are granted on.
type ServerState struct {
	// Version is the schema version of the tend book it holds, 0 for
	// none; Tables counts the tables of its schema.
	Version, Tables int
	// Database and Schema hold the book; Owner is the role that made it,
	// whose later tables (an upgrade's) the team's roles may use too.
	Database, Schema, Owner string
}

// openServerAdmin opens the database at url for setting a book up, without
// checking the book it may hold, and reads what it holds.
func openServerAdmin(ctx context.Context, url string) (*Book, ServerState, error) {
	b := &Book{path: MaskPassword(url), engine: postgresEngine{url: url}, Now: time.Now}
	db, err := openServerDB(url)
	if err != nil {
		return nil, ServerState{}, b.serverError(err)
	}
	db.SetMaxOpenConns(1)
	b.writer, b.reader = db, db
	state, err := readServerState(ctx, db)
	if err != nil {
		db.Close()
		return nil, state, b.serverError(err)
	}
	return b, state, nil
}

func readServerState(ctx context.Context, db *sql.DB) (ServerState, error) {
	var s ServerState
	var err error
	if s.Version, s.Tables, err = serverBookVersion(ctx, db); err != nil {
		return s, err
	}
	err = db.QueryRowContext(ctx, `SELECT current_database(), current_schema(), current_user`).Scan(&s.Database, &s.Schema, &s.Owner)
	return s, err
}

// InitServerBook makes a tend book in the empty database at url. A
// database that holds anything is left as it is: made is false, and the
// state says what it holds.
func InitServerBook(ctx context.Context, url string) (state ServerState, made bool, err error) {
	b, state, err := openServerAdmin(ctx, url)
	if err != nil {
		return state, false, err
	}
	defer b.Close()
	if state.Version == 0 && state.Tables > 0 {
		return state, false, lifecycle.Problemf(CodeServerOtherProgram, lifecycle.Values{"Book": b.path},
			"the database %s holds another program's tables, not a tend book; nothing was changed", b.path)
	}
	if state.Version > 0 {
		return state, false, nil
	}
	if err := b.createOnServer(ctx); err != nil {
		return state, false, err
	}
	state, err = readServerState(ctx, b.writer)
	return state, err == nil, err
}

// RoleSQL is what the owner of a server book's database runs to give a
// team's reps what tend needs and no more: group, once, makes a role that
// may read and change the book's rows (and make the temporary tables of
// an import) but not its tables; rep makes one rep's login in it, NAME
// standing for the rep's name.
func RoleSQL(s ServerState) (group, rep string) {
	team := quoteIdent("tend_" + s.Database)
	schema := quoteIdent(s.Schema)
	group = "CREATE ROLE " + team + " NOLOGIN;\n" +
		"GRANT CONNECT, TEMPORARY ON DATABASE " + quoteIdent(s.Database) + " TO " + team + ";\n" +
		"GRANT USAGE ON SCHEMA " + schema + " TO " + team + ";\n" +
		"REVOKE CREATE ON SCHEMA " + schema + " FROM PUBLIC;\n" +
		"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + team + ";\n" +
		"ALTER DEFAULT PRIVILEGES FOR ROLE " + quoteIdent(s.Owner) + " IN SCHEMA " + schema +
		" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + team + ";\n"
	rep = "CREATE ROLE NAME LOGIN IN ROLE " + team + ";\n"
	return group, rep
}

// quoteIdent quotes a name for PostgreSQL's SQL.
func quoteIdent(name string) string { return pgx.Identifier{name}.Sanitize() }
