package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"

	"tend/lifecycle"
)

// benchBook opens the book named by TEND_BENCH_BOOK (the benchmark script
// builds one of 100,000 customers), or else fills a small one in a temp
// folder so that the benchmarks also run on their own.
func benchBook(b *testing.B) *Book {
	b.Helper()
	path := os.Getenv("TEND_BENCH_BOOK")
	fill := path == ""
	if fill {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	book, err := Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { book.Close() })
	book.WholeReading = collectLessAsMainDoes
	if fill {
		if err := book.FillDemo(context.Background(), DemoOptions{Customers: 5000, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
	return book
}

// BenchmarkLogContact measures one `tend log`: a contact and the summary
// update in one committed transaction.
func BenchmarkLogContact(b *testing.B) {
	book := benchBook(b)
	ctx := context.Background()
	c := lifecycle.Contact{CustomerID: 1, Kind: lifecycle.Call, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "benchmark call"}
	for i := 0; b.Loop(); i++ {
		c.At = time.Now()
		if _, err := book.LogContact(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMove measures one `tend move`, back and forth between two phases.
func BenchmarkMove(b *testing.B) {
	book := benchBook(b)
	ctx := context.Background()
	c, err := book.Customer(ctx, 2)
	if err != nil {
		b.Fatal(err)
	}
	phases := []string{"retention", "loyalty"}
	if c.Phase == "retention" {
		phases[0], phases[1] = phases[1], phases[0]
	}
	for i := 0; b.Loop(); i++ {
		if _, err := book.Move(ctx, c.ID, phases[i%2], "benchmark"); err != nil {
			b.Fatal(err)
		}
	}
}

// collectLessAsMainDoes paces a reading of the whole book as the tend
// process does (main.collectLess), so that the benchmarks measure what a
// user waits for. The benchmarks run one reading at a time.
func collectLessAsMainDoes() (end func()) {
	before := debug.SetGCPercent(400)
	return func() { debug.SetGCPercent(before) }
}

var errStop = errors.New("stop")

// BenchmarkListPhaseFirstRow measures how soon `tend list --phase X` has its
// first customer.
func BenchmarkListPhaseFirstRow(b *testing.B) {
	book := benchBook(b)
	ctx := context.Background()
	for b.Loop() {
		err := book.EachCustomer(ctx, Filter{Phase: "retention"}, func(lifecycle.Customer) error { return errStop })
		if !errors.Is(err, errStop) {
			b.Fatalf("no customer in retention: %v", err)
		}
	}
}

// BenchmarkFollowUpCounts measures the counts of follow-ups due today and
// overdue that the board's status line shows, read with the board's first
// frame and after each change of the book.
func BenchmarkFollowUpCounts(b *testing.B) {
	book := benchBook(b)
	for b.Loop() {
		if _, _, err := book.FollowUpCounts(context.Background(), book.Now()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBoardFirstRead measures what the board reads for its first
// frame, on an open connection: the lifecycle and the owner name, then the
// counts, what the board shows beside its columns, and 40 cards a column.
func BenchmarkBoardFirstRead(b *testing.B) {
	book := benchBook(b)
	ctx := context.Background()
	for b.Loop() {
		lc, _, err := book.ReadStart(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := readWholeBoard(ctx, book, lc, nil); err != nil {
			b.Fatal(err)
		}
	}
}
