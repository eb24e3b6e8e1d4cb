//go:build unix

package ui

import (
	"syscall"
	"testing"
	"time"
)

// processorTime is the processor time the process has used so far, in
// user and system mode: on a machine shared with other work it tells
// what a benchmark costs where the wall clock tells mostly the load.
func processorTime(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
