package data

import (
	"context"
	"fmt"
	"maps"
	"sync"
	"testing"
	"time"

	"tend/lifecycle"
)

// TestATeamOnOneBookLosesNoWrite has eight tends, each its own
// connections as eight laptops have, log 200 contacts each across the
// book's customers and move their own customer back and forth, while a
// board watches: no write fails or is lost, and the board's totals are a
// fresh count of the book. A team shares a server book; a file is one
// person's.
func TestATeamOnOneBookLosesNoWrite(t *testing.T) {
	onServerOnly(t)
	if testing.Short() {
		t.Skip("1,600 writes")
	}
	ctx := context.Background()
	board := openTestBook(t)
	const tends, each = 8, 200
	ids := make([]int64, tends)
	for i := range ids {
		ids[i] = addCustomer(t, board, lifecycle.Customer{Name: fmt.Sprintf("Customer %d", i), Phase: "retention", Value: 1000})
	}
	errs := make(chan error, tends*each+1)
	stop := make(chan struct{})
	watched := make(chan struct{})
	go func() { defer close(watched); errs <- watchUntil(ctx, board, stop) }()
	var wg sync.WaitGroup
	for n := range tends {
		tend := openBookAt(t, board.Path()) // another laptop's connections
		tend.Who = fmt.Sprintf("rep%d", n)
		wg.Go(func() {
			for i := range each {
				c := lifecycle.Contact{CustomerID: ids[(n+i)%tends], At: testNow.Add(-time.Duration(i) * time.Minute),
					Kind: lifecycle.Call, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "call"}
				if _, err := tend.LogContact(ctx, c); err != nil {
					errs <- err
				}
				if i%20 == 19 {
					if _, err := tend.Move(ctx, ids[n], []string{"loyalty", "retention"}[i/20%2], ""); err != nil {
						errs <- err
					}
				}
			}
		})
	}
	wg.Wait()
	close(stop)
	<-watched
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("a write or the board's read failed: %v", err)
		}
	}
	var contacts, counted int
	if err := board.reader.QueryRow(`SELECT count(*), (SELECT sum(contact_count) FROM customers) FROM contacts`).Scan(&contacts, &counted); err != nil {
		t.Fatal(err)
	}
	if contacts != tends*each || counted != tends*each {
		t.Errorf("%d contacts stored, %d counted on the customers; want %d", contacts, counted, tends*each)
	}
	totals, err := board.PhaseTotals(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if fresh := freshPhaseTotals(t, board); !maps.Equal(totals, fresh) {
		t.Errorf("the board's totals %v, a fresh count %v", totals, fresh)
	}
}

// watchUntil reads the board whenever the watcher hears of a write, as an
// open board does, until stop.
func watchUntil(ctx context.Context, b *Book, stop chan struct{}) error {
	w, err := b.Watch(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	for {
		select {
		case <-stop:
			return nil
		default:
		}
		w.Wait(ctx, 100*time.Millisecond)
		if changed, err := w.Changed(ctx); err != nil {
			return err
		} else if changed {
			if _, err := b.PhaseTotals(ctx, Filter{}); err != nil {
				return err
			}
		}
	}
}

// freshPhaseTotals counts the active customers of each phase from the
// rows, not the totals the book keeps.
func freshPhaseTotals(t *testing.T, b *Book) map[string]PhaseTotal {
	t.Helper()
	out := map[string]PhaseTotal{}
	rows, err := b.reader.Query(`SELECT phase, count(*), sum(value_cents), sum(CASE WHEN flag_code <> 0 THEN 1 ELSE 0 END)
		FROM customers WHERE archived_at IS NULL GROUP BY phase`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var phase string
		var total PhaseTotal
		var value int64
		if err := rows.Scan(&phase, &total.Count, &value, &total.Flagged); err != nil {
			t.Fatal(err)
		}
		total.Value = lifecycle.Money(value)
		out[phase] = total
	}
	return out
}
