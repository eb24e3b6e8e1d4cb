package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"tend/data/pgtest"
)

// keptBooks are the books the tests read, each made once per run of the
// package and copied for each test that asks for it: a demo of 2,000
// customers takes seconds to make, ten times as long under the race
// detector, while a copy of its file takes a moment. Each test still has a
// book of its own to open, read and write.
var keptBooks = struct {
	sync.Mutex
	dir  string
	made map[string]*keptBook
}{made: map[string]*keptBook{}}

// keptBook is one book made for the tests, closed, at path: a file, or in
// the run on PostgreSQL a database kept for the run, which each test's
// book copies as it would the file.
type keptBook struct {
	once   sync.Once
	path   string
	report any // what making it told
	err    error
}

// withDemoBooks runs the package's tests with a folder for the books they
// share, removed at the end.
func withDemoBooks(run func() int) int {
	dir, err := os.MkdirTemp("", "tend-demo-books-")
	if err != nil {
		panic(err)
	}
	keptBooks.dir = dir
	code := run()
	os.RemoveAll(dir)
	return code
}

// keptBookCopy copies the book kept under key to a book of the test's own
// and returns where it is, with what making it told. The first test to
// ask has it made by fill: in a file, or in the run on PostgreSQL in a
// database kept for the run. (A demo made on a file and copied to the
// server would spare the server its making, but cost the run on
// PostgreSQL more: the file's SQLite is many times slower under the race
// detector.)
func keptBookCopy[R any](t testing.TB, key string, fill func(location string) (R, error)) (string, R) {
	t.Helper()
	keptBooks.Lock()
	made, ok := keptBooks.made[key]
	if !ok {
		made = &keptBook{path: filepath.Join(keptBooks.dir, fmt.Sprintf("book-%d.db", len(keptBooks.made)))}
		keptBooks.made[key] = made
	}
	keptBooks.Unlock()
	made.once.Do(func() {
		if pgtest.OnPostgres() {
			if made.path, made.err = pgtest.KeptDatabase(); made.err != nil {
				return
			}
		}
		made.report, made.err = fill(made.path)
	})
	if made.err != nil {
		t.Fatalf("make the book of %s: %v", key, made.err)
	}
	report, _ := made.report.(R)
	if pgtest.OnPostgres() {
		return pgtest.DatabaseFrom(t, made.path), report
	}
	return copyBookFile(t, made.path), report
}

// copyBookFile copies the book file at path, with its log, to a file in
// the test's folder and returns that file's path.
func copyBookFile(t testing.TB, path string) string {
	t.Helper()
	copied := filepath.Join(t.TempDir(), "book.db")
	for _, suffix := range []string{"", "-wal"} {
		body, err := os.ReadFile(path + suffix)
		if os.IsNotExist(err) && suffix != "" {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(copied+suffix, body, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return copied
}

// demoBookCopy copies the demo book made with opt to a book of the test's
// own and returns where it is, with what the demo made.
func demoBookCopy(t testing.TB, opt DemoOptions) (string, DemoReport) {
	t.Helper()
	return keptBookCopy(t, fmt.Sprintf("a demo of %+v", opt), func(path string) (DemoReport, error) {
		return makeDemoFile(path, opt)
	})
}

// makeDemoFile makes a demo book at path on the tests' clock and closes it.
func makeDemoFile(path string, opt DemoOptions) (DemoReport, error) {
	b, err := Open(context.Background(), path)
	if err != nil {
		return DemoReport{}, err
	}
	b.Now = func() time.Time { return testNow }
	report, err := b.MakeDemo(context.Background(), opt)
	if closeErr := b.Close(); err == nil {
		err = closeErr
	}
	return report, err
}
