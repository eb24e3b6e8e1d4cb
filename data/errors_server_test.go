package data

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"tend/data/pgtest"
	"tend/lifecycle"
)

// serverRole makes a role on the server of the book at book, named after
// the book's database and the suffix, that may log in or not, runs each
// grant (with %s for the role), and returns the book's URL as that role.
// The role goes when the test ends.
func serverRole(t *testing.T, book, suffix string, login bool, grants ...string) string {
	t.Helper()
	u, err := url.Parse(book)
	if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimPrefix(u.Path, "/") + "_" + suffix
	db, err := openServerDB(book)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Exec(`DROP OWNED BY ` + name)
		db.Exec(`DROP ROLE ` + name)
		db.Close()
	})
	create := `CREATE ROLE ` + name + ` LOGIN`
	if !login {
		create = `CREATE ROLE ` + name + ` NOLOGIN`
	}
	for _, q := range append([]string{create}, grants...) {
		if _, err := db.Exec(strings.ReplaceAll(q, "%s", name)); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	u.User = url.User(name)
	return u.String()
}

// serverBookWithAda makes a book on the server with one customer, and
// returns its URL.
func serverBookWithAda(t *testing.T) string {
	t.Helper()
	book := pgtest.Database(t)
	b, err := Open(context.Background(), book)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace", Phase: "retention"})
	return book
}

func TestARoleThatMayOnlyReadOpensTheServerBookReadOnly(t *testing.T) {
	onServerOnly(t)
	ctx := context.Background()
	book := serverBookWithAda(t)
	reader := serverRole(t, book, "reader", true, `GRANT SELECT ON ALL TABLES IN SCHEMA public TO %s`)
	b, err := Open(ctx, reader)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if !b.ReadOnly() {
		t.Error("a role that may only read opened the book for writing")
	}
	if n, err := b.CountCustomers(ctx, Filter{}); err != nil || n != 1 {
		t.Errorf("the reader counts %d customers, %v", n, err)
	}
	if _, err := b.AddCustomer(ctx, lifecycle.Customer{Name: "Grace"}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("add as a reader = %v, want ErrReadOnly", err)
	}
	if err := b.SetSetting(ctx, BackupsKeepKey, "3"); !errors.Is(err, ErrReadOnly) {
		t.Errorf("a setting as a reader = %v, want ErrReadOnly", err)
	}
}

func TestTheServersRefusalsArePutInWords(t *testing.T) {
	onServerOnly(t)
	ctx := context.Background()
	book := serverBookWithAda(t)
	missing, _ := url.Parse(book)
	missing.Path = "/no_such_book"
	cases := []struct {
		what, location, code string
	}{
		{"a server not listening", "postgres://rep:s3cret@127.0.0.1:1/book?connect_timeout=5", CodeServerUnreachable},
		{"a role that may not log in", serverRole(t, book, "nologin", false), CodeServerLogin},
		{"a database that is not there", missing.String(), CodeServerNoDatabase},
		{"a role without rights on the book", serverRole(t, book, "norights", true), CodeServerDenied},
	}
	for _, c := range cases {
		b, err := Open(ctx, c.location)
		if err == nil {
			b.Close()
			t.Errorf("%s: opened", c.what)
			continue
		}
		if !hasCode(err, CodeServerOpen) || !hasCode(err, c.code) || strings.Contains(err.Error(), "s3cret") ||
			strings.Contains(err.Error(), "SQLSTATE") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v; want codes %s and %s in one line, without the password", c.what, err, CodeServerOpen, c.code)
		}
	}
}

func TestAConnectionDroppedMidWriteLeavesTheBookWholeAndSaysSo(t *testing.T) {
	onServerOnly(t)
	ctx := context.Background()
	b := openTestBook(t)
	ada := addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace", Phase: "retention"})
	err := b.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE customers SET name = 'Half Written' WHERE id = ?`, ada); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `SELECT pg_terminate_backend(pg_backend_pid())`)
		return err
	})
	if !errors.Is(err, ErrServerLost) {
		t.Fatalf("a write whose connection the server ended = %v, want ErrServerLost", err)
	}
	if c, err := b.Customer(ctx, ada); err != nil || c.Name != "Ada Lovelace" {
		t.Errorf("after the lost write: %+v, %v", c.Name, err)
	}
	if _, err := b.AddCustomer(ctx, lifecycle.Customer{Name: "Grace Hopper"}); err != nil {
		t.Errorf("the next write: %v", err)
	}
}

func TestAWriteStillInConflictAfterItsRetriesIsBusy(t *testing.T) {
	onServerOnly(t)
	tries := 0
	err := openTestBook(t).write(context.Background(), func(tx *sql.Tx) error {
		tries++
		_, err := tx.Exec(`DO $$ BEGIN RAISE EXCEPTION 'gave way' USING ERRCODE = 'serialization_failure'; END $$`)
		return err
	})
	if !errors.Is(err, ErrBusy) || tries != writeAttempts {
		t.Errorf("a write that always gives way = %v after %d tries, want ErrBusy after %d", err, tries, writeAttempts)
	}
}

// A write waits for another's to end as long as a write to a file does,
// then says the book is busy, rather than waiting without end behind a
// transaction that holds on.
func TestAWriteHeldUpForLongOnAServerIsBusy(t *testing.T) {
	onServerOnly(t)
	b := openTestBook(t)
	holder, err := openServerDB(b.path)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	conn, err := holder.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), `SELECT pg_advisory_lock(?)`, writeLock); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*busyTimeout)
	defer cancel()
	start := time.Now()
	_, err = b.AddCustomer(ctx, lifecycle.Customer{Name: "Ada Lovelace"})
	if !errors.Is(err, ErrBusy) {
		t.Fatalf("a write while another holds the book = %v after %v, want ErrBusy", err, time.Since(start).Round(time.Second))
	}
	if waited := time.Since(start); waited < busyTimeout {
		t.Errorf("gave up after %v, before the %v a write to a file waits", waited, busyTimeout)
	}
}
