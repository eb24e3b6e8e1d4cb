package data

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"tend/lifecycle"
)

// twoTends opens one book twice, as two tends on two laptops do: the
// second's writes are another process's to the first.
func twoTends(t *testing.T) (mine, theirs *Book) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "book.db")
	return openBookAt(t, path), openBookAt(t, path)
}

// TestAWatcherSeesAnotherTendsWrite: a write by another tend shows in
// Changed, and on a server Wait hears of it within a second.
func TestAWatcherSeesAnotherTendsWrite(t *testing.T) {
	ctx := context.Background()
	mine, theirs := twoTends(t)
	w, err := mine.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if changed, err := w.Changed(ctx); err != nil || changed {
		t.Fatalf("a book nobody wrote changed: %v, %v", changed, err)
	}
	start := time.Now()
	addCustomer(t, theirs, lifecycle.Customer{Name: "Acme", Phase: "awareness"})
	if mine.engine.onFile() {
		if changed, err := w.Changed(ctx); err != nil || !changed {
			t.Errorf("another tend's write unseen: %v, %v", changed, err)
		}
		return
	}
	w.Wait(ctx, 5*time.Second)
	if took := time.Since(start); took > time.Second {
		t.Errorf("the board heard of another tend's write after %v, want within a second", took)
	}
	if changed, err := w.Changed(ctx); err != nil || !changed {
		t.Errorf("another tend's write unseen: %v, %v", changed, err)
	}
	if changed, err := w.Changed(ctx); err != nil || changed {
		t.Errorf("the same write seen twice: %v, %v", changed, err)
	}
}

// TestAWatcherWhoseListenerIsCutStillSeesWrites: when the server ends the
// connection a watcher listens on, Wait waits its time and Changed still
// tells a write.
func TestAWatcherWhoseListenerIsCutStillSeesWrites(t *testing.T) {
	onServerOnly(t)
	ctx := context.Background()
	mine, theirs := twoTends(t)
	w, err := mine.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := theirs.writer.ExecContext(ctx, `SELECT pg_terminate_backend(?)`, int64(w.notes.conn.PgConn().PID())); err != nil {
		t.Fatal(err)
	}
	<-w.notes.done // the listener has seen its connection go
	addCustomer(t, theirs, lifecycle.Customer{Name: "Acme", Phase: "awareness"})
	start := time.Now()
	w.Wait(ctx, 200*time.Millisecond)
	if took := time.Since(start); took < 200*time.Millisecond {
		t.Errorf("Wait heard a write after its listener was cut, in %v", took)
	}
	if changed, err := w.Changed(ctx); err != nil || !changed {
		t.Errorf("a write after the listener was cut: %v, %v", changed, err)
	}
}
