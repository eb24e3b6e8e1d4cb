package data

import (
	"context"
	"database/sql"

	"tend/lifecycle"
)

// UpgradeServerBook brings the book at url to this tend's schema version:
// every step of the server's schema it has not taken, in order, in one
// transaction, so that a step that fails leaves the book as it was. It
// returns what it found; state.Version is then the version the book had.
func UpgradeServerBook(ctx context.Context, url string) (ServerState, error) {
	b, state, err := openServerAdmin(ctx, url)
	if err != nil {
		return state, err
	}
	defer b.Close()
	latest := SchemaVersion()
	switch {
	case state.Version == 0:
		return state, &NoBookError{Path: b.path}
	case state.Version > latest:
		return state, lifecycle.Problemf(CodeUpdateTend, nil,
			"%w: update tend", &NewerBookError{Path: b.path, Version: state.Version, Latest: latest})
	case state.Version == latest:
		return state, nil
	}
	return state, b.write(ctx, func(tx *sql.Tx) error { return b.takeServerSteps(ctx, tx) })
}

// takeServerSteps takes, in the write's transaction, the steps of the
// server's schema newer than the book's version as it is now that the
// write lock is held: another upgrade may have taken them meanwhile.
func (b *Book) takeServerSteps(ctx context.Context, tx *sql.Tx) error {
	var now int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM tend_migrations`).Scan(&now); err != nil {
		return err
	}
	for _, step := range serverSteps() {
		if step.version <= now {
			continue
		}
		if err := takeServerStep(ctx, tx, step, b.Now().Unix(), b.path); err != nil {
			return err
		}
	}
	return nil
}

// takeServerStep runs one step of the server's schema and records it.
func takeServerStep(ctx context.Context, tx *sql.Tx, step serverStep, at int64, book string) error {
	if _, err := tx.ExecContext(ctx, step.sql); err != nil {
		return schemaStepError(book, step.version, err)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO tend_migrations (version, applied_at) VALUES (?, ?)`, step.version, at)
	return err
}
