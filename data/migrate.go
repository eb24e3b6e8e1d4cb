package data

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"path"
	"sort"
	"strings"

	"tend/lifecycle"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations returns the schema steps in order; step i brings a book from
// version i to version i+1.
func migrations() []string {
	names, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		panic(err) // the files are embedded at build time
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Name() < names[j].Name() })
	steps := make([]string, len(names))
	for i, n := range names {
		body, _ := migrationFiles.ReadFile(path.Join("migrations", n.Name()))
		steps[i] = string(body)
	}
	return steps
}

// SchemaVersion is the version of the book this tend writes.
func SchemaVersion() int { return len(migrations()) }

// setUp checks that the file is a tend book this version can read, then
// creates or upgrades its schema. The check is read on a reader's
// connection, which the command's reads go on to use: a book that is as
// this tend writes it, in WAL mode already, is then opened without a
// connection to write, which a command that only reads never needs.
func (b *Book) setUp(ctx context.Context, created bool) error {
	pool := b.reader
	if created {
		pool = b.writer
	}
	appID, version, tables, journal, err := readBookHeader(ctx, pool)
	if err != nil {
		return openError(b.path, err)
	}
	latest := SchemaVersion()
	if err := b.refuseStrangers(appID, version, tables, latest); err != nil {
		return err
	}
	if b.readOnly {
		return b.checkReadable(version, latest)
	}
	if version == latest && journal == "wal" {
		return nil
	}
	// WAL lets the board read while a command writes; it is set only once the
	// file is known to be a tend book, since it changes the file.
	if _, err := b.writer.ExecContext(ctx, `PRAGMA journal_mode = WAL`); err != nil {
		return openError(b.path, err)
	}
	switch {
	case version == latest:
		return nil
	case version == 0:
		return b.create(ctx)
	case b.upgradeInPlace:
		return b.migrate(ctx, version, latest, nil)
	}
	b.upgradeProgress(UpgradingCopy, 0, 0)
	copyPath, err := b.copyBeside(ctx, fmt.Sprintf("before-v%d", latest))
	if err != nil {
		return lifecycle.Problemf(CodeUpgradeCopy, lifecycle.Values{"Path": b.path},
			"upgrade %s: could not copy it first, so it was left as it was: %w", b.path, err)
	}
	if err := b.migrate(ctx, version, latest, nil); err != nil {
		return lifecycle.Problemf(CodeUpgrade, lifecycle.Values{"Path": b.path, "Version": version, "Copy": copyPath},
			"upgrade %s from version %d: %w (the book is unchanged; a copy is at %s)", b.path, version, err, copyPath)
	}
	b.Upgraded = copyPath
	return nil
}

// refuseStrangers refuses a database of another program and a book of a
// later tend.
func (b *Book) refuseStrangers(appID, version, tables, latest int) error {
	switch {
	case appID != 0 && appID != applicationID, appID == 0 && tables > 0:
		return lifecycle.Problemf(CodeOtherProgram, lifecycle.Values{"Path": b.path},
			"%s is a SQLite database of another program, not a tend book", b.path)
	case version > latest:
		return lifecycle.Problemf(CodeUpdateTend, nil,
			"%w: update tend", &NewerBookError{Path: b.path, Version: version, Latest: latest})
	}
	return nil
}

// readBookHeader reads what tells a tend book and its version, and the
// journal mode the file is in.
func readBookHeader(ctx context.Context, pool *sql.DB) (appID, version, tables int, journal string, err error) {
	err = pool.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM sqlite_master),
		(SELECT journal_mode FROM pragma_journal_mode)`).Scan(&appID, &version, &tables, &journal)
	return appID, version, tables, journal, err
}

// create lays out a new book with the default lifecycle.
func (b *Book) create(ctx context.Context) error {
	return b.migrate(ctx, 0, SchemaVersion(), func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
			return err
		}
		return b.seed(ctx, tx)
	})
}

// seed fills a new book's schema: the default lifecycle, when and how it
// was made, and its identity.
func (b *Book) seed(ctx context.Context, tx *sql.Tx) error {
	lc, err := lifecycle.Preset(lifecycle.DefaultPreset)
	if err != nil {
		return err
	}
	if err := writeLifecycle(ctx, tx, lc); err != nil {
		return err
	}
	now := b.Now().UTC().Format("2006-01-02T15:04:05Z")
	_, err = tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ('created_at', ?), ('preset', ?), (?, ?)`,
		now, lifecycle.DefaultPreset, identityKey, newIdentity())
	return err
}

// migrate runs the steps from one version to another, and then seed, in one
// transaction, so that a failing step leaves the book as it was.
func (b *Book) migrate(ctx context.Context, from, to int, seed func(*sql.Tx) error) error {
	steps := migrations()
	return b.write(ctx, func(tx *sql.Tx) error {
		// Another tend may have made or upgraded the book since this one
		// looked: the write lock is held only from here.
		var now int
		if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&now); err != nil {
			return err
		}
		if now == to {
			return nil
		}
		for v := from; v < to; v++ {
			if err := runStep(ctx, tx, v+1, steps[v], b.upgradeProgress); err != nil {
				return lifecycle.Problemf(CodeSchemaStep, lifecycle.Values{"Step": v + 1}, "schema step %d: %w", v+1, err)
			}
		}
		if seed != nil {
			if err := seed(tx); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", to))
		return err
	})
}

// goSteps are the halves of schema steps that SQL cannot do, by the
// step's number: they run after its SQL, in the same transaction.
var goSteps = map[int]func(context.Context, *sql.Tx, UpgradeProgress) error{
	8:  func(ctx context.Context, tx *sql.Tx, _ UpgradeProgress) error { return fillNameKeys(ctx, tx) },
	11: fillSearchIndex,
}

// runStep runs schema step n, its SQL and then its Go half, if it has one.
func runStep(ctx context.Context, tx *sql.Tx, n int, step string, progress UpgradeProgress) error {
	if _, err := tx.ExecContext(ctx, step); err != nil {
		return err
	}
	if fill := goSteps[n]; fill != nil {
		return fill(ctx, tx, progress)
	}
	return nil
}

// sqlQuote quotes a string as an SQL literal, for the few statements (VACUUM
// INTO) that take no parameters.
func sqlQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}
