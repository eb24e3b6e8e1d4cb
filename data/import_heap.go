package data

import (
	"math"
	"runtime/debug"
)

// importHeapRoom is what an import's Go heap may hold beyond the filters
// of its customer index before the collector works harder to keep it
// there. The import keeps a few thousand rows at a time, some 15 MB live,
// and makes about 10 KB of garbage a row: left to itself the collector
// lets the heap grow to twice what is live, and the resident memory with
// it. With this soft limit it collects sooner near the peak only; below
// 28 MiB it spent noticeably more processor time.
const importHeapRoom = 32 << 20

// holdHeapDown sets a soft limit on the Go heap for the time of an import
// whose index holds filters of filterBytes, unless a lower one is set
// already (GOMEMLIMIT), and returns what puts the limit back. The limit
// grows with the filters, so that a large file's import, which keeps more,
// is never held below what it must keep.
func holdHeapDown(filterBytes int) (restore func()) {
	was := debug.SetMemoryLimit(-1)
	limit := int64(importHeapRoom + filterBytes)
	if was != math.MaxInt64 && was <= limit {
		return func() {}
	}
	debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(was) }
}

// filterBytes is the memory the index's filters take.
func (ix *customerIndex) filterBytes() int {
	return 8 * (len(ix.seen.bits) + len(ix.book.bits))
}
