package data

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// A store failure on the first rows of a large file ends the import at
// once: the rows read ahead are dropped and the reading goroutine ends.
func TestFailedImportStopsReadingAhead(t *testing.T) {
	b := openTestBook(t)
	// Twice the rows read ahead: the reading goroutine fills its queue
	// and waits to send more when the store fails.
	rows := 2 * rowsPerChunk * chunksAhead
	jsonNames(t, b, rows+1) // more than the file brings, so the index stays in place
	goroutines := runtime.NumGoroutine()
	_, err := importText(t, b, Customers, bulkFile("Bulk", rows), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "store the customers") {
		t.Fatalf("err = %v, want storing the rows to fail", err)
	}
	for deadline := time.Now().Add(5 * time.Second); runtime.NumGoroutine() > goroutines; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines after the import, %d before", runtime.NumGoroutine(), goroutines)
		}
	}
}

// Every bad row of a file longer than the rows read ahead at a time is
// reported, in file order.
func TestReadAheadReportsEveryBadRow(t *testing.T) {
	b := openTestBook(t)
	n := 2*rowsPerChunk*chunksAhead + 7 // four bad rows, two of them past the rows first read ahead
	var f strings.Builder
	f.WriteString("Name,Email\n")
	for i := range n {
		email := fmt.Sprintf("r%d@example.org", i)
		if i%1000 == 999 {
			email = "not an address"
		}
		fmt.Fprintf(&f, "R %d,%s\n", i, email)
	}
	_, err := importText(t, b, Customers, f.String(), ImportOptions{})
	bad, ok := err.(*ImportError)
	if !ok || len(bad.Rows) != n/1000 {
		t.Fatalf("err = %v, want %d bad rows", err, n/1000)
	}
	for i, r := range bad.Rows {
		if want := 1000*i + 1001; r.Line != want {
			t.Errorf("bad row %d is line %d, want %d", i, r.Line, want)
		}
	}
	if n := bookSize(t, b); n != 0 {
		t.Errorf("book holds %d customers, want none", n)
	}
}
