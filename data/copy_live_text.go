package data

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
)

// copyFiles are the files that make up a copy: the file and its logs.
func copyFiles(path string) []string {
	return []string{path, path + "-wal", path + "-journal"}
}

// holdsRemnants tells whether the copy at path holds the name more often
// in its file and logs than in its live text, which db reads: the name
// then lies in free space or in an old image of a page, where only a raw
// reading finds it. A name that only other live text holds (the schema,
// another customer) is no remnant.
func holdsRemnants(ctx context.Context, db *sql.DB, path, name string) (bool, error) {
	inFiles, err := CountInFiles(name, copyFiles(path)...)
	if err != nil || inFiles == 0 {
		return false, err
	}
	live, err := countInLiveText(ctx, db, name)
	return inFiles > live, err
}

// countInLiveText counts the name in a rebuilt copy of what db holds live,
// kept in a folder of its own that only the user can read and removed
// after.
func countInLiveText(ctx context.Context, db *sql.DB, name string) (int, error) {
	dir, err := os.MkdirTemp("", "tend-live-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	live := filepath.Join(dir, "live.db")
	if _, err := db.ExecContext(ctx, `VACUUM INTO ?`, live); err != nil {
		return 0, copyReadError(err)
	}
	return CountInFiles(name, live)
}
