package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"

	"tend/data/pgtest"
)

// The store's tests run twice: on SQLite files, then on PostgreSQL, each
// test with a database of its own (see pgtest).
func TestMain(m *testing.M) {
	os.Exit(withDemoBooks(func() int { return pgtest.BothEngines(m, notOnPostgres) }))
}

// serverBooks are the databases that stand for the tests' book files in
// the run on PostgreSQL, by the file's path.
var serverBooks sync.Map

// bookLocation is where a test's book at path lives: the file itself, or
// in the run on PostgreSQL a fresh database made for that path, holding a
// new book (a book's own Path, a server's URL, is where it is).
func bookLocation(t testing.TB, path string) string {
	t.Helper()
	if !pgtest.OnPostgres() || IsServerBook(path) {
		return path
	}
	if url, ok := serverBooks.Load(path); ok {
		return url.(string)
	}
	url := copyOfANewBook(t)
	serverBooks.Store(path, url)
	t.Cleanup(func() { serverBooks.Delete(path) })
	return url
}

// copyOfANewBook is a fresh database holding a new book, a copy of one
// made once per run: the server takes longer to make a book's schema than
// to copy a database. A book made in an empty database is the business of
// the tests that ask for one (pgtest.Database).
func copyOfANewBook(t testing.TB) string {
	t.Helper()
	url, _ := keptBookCopy(t, "a new book", func(location string) (struct{}, error) {
		b, err := Open(context.Background(), location)
		if err != nil {
			return struct{}{}, err
		}
		return struct{}{}, b.Close()
	})
	return url
}

// onServerOnly skips a test in the run on SQLite.
func onServerOnly(t *testing.T) {
	t.Helper()
	if !pgtest.OnPostgres() {
		t.Skip("about a book on a server: runs in the run on PostgreSQL")
	}
}

func TestBothEnginesShareSchemaVersions(t *testing.T) {
	if got := serverSchemaVersion(); got != SchemaVersion() {
		t.Errorf("a server book is made at version %d, a file at %d: every step of data/migrations needs its twin in data/postgres",
			got, SchemaVersion())
	}
}

func TestServerBookIsMadeAtTheFilesVersion(t *testing.T) {
	onServerOnly(t)
	b := openBookAt(t, pgtest.Database(t)) // an empty database, not a copy of a book
	version, _, err := serverBookVersion(context.Background(), b.writer)
	if err != nil || version != SchemaVersion() {
		t.Fatalf("version %d (%v), want %d", version, err, SchemaVersion())
	}
	if !b.Created || !IsServerBook(b.Path()) {
		t.Errorf("created %v", b.Created)
	}
}

func TestOlderServerBookIsNotUpgradedBySurprise(t *testing.T) {
	onServerOnly(t)
	url := pgtest.Database(t)
	b, err := Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	b.Close()
	setVersion(t, url, SchemaVersion()-1)
	_, err = Open(context.Background(), url)
	if !hasCode(err, CodeTeamUpgrade) {
		t.Fatalf("open an older server book: %v, want code %s", err, CodeTeamUpgrade)
	}
	setVersion(t, url, SchemaVersion()+1)
	_, err = Open(context.Background(), url)
	var newer *NewerBookError
	if !errors.As(err, &newer) || !hasCode(err, CodeUpdateTend) {
		t.Fatalf("open a newer server book: %v, want a newer book to update tend for", err)
	}
}

// setVersion sets the schema version of the server book at url.
func setVersion(t *testing.T, url string, version int) {
	t.Helper()
	db, err := openServerDB(url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(fmt.Sprintf(`DELETE FROM tend_migrations; INSERT INTO tend_migrations VALUES (%d, 0)`, version)); err != nil {
		t.Fatal(err)
	}
}

func TestDatabaseOfAnotherProgramIsLeftAlone(t *testing.T) {
	onServerOnly(t)
	url := pgtest.Database(t)
	db, err := openServerDB(url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE invoices (id int)`); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(context.Background(), url); !hasCode(err, CodeServerOtherProgram) {
		t.Fatalf("open another program's database: %v, want code %s", err, CodeServerOtherProgram)
	}
	var tables int
	db.QueryRow(`SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`).Scan(&tables)
	if tables != 1 {
		t.Errorf("the database holds %d tables after, want its 1", tables)
	}
}

func TestPasswordOfAServerIsNeverShown(t *testing.T) {
	for location, want := range map[string]string{
		"postgres://rep:s3cret@db.example:5432/book?sslmode=require": "postgres://rep:xxxxx@db.example:5432/book?sslmode=require",
		"postgresql://rep@db.example/book":                           "postgresql://rep@db.example/book",
		"postgres://db.example/book?password=s3cret":                 "postgres://db.example/book?password=xxxxx",
		"postgres://rep:s3cret@db.example:bad port/book":             "postgres://…",
		"/home/rep/tend.db":                                          "/home/rep/tend.db",
	} {
		if got := MaskPassword(location); got != want {
			t.Errorf("MaskPassword(%q) = %q, want %q", location, got, want)
		}
	}
}

func TestServerBookTakesNoDailyBackupOfFiles(t *testing.T) {
	onServerOnly(t)
	b := openTestBook(t)
	if taken, err := b.DailyBackup(context.Background()); taken != "" || err != nil {
		t.Fatalf("daily backup of a server book = %q, %v; want none, since its backups are the server's", taken, err)
	}
}

func TestEveryTestLeftOutOnPostgresIsATest(t *testing.T) {
	pgtest.LeftOutAreTests(t, notOnPostgres)
}
