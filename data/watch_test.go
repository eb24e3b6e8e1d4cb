package data

import (
	"context"
	"testing"
	"time"
)

func TestWatchersLeaveTheReadersFree(t *testing.T) {
	b := openTestBook(t)
	// The deadline stands for a watcher that waits for a reader forever; it
	// is long, as opening six on a loaded machine takes seconds.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for range 6 { // more than the book's readers
		w, err := b.Watch(ctx)
		if err != nil {
			t.Fatalf("a watcher more than the readers: %v", err)
		}
		t.Cleanup(func() { w.Close() })
	}
	if _, err := b.CountCustomers(ctx, Filter{}); err != nil {
		t.Errorf("a read with six watchers open: %v", err)
	}
}
