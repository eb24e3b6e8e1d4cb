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

// demoBooks are the demo books the tests read, each made once per run of
// the package and copied for each test that asks for it: a demo of 2,000
// customers takes seconds to make, ten times as long under the race
// detector, while a copy of its file takes a moment. Each test still has a
// book file of its own to open, read and write.
var demoBooks = struct {
	sync.Mutex
	dir  string
	made map[DemoOptions]*demoBook
}{made: map[DemoOptions]*demoBook{}}

// demoBook is one demo book made for the tests, closed, at path.
type demoBook struct {
	once   sync.Once
	path   string
	report DemoReport
	err    error
}

// withDemoBooks runs the package's tests with a folder for the demo books
// they share, removed at the end.
func withDemoBooks(run func() int) int {
	dir, err := os.MkdirTemp("", "tend-demo-books-")
	if err != nil {
		panic(err)
	}
	demoBooks.dir = dir
	code := run()
	os.RemoveAll(dir)
	return code
}

// demoBookFor returns the demo book made with opt, making it the first time.
func demoBookFor(t testing.TB, opt DemoOptions) *demoBook {
	t.Helper()
	demoBooks.Lock()
	made, ok := demoBooks.made[opt]
	if !ok {
		made = &demoBook{path: filepath.Join(demoBooks.dir, fmt.Sprintf("demo-%d.db", len(demoBooks.made)))}
		demoBooks.made[opt] = made
	}
	demoBooks.Unlock()
	made.once.Do(func() {
		if pgtest.OnPostgres() {
			// On the server the demo is a database kept for the run, which
			// each test's book copies as it would the file.
			if made.path, made.err = pgtest.KeptDatabase(); made.err != nil {
				return
			}
		}
		made.report, made.err = makeDemoFile(made.path, opt)
	})
	if made.err != nil {
		t.Fatalf("make a demo book of %+v: %v", opt, made.err)
	}
	return made
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

// demoBookCopy copies the demo book made with opt to a file of the test's
// own and returns its path, with what the demo made.
func demoBookCopy(t testing.TB, opt DemoOptions) (string, DemoReport) {
	t.Helper()
	made := demoBookFor(t, opt)
	if pgtest.OnPostgres() {
		return pgtest.DatabaseFrom(t, made.path), made.report
	}
	path := filepath.Join(t.TempDir(), "book.db")
	for _, suffix := range []string{"", "-wal"} {
		body, err := os.ReadFile(made.path + suffix)
		if os.IsNotExist(err) && suffix != "" {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path+suffix, body, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return path, made.report
}
