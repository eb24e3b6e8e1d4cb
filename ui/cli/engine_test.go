package cli

import (
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"tend/data"
	"tend/data/pgtest"
)

// The command tests run twice: on SQLite files, then on PostgreSQL, each
// test's book a database of its own on the server (see pgtest), left out
// only where engine_skip_test.go says why.
func TestMain(m *testing.M) {
	os.Exit(pgtest.BothEngines(m, notOnPostgres))
}

// tempBook is where a test's book lives, made by the test's first writing
// command: a file in the test's folder, or in the run on PostgreSQL a
// fresh database on the server.
func tempBook(t *testing.T) string {
	t.Helper()
	if pgtest.OnPostgres() {
		return pgtest.Database(t)
	}
	return filepath.Join(t.TempDir(), "book.db")
}

// serverBook is a fresh database for a test about a server book, which
// runs in the run on PostgreSQL only.
func serverBook(t *testing.T) string {
	t.Helper()
	if !pgtest.OnPostgres() {
		t.Skip("about a book on a server: runs in the run on PostgreSQL")
	}
	return pgtest.Database(t)
}

// rawBook opens the book at db with its engine's driver alone, below tend,
// for a test to read or set rows as no command would; it closes when the
// test ends.
func rawBook(t *testing.T, db string) *sql.DB {
	t.Helper()
	driver := "sqlite"
	if data.IsServerBook(db) {
		driver = "pgx"
	}
	conn, err := sql.Open(driver, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

func TestEveryTestLeftOutOnPostgresIsATest(t *testing.T) {
	pgtest.LeftOutAreTests(t, notOnPostgres)
}
