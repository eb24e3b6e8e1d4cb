package data

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// holdReader opens a read transaction on the book from another connection,
// as a second tend reading it would, so that the book's log cannot be
// emptied until release is called.
func holdReader(t *testing.T, path string) (release func()) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+escapePath(path))
	if err != nil {
		t.Fatal(err)
	}
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM customers`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return func() { tx.Rollback(); db.Close() }
}

func TestAWipeStoppedAfterTheErasureIsToldAndFinishedLater(t *testing.T) {
	b := openTestBook(t)
	const marker = "Qwertzuiop-Vertraulich"
	gone := addCustomer(t, b, lifecycle.Customer{Name: marker, Phase: "retention", CreatedAt: daysBefore(10)})
	addCustomer(t, b, lifecycle.Customer{Name: "Bleibt AG", Phase: "retention", CreatedAt: daysBefore(10)})
	release := holdReader(t, b.Path())
	ctx, stop := context.WithCancel(context.Background())
	time.AfterFunc(time.Second, stop)
	_, err := b.Forget(ctx, gone)
	if !errors.Is(err, ErrWipeUnfinished) || !strings.HasPrefix(err.Error(), marker+" is erased, but wiping the book's free space was interrupted") {
		t.Fatalf("forget stopped midway: %v", err)
	}
	release()
	if _, err := b.Customer(context.Background(), gone); !errors.As(err, new(NotFoundError)) && !errors.Is(err, ErrNotFound) {
		t.Errorf("the customer after the stopped wipe: %v", err)
	}
	finished, err := b.FinishWipe(context.Background())
	if !finished || err != nil {
		t.Fatalf("finish the wipe: %v, %v", finished, err)
	}
	assertErased(t, marker, b.Path())
	if again, err := b.FinishWipe(context.Background()); again || err != nil {
		t.Errorf("a second finish: %v, %v; want nothing to do", again, err)
	}
	if v, _ := b.Setting(context.Background(), wipePendingKey, "none"); v != "none" {
		t.Errorf("the mark of a pending wipe is left: %q", v)
	}
}

func TestAWipeBlockedByAReaderSaysSo(t *testing.T) {
	b := openTestBook(t)
	gone := addCustomer(t, b, lifecycle.Customer{Name: "Erika Muster", Phase: "retention", CreatedAt: daysBefore(10)})
	release := holdReader(t, b.Path())
	defer release()
	_, err := b.Forget(context.Background(), gone)
	if !errors.Is(err, ErrWipeUnfinished) || !strings.Contains(err.Error(), "while another tend reads the book") {
		t.Errorf("forget while another tend reads: %v", err)
	}
}
