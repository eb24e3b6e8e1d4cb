package data

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// residentKiB reads a field of this process's status in KiB: VmRSS, what
// it holds now, or VmHWM, the most it has held.
func residentKiB(tb testing.TB, field string) int64 {
	tb.Helper()
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		tb.Skip("no /proc/self/status to read the resident memory from")
	}
	for line := range strings.SplitSeq(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kib, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				tb.Fatalf("read %s: %v", field, err)
			}
			return kib
		}
	}
	tb.Skipf("no %s in /proc/self/status", field)
	return 0
}

// residentGrowthKiB returns how far the resident memory of this process
// rose above what it held before run, at its peak while run ran. SQLite's
// page cache and sorting live outside Go's heap, so only the resident
// memory shows them; Go's heap is kept close to what is live while run
// runs, so that what it would hold as garbage does not hide them. Writing
// 5 to clear_refs starts the peak afresh.
func residentGrowthKiB(tb testing.TB, run func()) int64 {
	tb.Helper()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		tb.Skipf("cannot start the peak of resident memory afresh: %v", err)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	before := residentKiB(tb, "VmRSS")
	run()
	return residentKiB(tb, "VmHWM") - before
}

// importGrowthKiB imports a file of n new customers into a fresh book and
// returns how far the resident memory rose while it did.
func importGrowthKiB(tb testing.TB, dir string, n int) int64 {
	tb.Helper()
	file := generatedCustomers(n)
	book, err := Open(context.Background(), filepath.Join(dir, fmt.Sprintf("rss-%d.db", n)))
	if err != nil {
		tb.Fatal(err)
	}
	defer book.Close()
	return residentGrowthKiB(tb, func() {
		report, err := book.Import(context.Background(), Customers, bytes.NewReader(file), ImportOptions{File: "customers.csv"})
		if err != nil || report.New != n {
			tb.Fatalf("import of %d rows: %+v, %v", n, report, err)
		}
	})
}

// An import of 20,000 customers into a fresh book raises the resident
// memory by less than importGrowthBound: with a page cache of 16 MiB, as
// imports had, it rose by 55–57 MB, with 4 MiB by 38–40 MB.
const importGrowthBound = 47 << 10 // KiB

func TestImportResidentMemoryStaysBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 20,000 customers")
	}
	if raceDetector {
		t.Skip("the race detector's shadow memory rises with the import too")
	}
	grew := importGrowthKiB(t, t.TempDir(), 20_000)
	t.Logf("resident memory rose by %.1f MB during the import of 20,000 customers", float64(grew)/1024)
	if grew > importGrowthBound {
		t.Fatalf("resident memory rose by %.1f MB during the import of 20,000 customers, more than %d MB",
			float64(grew)/1024, importGrowthBound>>10)
	}
}

// BenchmarkImportResidentMemory reports how far the resident memory rises
// during an import of 100,000 customers, beside its allocations.
func BenchmarkImportResidentMemory(b *testing.B) {
	b.ReportAllocs()
	var most int64
	for i := 0; b.Loop(); i++ {
		most = max(most, importGrowthKiB(b, b.TempDir(), 100_000))
	}
	b.ReportMetric(float64(most)/1024, "peak-RSS-MB")
}
