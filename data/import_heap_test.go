package data

import (
	"math"
	"runtime/debug"
	"testing"
)

// An import holds Go's heap down by a soft limit that grows with its
// filters, puts back the limit it found, and never raises a lower one.
func TestImportHoldsTheHeapDownAndPutsTheLimitBack(t *testing.T) {
	was := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(was)

	restore := holdHeapDown(1 << 20)
	if got := debug.SetMemoryLimit(-1); got != importHeapRoom+1<<20 {
		t.Errorf("limit during the import %d, want %d", got, importHeapRoom+1<<20)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit after the import %d, want none", got)
	}

	debug.SetMemoryLimit(16 << 20)
	restore = holdHeapDown(1 << 20)
	if got := debug.SetMemoryLimit(-1); got != 16<<20 {
		t.Errorf("a lower limit set before was raised to %d", got)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != 16<<20 {
		t.Errorf("limit after the import %d, want the 16 MiB set before", got)
	}
}
