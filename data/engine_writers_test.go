package data

import (
	"context"
	"sync"
	"testing"
	"time"

	"tend/lifecycle"
)

// Several tends writing one customer at once: on a file they queue; on a
// server the server stops those that overlap and they run again, unseen.
// Either way every write is recorded and none fails.
func TestWritersAtOnceAreAllRecorded(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "retention"})
	const writers, each = 4, 15
	books := make([]*Book, writers)
	for i := range books {
		books[i] = openBookAt(t, b.Path()) // another tend's connections
	}
	errs := make(chan error, writers*each)
	var wg sync.WaitGroup
	for w, other := range books {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range each {
				at := testNow.Add(-time.Duration(w*each+n) * time.Minute)
				c := lifecycle.Contact{CustomerID: id, At: at, Kind: lifecycle.Call, Direction: lifecycle.Out,
					Sentiment: lifecycle.Neutral, Summary: "call"}
				if _, err := other.LogContact(ctx, c); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("a write failed: %v", err)
	}
	c, err := b.Customer(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if c.Contacts != writers*each {
		t.Errorf("%d contacts recorded, want %d", c.Contacts, writers*each)
	}
}
