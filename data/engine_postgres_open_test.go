package data

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"tend/data/pgtest"
	"tend/lifecycle"
)

// connectionsTo counts the connections other than its own that the
// server holds open to the database at url.
func connectionsTo(t *testing.T, url string) (n int, role string) {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.QueryRow(`SELECT count(*) FILTER (WHERE pid <> pg_backend_pid()), current_user
		FROM pg_stat_activity WHERE datname = current_database() GROUP BY current_user`).Scan(&n, &role)
	if err != nil {
		t.Fatal(err)
	}
	return n, role
}

// closedOnServer waits until the server has ended the connections of a
// closed book: a backend leaves after its client has said goodbye, on a
// busy machine a moment later.
func closedOnServer(t *testing.T, url string) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		n, _ := connectionsTo(t, url)
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d connections left 30 s after the book was closed", n)
		}
	}
}

// newServerBook makes a book in a database of its own on the test's
// server, and returns the database's URL and the book, open.
func newServerBook(t *testing.T) (string, *Book) {
	t.Helper()
	onServerOnly(t)
	url := pgtest.Database(t)
	made, err := Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	return url, made
}

// TestReadingAServerBookTakesOneConnection: a command that only reads a
// server book opens it, knows its user, and reads over one connection;
// the writer's connects at the first write, which records that user.
func TestReadingAServerBookTakesOneConnection(t *testing.T) {
	ctx := context.Background()
	url, made := newServerBook(t)
	made.Close()
	closedOnServer(t, url)

	b, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.CountCustomers(ctx, Filter{}); err != nil {
		t.Fatal(err)
	}
	n, role := connectionsTo(t, url)
	if n != 1 || b.ServerRole() != role {
		t.Fatalf("after opening and reading: %d connections, the role %q; want 1 and %q", n, b.ServerRole(), role)
	}
	b.Who = b.ServerRole()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace", Phase: "awareness"})
	if h := history(t, b, id); len(h.PhaseChanges) != 1 || h.PhaseChanges[0].Who != role {
		t.Fatalf("moves %+v: want the first made by %q", h.PhaseChanges, role)
	}
}

// TestAServerStatementIsSentInOneRoundTrip: a statement goes to the server
// with its values at once, not prepared first in a round trip of its own,
// which left a prepared statement behind on the connection.
func TestAServerStatementIsSentInOneRoundTrip(t *testing.T) {
	onServerOnly(t)
	ctx := context.Background()
	b := openTestBook(t)
	conn, err := b.reader.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM customers WHERE id > ?`, 0).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM pg_prepared_statements`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d statements prepared on the connection (%v); want none", n, err)
	}
}

// openedForAChange makes a server book of one customer and, after
// between, opens it for a change and reads the customer, as a command
// that changes a customer does first; it returns the book's URL, the book
// open and the customer's id.
func openedForAChange(t *testing.T, between func(url string)) (string, *Book, int64) {
	t.Helper()
	url, made := newServerBook(t)
	id := addCustomer(t, made, lifecycle.Customer{Name: "Ada Lovelace", Phase: "awareness"})
	made.Close()
	between(url)
	b, err := OpenForAChange(context.Background(), url, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	if _, err := b.Customer(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	return url, b, id
}

// TestAChangeOnAServerBookTakesOneConnection: a command that finds a
// customer and logs a contact talks to the server over one connection,
// where a reader's and the writer's were two backends to start.
func TestAChangeOnAServerBookTakesOneConnection(t *testing.T) {
	ctx := context.Background()
	url, b, id := openedForAChange(t, func(url string) { closedOnServer(t, url) })
	if _, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: id, At: b.Now(), Kind: "note", Direction: "out", Sentiment: "neutral", Summary: "Called back"}); err != nil {
		t.Fatal(err)
	}
	if n, _ := connectionsTo(t, url); n != 1 {
		t.Fatalf("after a read and a change: %d connections; want 1", n)
	}
	if h := history(t, b, id); len(h.Contacts) != 1 {
		t.Fatalf("contacts %+v: want the one logged", h.Contacts)
	}
}
