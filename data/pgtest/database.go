package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// databases numbers the databases this process made, for their names.
var databases atomic.Int64

// Database makes a fresh, empty database on the server for one test and
// drops it when the test ends; it returns the database's URL.
func (s *Server) Database(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("tend_test_%d_%d", os.Getpid(), databases.Add(1))
	if err := s.exec(`CREATE DATABASE ` + name); err != nil {
		t.Fatalf("make a test database: %v", err)
	}
	t.Cleanup(func() {
		if err := s.exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(s.URL)
	if err != nil {
		t.Fatalf("%s is not a URL: %v", ServerVariable, err)
	}
	u.Path = "/" + name
	return u.String()
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
