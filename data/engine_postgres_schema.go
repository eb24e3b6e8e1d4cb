package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"tend/lifecycle"
)

// The schema of a server book: the first file makes a book at its version
// in an empty database, each later one is one step, numbered as the step of
// a SQLite book it matches, so that both engines share schema versions.
//
//go:embed postgres/*.sql
var serverSchemaFiles embed.FS

// serverStep is one file of the server's schema.
type serverStep struct {
	version int
	sql     string
}

// serverSteps returns the server's schema files in order.
func serverSteps() []serverStep {
	entries, err := serverSchemaFiles.ReadDir("postgres")
	if err != nil {
		panic(err) // the files are embedded at build time
	}
	steps := make([]serverStep, len(entries))
	for i, e := range entries {
		n, _ := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		body, _ := serverSchemaFiles.ReadFile(path.Join("postgres", e.Name()))
		steps[i] = serverStep{version: n, sql: string(body)}
	}
	sort.Slice(steps, func(i, j int) bool { return steps[i].version < steps[j].version })
	return steps
}

// serverSchemaVersion is the newest version the server's schema files
// make; it is SchemaVersion when every step has its server twin.
func serverSchemaVersion() int {
	steps := serverSteps()
	return steps[len(steps)-1].version
}

// serverBookVersion reads the schema version of the book in the database,
// 0 for none, and how many tables the database holds.
func serverBookVersion(ctx context.Context, db *sql.DB) (version, tables int, err error) {
	var isBook bool
	err = db.QueryRowContext(ctx, `SELECT to_regclass('tend_migrations') IS NOT NULL,
		(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())`).Scan(&isBook, &tables)
	if err == nil && isBook {
		err = db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM tend_migrations`).Scan(&version)
	}
	return version, tables, err
}

func (e postgresEngine) setUp(ctx context.Context, b *Book, _ bool) error {
	o, err := readOpening(ctx, b.reader)
	if err != nil {
		return b.serverError(err)
	}
	b.role = o.role
	// A role that may not change the customers opens the book read-only,
	// as a file this user may not write: each change is refused in words
	// before it is tried.
	b.readOnly = b.readOnly || !o.mayWrite
	version, tables, latest := o.version, o.tables, SchemaVersion()
	switch {
	case version == 0 && tables > 0:
		return lifecycle.Problemf(CodeServerOtherProgram, lifecycle.Values{"Book": b.path},
			"the database %s holds another program's tables, not a tend book; nothing was changed", b.path)
	case version > latest:
		return lifecycle.Problemf(CodeUpdateTend, nil,
			"%w: update tend", &NewerBookError{Path: b.path, Version: version, Latest: latest})
	case version == 0 && (b.readOnly || !e.mayCreate):
		return &NoBookError{Path: b.path}
	case version == 0:
		b.Created = true
		return b.createOnServer(ctx)
	case version < latest:
		// A shared book is upgraded by whoever looks after it, once, never
		// by the first tend that happens to open it.
		return lifecycle.Problemf(CodeTeamUpgrade, lifecycle.Values{"Book": b.path, "Version": version, "Latest": latest},
			"the book at %s is at version %d and this tend needs version %d: whoever looks after the server runs "+
				"tend team upgrade once; nothing was changed", b.path, version, latest)
	}
	return nil
}

// createOnServer makes the book's schema in an empty database, with the
// default lifecycle, in one transaction: every step of the server's
// schema in order, each recorded.
func (b *Book) createOnServer(ctx context.Context) error {
	steps := serverSteps()
	return b.write(ctx, func(tx *sql.Tx) error {
		// Another tend may have made the book since this one looked: the
		// write lock is held only from here.
		var made bool
		if err := tx.QueryRowContext(ctx, `SELECT to_regclass('tend_migrations') IS NOT NULL`).Scan(&made); err != nil || made {
			return err
		}
		for _, step := range steps {
			if err := takeServerStep(ctx, tx, step, b.Now().Unix(), b.path); err != nil {
				return err
			}
		}
		return b.seed(ctx, tx)
	})
}

// schemaStepError says why a step of the schema failed: for want of the
// search's extension in words a database's owner can act on.
func schemaStepError(book string, version int, err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && strings.Contains(pgErr.Message, "pg_trgm") || strings.Contains(err.Error(), "gin_trgm_ops") {
		return lifecycle.Problemf(CodeServerSearch, lifecycle.Values{"Book": book, "Cause": describe(err)},
			"the book at %s needs PostgreSQL's pg_trgm extension for its search: %w", book, describe(err))
	}
	return lifecycle.Problemf(CodeSchemaStep, lifecycle.Values{"Step": version}, "schema step %d: %w", version, err)
}
