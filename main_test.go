package main

import (
	"runtime/debug"
	"testing"
)

// gcPercent reads the collector's setting without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestOverlappingReadingsPutTheCollectorBack checks that readings which
// end in another order than they began leave the collector as it was.
func TestOverlappingReadingsPutTheCollectorBack(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	first := collectLess()
	second := collectLess()
	first()
	if now := gcPercent(); now != 400 {
		t.Errorf("with one reading still under way the collector runs at %d, want 400", now)
	}
	second()
	if now := gcPercent(); now != 150 {
		t.Errorf("after both readings the collector runs at %d, want 150 as before", now)
	}
}
