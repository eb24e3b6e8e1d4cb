package data

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// heapAtEnd is a file that measures the live heap each time its reader
// reaches the end: the last time is when an import has read all its rows
// to store them and holds whatever it keeps of them.
type heapAtEnd struct {
	*os.File
	most uint64
}

func (f *heapAtEnd) Read(p []byte) (int, error) {
	n, err := f.File.Read(p)
	if err == io.EOF {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		f.most = max(f.most, m.HeapAlloc)
	}
	return n, err
}

// importHeap imports n new customers into a fresh book and returns the
// most live heap seen at the end of the file.
func importHeap(t *testing.T, n int) uint64 {
	t.Helper()
	path := filepath.Join(t.TempDir(), "many.csv")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(out, "name,company,email,phase,value,tags")
	for i := range n {
		fmt.Fprintf(out, "Person %d Example,Company %d GmbH,person%d@example.com,retention,%d.00,b2b; Berlin\n", i, i%500, i, i%20000)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	f := &heapAtEnd{File: in}
	report, err := openTestBook(t).Import(context.Background(), Customers, f, ImportOptions{File: "many.csv"})
	if err != nil || report.New != n {
		t.Fatalf("import of %d rows: %+v, %v", n, report, err)
	}
	return f.most
}

// An import keeps nothing of the rows it has stored: its live heap at the
// end of a file of 60,000 customers is that of a file of 10,000.
func TestImportHeapDoesNotGrowWithTheRows(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 70,000 customers")
	}
	if raceDetector {
		// The live heap is the same with the race detector, whose own
		// memory lies outside it, but the imports take minutes; the test
		// runs in full without -race, in go test ./... and in .ci/run.
		t.Skip("imports 70,000 customers, ten times slower under the race detector")
	}
	small, large := importHeap(t, 10_000), importHeap(t, 60_000)
	const allowed = 5 << 20
	if large > small+allowed {
		t.Fatalf("live heap at the end of 10,000 rows %.1f MB, of 60,000 rows %.1f MB: grows by more than %d MB",
			float64(small)/1e6, float64(large)/1e6, allowed>>20)
	}
	t.Logf("live heap at the end: 10,000 rows %.1f MB, 60,000 rows %.1f MB", float64(small)/1e6, float64(large)/1e6)
}
