package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// databases numbers the databases this process made, for their names.
var databases atomic.Int64

// Database makes a fresh, empty database on the server for one test and
// drops it when the test ends; it returns the database's URL.
func (s *Server) Database(t testing.TB) string {
	t.Helper()
	return s.database(t, "")
}

// database makes a database for one test, with the options of CREATE
// DATABASE given, and drops it when the test ends. A copy of a template
// is refused while the template's last connection is still going away,
// so it is tried again for a moment.
func (s *Server) database(t testing.TB, options string) string {
	t.Helper()
	name := fmt.Sprintf("tend_test_%d_%d", os.Getpid(), databases.Add(1))
	err := s.exec(`CREATE DATABASE ` + name + options)
	for try := 0; err != nil && options != "" && try < 50; try++ {
		time.Sleep(20 * time.Millisecond)
		err = s.exec(`CREATE DATABASE ` + name + options)
	}
	if err != nil {
		t.Fatalf("make a test database: %v", err)
	}
	t.Cleanup(func() {
		if err := s.exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := s.urlOf(name)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// urlOf is the URL of the server's database name.
func (s *Server) urlOf(name string) (string, error) {
	u, err := url.Parse(s.URL)
	if err != nil {
		return "", fmt.Errorf("%s is not a URL: %v", ServerVariable, err)
	}
	u.Path = "/" + name
	return u.String(), nil
}

// exec runs one statement on the server's own database, outside any
// transaction (CREATE DATABASE may not run in one).
func (s *Server) exec(statement string) error {
	db, err := sql.Open("pgx", s.URL)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(context.Background(), statement)
	return err
}

// kept are the databases made to last the run, dropped at its end.
var kept []string

// KeptDatabase makes a database on this run's server that lasts the run,
// for a book many tests copy (DatabaseFrom); it returns its URL.
func KeptDatabase() (string, error) {
	if shared == nil {
		return "", errors.New("pgtest.KeptDatabase called outside the run on PostgreSQL")
	}
	name := fmt.Sprintf("tend_kept_%d_%d", os.Getpid(), databases.Add(1))
	if err := shared.exec(`CREATE DATABASE ` + name); err != nil {
		return "", err
	}
	kept = append(kept, name)
	return shared.urlOf(name)
}

// DatabaseFrom makes a fresh database for one test as a copy of the kept
// one at keptURL, PostgreSQL's copy of a file, and drops it when the test
// ends.
func DatabaseFrom(t testing.TB, keptURL string) string {
	t.Helper()
	u, err := url.Parse(keptURL)
	if err != nil {
		t.Fatal(err)
	}
	template := strings.TrimPrefix(u.Path, "/")
	return shared.database(t, " TEMPLATE "+template)
}

// dropKept drops the databases made to last the run.
func dropKept() {
	for _, name := range kept {
		shared.exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`)
	}
}
