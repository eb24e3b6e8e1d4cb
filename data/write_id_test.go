package data

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"testing"
	"time"

	"tend/data/pgtest"
	"tend/lifecycle"
)

// contactsOf counts a customer's contacts.
func contactsOf(t *testing.T, b *Book, id int64) (n int) {
	t.Helper()
	if err := b.reader.QueryRow(`SELECT count(*) FROM contacts WHERE customer_id = ?`, id).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// serverBookOfAda opens a server book with one customer, Ada, and returns
// her id.
func serverBookOfAda(t *testing.T) (*Book, int64) {
	t.Helper()
	onServerOnly(t)
	b := openTestBook(t)
	return b, addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace", Phase: "retention"})
}

func TestAWriteWhoseCommitsAnswerWasLostIsAppliedOnce(t *testing.T) {
	ctx := context.Background()
	b, ada := serverBookOfAda(t)
	lost := 0
	b.afterCommit = func() error {
		if lost++; lost == 1 {
			// As pgx tells a connection that broke before the answer came.
			return fmt.Errorf("commit: %w", io.ErrUnexpectedEOF)
		}
		return nil
	}
	id, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: ada, At: testNow.Add(-time.Hour), Kind: lifecycle.Call,
		Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "call"})
	if err != nil {
		t.Fatalf("a write whose commit's answer was lost once: %v", err)
	}
	if n := contactsOf(t, b, ada); n != 1 {
		t.Fatalf("%d contacts after the retried write, want 1", n)
	}
	var stored int64
	if err := b.reader.QueryRow(`SELECT id FROM contacts WHERE customer_id = ?`, ada).Scan(&stored); err != nil || stored != id {
		t.Errorf("the write returned contact %d, the book holds %d (%v)", id, stored, err)
	}
	if c, err := b.Customer(ctx, ada); err != nil || c.Contacts != 1 {
		t.Errorf("the customer's summary counts %d contacts (%v), want 1", c.Contacts, err)
	}
}

func TestAWriteWhoseConnectionBrokeBeforeItsCommitIsAppliedOnRetry(t *testing.T) {
	ctx := context.Background()
	b, ada := serverBookOfAda(t)
	tries := 0
	err := b.write(ctx, func(tx *sql.Tx) error {
		tries++
		if _, err := tx.ExecContext(ctx, `INSERT INTO contacts (customer_id, at, kind, direction, sentiment, summary, created_at)
			VALUES (?, ?, 'call', 'out', 'neutral', 'call', ?)`, ada, testNow.Unix(), testNow.Unix()); err != nil {
			return err
		}
		if tries == 1 {
			_, err := tx.ExecContext(ctx, `SELECT pg_terminate_backend(pg_backend_pid())`)
			return err
		}
		return nil
	})
	if err != nil || tries != 2 {
		t.Fatalf("a write whose backend was ended once = %v after %d tries, want done after 2", err, tries)
	}
	if n := contactsOf(t, b, ada); n != 1 {
		t.Errorf("%d contacts after the retried write, want 1", n)
	}
}

func TestOldWriteIdsArePrunedAndNewOnesKept(t *testing.T) {
	onServerOnly(t)
	ctx := context.Background()
	b := openTestBook(t)
	if _, err := b.writer.Exec(`INSERT INTO applied_writes (id, at) VALUES
		('\x01'::bytea, extract(epoch FROM now())::bigint - 2 * 86400),
		('\x02'::bytea, extract(epoch FROM now())::bigint - 3600)`); err != nil {
		t.Fatal(err)
	}
	tx, err := b.writer.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	pruning := writeID{0, 7}
	if applied, err := claimServerWrite(ctx, tx, pruning); err != nil || applied {
		t.Fatalf("a new id's claim = %v, %v", applied, err)
	}
	kept := queryStringsIn(t, tx, `SELECT encode(id, 'hex') FROM applied_writes`)
	if want := []string{"0007000000000000" + "0000000000000000", "02"}; fmt.Sprint(kept) != fmt.Sprint(want) {
		t.Errorf("after a pruning claim the ids are %v, want %v", kept, want)
	}
}

func TestAFileBookKeepsNoWriteIds(t *testing.T) {
	if pgtest.OnPostgres() {
		t.Skip("about a file book")
	}
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace"})
	var n int
	if err := b.reader.QueryRow(`SELECT count(*) FROM applied_writes`).Scan(&n); err != nil || n != 0 {
		t.Errorf("a file book holds %d write ids (%v), want none: its commits' answers are never lost", n, err)
	}
}
